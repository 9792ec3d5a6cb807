package de.tenor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged query set for relevance evaluation, read from a plain text file:
 * <pre>
 * # comment
 * query: Hartz IV
 * 2 S 30 AS 1162/24        (grade, then a docket as printed …)
 * 1 news-….html            (… or a file name in the corpus)
 * </pre>
 * Grades: 2 = what the query is about, 1 = relevant but secondary; unlisted documents are 0.
 *
 * <p>Issue 17 adds two kinds of lines under a query: {@code split: test} puts it in the held-out
 * half (default {@code dev}), and {@code 2 where: text~Reinigungskr & city~Gelsenkirchen} grades
 * every document that meets the {@link JudgmentRule}; a document gets the highest grade it earns.
 * A line {@code corpus: demo+shared} before the first query says the set judges the demo corpus
 * together with the real documents of {@code de.tenor.bench.SharedCorpora}.
 */
public record JudgedQueries(List<Query> queries, boolean needsShared) {

    public JudgedQueries {
        queries = List.copyOf(queries);
    }

    public JudgedQueries(List<Query> queries) {
        this(queries, false);
    }

    /** Which half of the set a query belongs to: tuned on, or held out for reporting. */
    public enum Split { DEV, TEST }

    /**
     * One query with its judged documents ({@code document → grade}, grades 1 or 2) and its
     * relevance rules, which grade documents by their own text (issue 17).
     */
    public record Query(String text, Map<String, Integer> grades, List<JudgmentRule> rules, Split split) {
        public Query {
            grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
            rules = List.copyOf(rules);
        }

        public Query(String text, Map<String, Integer> grades) {
            this(text, grades, List.of(), Split.DEV);
        }
    }

    /** Parses the file format above; a malformed line is an error naming its line number. */
    public static JudgedQueries parse(Reader in) throws IOException {
        List<Query> out = new ArrayList<>();
        String text = null;
        Map<String, Integer> grades = new LinkedHashMap<>();
        List<JudgmentRule> rules = new ArrayList<>();
        Split split = Split.DEV;
        boolean needsShared = false;
        BufferedReader lines = new BufferedReader(in);
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.equals("corpus: demo+shared") && text == null) {
                needsShared = true;
                continue;
            }
            if (l.startsWith("query:")) {
                if (text != null) {
                    out.add(new Query(text, grades, rules, split));
                }
                text = l.substring("query:".length()).strip();
                grades = new LinkedHashMap<>();
                rules = new ArrayList<>();
                split = Split.DEV;
                continue;
            }
            if (l.startsWith("split:") && text != null) {
                String half = l.substring("split:".length()).strip();
                if (!half.equals("dev") && !half.equals("test")) {
                    throw new IllegalArgumentException("Line " + lineNo + ": split must be dev or test, not " + half);
                }
                split = half.equals("test") ? Split.TEST : Split.DEV;
                continue;
            }
            if (text != null && l.matches("[12] where: .+")) {
                try {
                    rules.add(JudgmentRule.parse(l.charAt(0) - '0', l.substring(l.indexOf(':') + 1).strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Line " + lineNo + ": " + e.getMessage());
                }
                continue;
            }
            int space = l.indexOf(' ');
            if (text == null || space < 0 || !l.substring(0, space).matches("[012]")) {
                throw new IllegalArgumentException("Line " + lineNo + " is neither \"query: TEXT\" nor \"GRADE DOCUMENT\" "
                        + "with GRADE 0, 1 or 2: " + l);
            }
            int grade = Integer.parseInt(l.substring(0, space));
            if (grade > 0) {
                grades.put(l.substring(space + 1).strip(), grade);
            }
        }
        if (text != null) {
            out.add(new Query(text, grades, rules, split));
        }
        return new JudgedQueries(out, needsShared);
    }
}
