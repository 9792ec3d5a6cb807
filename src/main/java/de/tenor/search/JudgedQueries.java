package de.tenor.search;

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
 */
public record JudgedQueries(List<Query> queries) {

    public JudgedQueries {
        queries = List.copyOf(queries);
    }

    /** One query with its judged documents ({@code document → grade}, grades 1 or 2). */
    public record Query(String text, Map<String, Integer> grades) {
        public Query {
            grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }
    }

    /** Parses the file format above; a malformed line is an error naming its line number. */
    public static JudgedQueries parse(Reader in) throws IOException {
        List<Query> out = new ArrayList<>();
        String text = null;
        Map<String, Integer> grades = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(in);
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("query:")) {
                if (text != null) {
                    out.add(new Query(text, grades));
                }
                text = l.substring("query:".length()).strip();
                grades = new LinkedHashMap<>();
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
            out.add(new Query(text, grades));
        }
        return new JudgedQueries(out);
    }
}
