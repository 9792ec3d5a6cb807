package de.tenor.bench;

import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import de.tenor.corpus.CorpusUri;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per-field accuracy of the extractor on a labelled development set: a folder of source files and
 * a {@code labels.csv} with one row per file ({@code file}, {@code url}, then the expected field
 * values in their JSON spelling). An empty cell expects {@code null} (or an empty list); {@code *}
 * leaves the field unchecked; list values are separated by {@code ;}. Ruling fields are checked
 * on rulings, news fields on news. Stateless; each {@link #run} reads the folder afresh.
 */
public final class DevSetScore {

    /** Fields compared on every file. */
    public static final List<String> COMMON_FIELDS = List.of("type");
    public static final List<String> RULING_FIELDS = List.of("court", "courtBranch", "decisionType", "date", "docket",
            "docketNormalized", "ecli", "procedure", "city", "outcome", "lowerCourt", "norms", "euCases", "citedDockets");
    public static final List<String> NEWS_FIELDS = List.of("title", "outlet", "published", "cities", "citedDockets");

    /** Correct and checked counts of one field. */
    public record FieldScore(String field, int correct, int checked) {
        public double accuracy() {
            return checked == 0 ? 1 : (double) correct / checked;
        }
    }

    /** Scores per field (in the order of the lists above) and every mismatch as "file: field expected <…> but was <…>". */
    public record Result(int files, List<FieldScore> fields, List<String> mismatches) {
    }

    public Result run(Path dir, Extractor extractor) throws IOException {
        Path labels = dir.resolve("labels.csv");
        if (!Files.isRegularFile(labels)) {
            throw new IOException("No labels.csv in " + dir + ": pass the dev-set folder (src/test/resources/extract/dev)");
        }
        return run(labels, dir, extractor);
    }

    /** Scores the files of {@code dir} against a labels file elsewhere (the demo corpus's truth.csv); columns it lacks are not checked. */
    public Result run(Path labels, Path dir, Extractor extractor) throws IOException {
        if (!Files.isRegularFile(labels)) {
            throw new IOException("No labels at " + labels + ": pass a CSV with file,url,type,… columns");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (List<String> list : List.of(COMMON_FIELDS, RULING_FIELDS, NEWS_FIELDS)) {
            list.forEach(f -> counts.putIfAbsent(f, new int[2]));
        }
        List<String> mismatches = new ArrayList<>();
        List<Map<String, String>> rows = Csv.read(labels);
        for (Map<String, String> row : rows) {
            String file = row.get("file");
            String url = row.getOrDefault("url", "");
            Path path = dir.resolve(file);
            Map<String, String> actual;
            try {
                Document d = extractor.extract(Files.readAllBytes(path), file, url.isBlank() ? CorpusUri.of("dev/" + file) : url,
                        java.time.Instant.EPOCH);
                actual = values(d);
            } catch (ExtractionException e) {
                mismatches.add(file + ": " + e.getMessage());
                actual = Map.of();
            }
            List<String> fields = new ArrayList<>(COMMON_FIELDS);
            fields.addAll("news".equals(row.get("type")) ? NEWS_FIELDS : RULING_FIELDS);
            for (String field : fields) {
                String expected = row.get(field);
                if (expected == null || expected.equals("*")) {
                    continue;
                }
                String got = actual.getOrDefault(field, "");
                int[] c = counts.get(field);
                c[1]++;
                if (Objects.equals(expected, got)) {
                    c[0]++;
                } else {
                    mismatches.add(file + ": " + field + " expected <" + expected + "> but was <" + got + ">");
                }
            }
        }
        List<FieldScore> scores = new ArrayList<>();
        counts.forEach((f, c) -> {
            if (c[1] > 0) {
                scores.add(new FieldScore(f, c[0], c[1]));
            }
        });
        return new Result(rows.size(), scores, mismatches);
    }

    /** The document's values in the labels' spelling: JSON names, lists joined by ";", null as "". */
    static Map<String, String> values(Document d) {
        Map<String, Object> json = DocumentJson.toMap(d);
        Map<String, String> out = new LinkedHashMap<>();
        json.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                out.put(k, String.join(";", list.stream().map(String::valueOf).toList()));
            } else {
                out.put(k, v == null ? "" : v.toString());
            }
        });
        return out;
    }

    /** RFC 4180 CSV: quoted cells may contain commas, line breaks and doubled quotes. */
    static final class Csv {
        private Csv() {
        }

        static List<Map<String, String>> read(Path csv) throws IOException {
            List<List<String>> records = parse(Files.readString(csv, StandardCharsets.UTF_8));
            List<Map<String, String>> rows = new ArrayList<>();
            if (records.isEmpty()) {
                return rows;
            }
            List<String> header = records.getFirst();
            for (List<String> cells : records.subList(1, records.size())) {
                if (cells.size() == 1 && cells.getFirst().isBlank() || cells.getFirst().startsWith("#")) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i).strip(), i < cells.size() ? cells.get(i).strip() : "");
                }
                rows.add(row);
            }
            return rows;
        }

        private static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    records.add(cells);
                    cells = new ArrayList<>();
                } else if (c != '\r') {
                    cell.append(c);
                }
            }
            if (!cell.isEmpty() || !cells.isEmpty()) {
                cells.add(cell.toString());
                records.add(cells);
            }
            return records;
        }
    }
}
