package de.tenor.bench;

import de.tenor.extract.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A relevance criterion written down with a judged query (issue 17), checked against a document's
 * own text and metadata, never against any system's ranking: {@code text~Reinigungskr & city~Gelsenkirchen}.
 * Conditions joined by {@code &} must all hold; each is {@code FIELD~REGEX} (case-insensitive,
 * found anywhere), optionally {@code *N} for at least N occurrences, or {@code !FIELD~REGEX} for
 * "does not occur". Fields: {@code text} (title and full text), {@code title}, {@code court},
 * {@code docket}, {@code city}, {@code date} (ISO, e.g. {@code date~^2024}), {@code file} (source file name).
 */
record JudgmentRule(int grade, String expression, List<Condition> conditions) {

    private static final Pattern CONDITION = Pattern.compile("(!?)(text|title|court|docket|city|date|file)~(.+?)(?:\\*(\\d+))?");

    record Condition(boolean negated, String field, Pattern pattern, int atLeast) {

        boolean holds(Document d) {
            String value = value(d, field);
            int found = 0;
            if (value != null) {
                Matcher m = pattern.matcher(value);
                while (found < atLeast && m.find()) {
                    found++;
                }
            }
            return negated != (found >= atLeast);
        }
    }

    JudgmentRule {
        conditions = List.copyOf(conditions);
    }

    /** Parses "FIELD~REGEX & …"; a malformed condition is an {@link IllegalArgumentException} naming it. */
    static JudgmentRule parse(int grade, String expression) {
        List<Condition> out = new ArrayList<>();
        for (String part : expression.split(" & ")) {
            Matcher m = CONDITION.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("Condition \"" + part.strip() + "\" is not FIELD~REGEX with FIELD one of "
                        + "text, title, court, docket, city, date, file.");
            }
            try {
                out.add(new Condition(!m.group(1).isEmpty(), m.group(2),
                        Pattern.compile(m.group(3), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        m.group(4) == null ? 1 : Integer.parseInt(m.group(4))));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("Condition \"" + part.strip() + "\": bad regular expression: " + e.getDescription());
            }
        }
        return new JudgmentRule(grade, expression, out);
    }

    boolean matches(Document d) {
        return conditions.stream().allMatch(c -> c.holds(d));
    }

    private static String value(Document d, String field) {
        Function<Document, String> f = switch (field) {
            case "text" -> doc -> doc.title() + "\n" + doc.text();
            case "title" -> Document::title;
            case "court" -> doc -> doc.ruling().court();
            case "docket" -> doc -> doc.ruling().docket();
            case "city" -> doc -> doc.ruling().city();
            case "date" -> doc -> doc.ruling().date() == null ? null : doc.ruling().date().toString();
            case "file" -> doc -> doc.sourcePath() == null ? null : Path.of(doc.sourcePath()).getFileName().toString();
            default -> throw new IllegalStateException(field.toLowerCase(Locale.ROOT));
        };
        return f.apply(d);
    }
}
