package de.tenor.search;

import de.tenor.index.IndexFields;
import de.tenor.index.SearchFields;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Meinten Sie …?" and autocomplete, both from the index's own vocabulary (no side index to keep
 * in step): spelling from the lower-case words of {@code spell}, completions from the
 * {@code suggest} entries (titles, courts, dockets, EuGH cases) and the words of {@code spell},
 * ranked by how many documents contain them. Bounded: at most {@link #MAX_SCANNED} terms are read per completion.
 * Thread-safe.
 */
final class Suggestions {

    static final int MAX_SCANNED = 2000;
    private static final int MIN_COMPLETION_CHARS = 2;
    /** Shorter words are not worth completing. */
    private static final int MIN_WORD_CHARS = 5;
    /** Words of letters (with inner hyphens) that may be misspelled; operators are upper case and skipped. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:*?~\\\\])\\p{L}[\\p{L}-]{2,}(?![\\p{L}\\p{N}:*?~])");
    private static final java.util.Set<String> OPERATORS = java.util.Set.of("AND", "OR", "NOT", "UND", "ODER", "NICHT");

    private final Analyzer recall = TenorAnalyzer.exactForQuery();

    Optional<String> didYouMean(IndexReader reader, String query) throws IOException {
        String text = QueryText.clean(query);
        DirectSpellChecker checker = new DirectSpellChecker();
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        int pos = 0;
        boolean changed = false;
        while (m.find()) {
            String word = m.group();
            out.append(text, pos, m.start());
            pos = m.end();
            String lower = word.toLowerCase(Locale.ROOT);
            if (OPERATORS.contains(word) || known(reader, lower)) {
                out.append(word);
                continue;
            }
            SuggestWord[] best = checker.suggestSimilar(new Term(IndexFields.SPELL, lower), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (best.length == 0) {
                out.append(word);
            } else {
                out.append(sameCase(word, best[0].string));
                changed = true;
            }
        }
        out.append(text.substring(pos));
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /** In the index as a word, or as a compound part or stem in the recall field. */
    private boolean known(IndexReader reader, String lower) throws IOException {
        if (reader.docFreq(new Term(IndexFields.SPELL, lower)) > 0) {
            return true;
        }
        for (String term : analyze(IndexFields.ALL_PARTS, lower)) {
            if (reader.docFreq(new Term(IndexFields.ALL_PARTS, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    List<String> complete(IndexReader reader, String typed, int max) throws IOException {
        String input = QueryText.clean(typed).replace("\"", "");
        if (input.length() < MIN_COMPLETION_CHARS || max < 1) {
            return List.of();
        }
        String inputKey = input.toLowerCase(Locale.ROOT);
        // Completions of the whole input come first: "VG Gel" → "VG Gelsenkirchen" before "VG Geltend".
        List<String> out = new ArrayList<>(ranked(lookup(reader, input), inputKey));
        int space = input.lastIndexOf(' ');
        if (out.size() < max && space > 0 && space < input.length() - MIN_COMPLETION_CHARS) {
            // Then the last word completed after the words before it: "Minijob Arbeitnehmere" → "… Arbeitnehmereigenschaft".
            String head = input.substring(0, space + 1);
            List<Candidate> combined = new ArrayList<>();
            for (Candidate c : lookup(reader, input.substring(space + 1))) {
                if (c.display().indexOf(' ') < 0) {
                    String full = head + c.display();
                    combined.add(new Candidate(full.toLowerCase(Locale.ROOT), full, c.docFreq()));
                }
            }
            for (String display : ranked(combined, inputKey)) {
                if (out.stream().noneMatch(display::equalsIgnoreCase)) {
                    out.add(display);
                }
            }
        }
        return out.size() > max ? List.copyOf(out.subList(0, max)) : out;
    }

    /** One display per key (the commoner spelling), most documents first, then shorter; not the input itself. */
    private static List<String> ranked(List<Candidate> candidates, String inputKey) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byKey.merge(c.key(), c, Suggestions::better);
        }
        return byKey.values().stream()
                .filter(c -> !c.key().equals(inputKey))
                .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparingInt(c -> c.display().length()))
                .map(Candidate::display)
                .toList();
    }

    private record Candidate(String key, String display, int docFreq) {
    }

    private static Candidate better(Candidate a, Candidate b) {
        return b.docFreq() > a.docFreq() ? new Candidate(a.key(), b.display(), a.docFreq() + b.docFreq())
                : new Candidate(a.key(), a.display(), a.docFreq() + b.docFreq());
    }

    /** Phrases from {@code suggest} and single words from {@code spell} that start with {@code typed}. */
    private static List<Candidate> lookup(IndexReader reader, String typed) throws IOException {
        String prefix = typed.toLowerCase(Locale.ROOT);
        List<Candidate> out = new ArrayList<>();
        scan(reader, IndexFields.SUGGEST, prefix, (term, docFreq) -> {
            int sep = term.indexOf(SearchFields.SUGGEST_SEPARATOR);
            if (sep > 0) {
                out.add(new Candidate(term.substring(0, sep), term.substring(sep + 1), docFreq));
            }
        });
        scan(reader, IndexFields.SPELL, prefix, (term, docFreq) -> {
            if (term.length() >= MIN_WORD_CHARS) {
                out.add(new Candidate(term, sameCase(typed, term), docFreq));
            }
        });
        return out;
    }

    private static void scan(IndexReader reader, String field, String prefix, ObjIntConsumer<String> sink) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
            return;
        }
        int scanned = 0;
        for (BytesRef t = te.term(); t != null && scanned < MAX_SCANNED; t = te.next(), scanned++) {
            String term = t.utf8ToString();
            if (!term.startsWith(prefix)) {
                break;
            }
            sink.accept(term, te.docFreq());
        }
    }

    private List<String> analyze(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = recall.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** "Freizügikeit" → "Freizügigkeit": keep the capital the user typed. */
    private static String sameCase(String typed, String suggestion) {
        if (!typed.isEmpty() && Character.isUpperCase(typed.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
