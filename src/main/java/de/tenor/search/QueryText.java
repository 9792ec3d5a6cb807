package de.tenor.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happens to the typed query before the parser sees it: text pasted from PDFs and Word is
 * cleaned (typographic quotes, dashes, control characters), limits are checked with a German
 * message, and identifiers (dockets, ECLIs, EuGH numbers) are put in quotes so the parser keeps
 * them whole, however they were spaced. Stateless.
 *
 * @param text        the cleaned query for {@link TenorQueryParser}
 * @param identifiers identifiers found outside phrases, for the exact-decision lookup; negated ones excluded
 * @param plainWords  true when the query is words (and identifiers) only: no phrase, operator, field,
 *                    bracket or wildcard, so a word may be missing from a match (issue 17)
 */
record QueryText(String text, List<Identifier> identifiers, boolean plainWords) {

    /** More would only come from pasted text, and each word costs several clauses. */
    static final int MAX_WORDS = 40;
    static final int MAX_NESTING = 5;

    /** Field names the parser understands; a colon after any other word is just punctuation. */
    static final Set<String> FIELD_NAMES = Set.of("gericht", "court", "az", "aktenzeichen", "docket", "stadt", "city",
            "ecli", "titel", "title", "tenor", "text", "volltext", "eugh");

    /** Invisible characters inside words (soft hyphen, zero-width space/joiners, BOM) from pasted PDF text. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\t\\n\\r]]|[\\t\\n\\r]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    /** Emoji and other pictographs pasted with a query are no words: a document never has to contain them. */
    private static final Pattern PICTOGRAPHS = Pattern.compile("\\p{So}");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[„“”‟«»″〝〞＂]");
    private static final Pattern EU_DASH = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])([CT]) ?[‐‑‒–—−] ?(\\d)");
    private static final Pattern WORD_HYPHEN = Pattern.compile("(?<=\\p{L})[‐‑](?=\\p{L})");
    private static final Pattern OTHER_DASH = Pattern.compile("[‐‑‒–—−]");
    private static final Pattern OPERATOR = Pattern.compile("AND|OR|NOT|UND|ODER|NICHT|&&|\\|\\||[-+!]");
    private static final Pattern GERMAN_OPERATOR = Pattern.compile("(?<=^|[\\s(])(UND|ODER|NICHT)(?=$|[\\s(])");
    private static final Pattern FIELD = Pattern.compile("([\\p{L}]+):");
    /** Anything that asks for exact matching: quotes, brackets, wildcards, +/-/!, operators, a field. */
    private static final Pattern SYNTAX = Pattern.compile("[\"()*?~^]|(?<=^|\\s)[-+!]|&&|\\|\\|"
            + "|(?<=^|\\s)(?:AND|OR|NOT|UND|ODER|NICHT)(?=$|\\s)|(?i:(?<![\\p{L}])(?:"
            + "gericht|court|az|aktenzeichen|docket|stadt|city|ecli|titel|title|tenor|text|volltext|eugh):)");

    /** Cleans, checks and marks up {@code raw}; throws {@link InvalidQueryException} with a German message. */
    static QueryText prepare(String raw) {
        String t = clean(raw);
        checkQuotes(raw, t);
        List<Identifier> found = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        // Outside "phrases": identifiers get quotes, unknown "field:" colons are escaped, German operators translated.
        int i = 0;
        while (i < t.length()) {
            int quote = t.indexOf('"', i);
            int end = quote < 0 ? t.length() : quote;
            out.append(markUp(t.substring(i, end), found));
            if (quote < 0) {
                break;
            }
            int close = t.indexOf('"', quote + 1);
            out.append(t, quote, close + 1);
            i = close + 1;
        }
        String text = out.toString();
        checkNesting(raw, text);
        checkWords(text);
        return new QueryText(text, List.copyOf(found), plainWords(t));
    }

    /** The cleaned query has words only; identifiers may stand among them ("1 C 12/22 Ausweisung"). */
    private static boolean plainWords(String cleaned) {
        StringBuilder rest = new StringBuilder(cleaned);
        List<Identifier> ids = Identifier.findAll(cleaned);
        for (Identifier id : ids.reversed()) {
            rest.replace(id.start(), id.end(), " ");
        }
        return !SYNTAX.matcher(rest).find();
    }

    static String clean(String raw) {
        String t = INVISIBLE.matcher(raw).replaceAll("");
        t = CONTROL.matcher(t).replaceAll(" ");
        t = PICTOGRAPHS.matcher(t).replaceAll(" ");
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        // German ‚single quotes‘ pasted from a PDF are phrase quotes too; the apostrophe ’ is not.
        if (t.indexOf('‚') >= 0) {
            t = t.replace('‚', '"').replace('‘', '"');
        }
        t = t.replace('’', '\'').replace('‘', '\'').replace('‛', '\'');
        t = EU_DASH.matcher(t).replaceAll("$1-$2");
        t = WORD_HYPHEN.matcher(t).replaceAll("-");
        // A dash between words is punctuation; as "-" it would exclude the next word.
        t = OTHER_DASH.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String markUp(String part, List<Identifier> found) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (Identifier id : Identifier.findAll(part)) {
            out.append(escapeSyntax(part.substring(pos, id.start())));
            out.append('"').append(id.typed().replace(":", "\\:")).append('"');
            if (!negated(part, id.start())) {
                found.add(id);
            }
            pos = id.end();
        }
        out.append(escapeSyntax(part.substring(pos)));
        return GERMAN_OPERATOR.matcher(out).replaceAll(m -> switch (m.group(1)) {
            case "UND" -> "AND";
            case "ODER" -> "OR";
            default -> "NOT";
        });
    }

    private static final Pattern UNESCAPED_SYNTAX = Pattern.compile("(?<!\\\\)([/\\[\\]{}])");
    private static final Pattern LONE_COLON = Pattern.compile("(?<![\\p{L}\\\\]):");

    /**
     * Characters that are syntax in Lucene's classic parser but text in this domain: "/" (a regular
     * expression there, part of "FreizügG/EU" here), brackets (ranges there, quotes from a ruling
     * here), and the colon after a word that is no field name ("Hinweis: Minijob").
     */
    private static String escapeSyntax(String raw) {
        String s = UNESCAPED_SYNTAX.matcher(raw).replaceAll("\\\\$1");
        Matcher m = FIELD.matcher(s);
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (m.find()) {
            boolean known = FIELD_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT));
            out.append(s, pos, m.end() - 1).append(known ? ":" : "\\:");
            pos = m.end();
        }
        out.append(s.substring(pos));
        // A colon that follows no word at all would start a field query with an empty name.
        return LONE_COLON.matcher(out).replaceAll("\\\\:");
    }

    private static boolean negated(String part, int start) {
        String before = part.substring(0, start).stripTrailing();
        return before.endsWith("-") || before.endsWith("!") || before.endsWith("NOT") || before.endsWith("NICHT");
    }

    private static void checkQuotes(String raw, String t) {
        long quotes = t.chars().filter(c -> c == '"').count();
        if (quotes % 2 != 0) {
            throw invalid(raw, "Ein Anführungszeichen ist nicht geschlossen.",
                    "Setzen Sie Phrasen in ein Paar Anführungszeichen: \"völlig untergeordnet\".");
        }
    }

    private static void checkNesting(String raw, String text) {
        int depth = 0;
        int max = 0;
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && c == '(') {
                max = Math.max(max, ++depth);
            } else if (!inQuotes && c == ')') {
                depth--;
            }
        }
        if (max > MAX_NESTING) {
            throw invalid(raw, "Sie ist zu tief verschachtelt (" + max + " Klammerebenen, höchstens " + MAX_NESTING + ").",
                    "Vereinfachen Sie die Klammern.");
        }
    }

    private static void checkWords(String text) {
        int words = 0;
        for (String w : text.split("[\\s()]+")) {
            if (!w.isEmpty() && !OPERATOR.matcher(w).matches()) {
                words++;
            }
        }
        if (words > MAX_WORDS) {
            throw new InvalidQueryException("Die Suchanfrage hat zu viele Suchbegriffe (" + words + ", höchstens "
                    + MAX_WORDS + "). Bitte beschränken Sie sich auf die wichtigsten Wörter.");
        }
    }

    static InvalidQueryException invalid(String raw, String reason, String tip) {
        return new InvalidQueryException("Die Suchanfrage „" + shorten(raw) + "“ ist ungültig: " + reason + " Tipp: " + tip);
    }

    static String shorten(String text) {
        String t = CONTROL.matcher(text).replaceAll(" ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }
}
