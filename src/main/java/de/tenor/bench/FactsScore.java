package de.tenor.bench;

import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import de.tenor.corpus.CorpusUri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy of the employment facts (issue 11) against labelled files: a CSV with a {@code file}
 * column, optionally a {@code url} column, and the expected {@code weeklyHours},
 * {@code monthlyPayEur}, {@code employedSince}, {@code jobType} and {@code workerStatus} (an empty
 * cell expects null; {@code *} or a missing column leaves the field unchecked). Hours count as right
 * within {@value #HOURS_TOLERANCE} h (a range when the value lies in it), pay within
 * {@value #PAY_TOLERANCE} €, the rest exactly (job type ignoring case). Used by {@code tenor bench
 * extract} on the demo corpus and the dev set. Stateless.
 */
public final class FactsScore {

    public static final double HOURS_TOLERANCE = 0.5;
    public static final double PAY_TOLERANCE = 2;
    public static final List<String> FIELDS = List.of("weeklyHours", "monthlyPayEur", "workerStatus", "employedSince", "jobType");

    /** Correct and checked counts of one field. */
    public record FieldScore(String field, int correct, int checked) {
        public double accuracy() {
            return checked == 0 ? 1 : (double) correct / checked;
        }
    }

    /**
     * Scores in {@link #FIELDS} order and every mismatch as "file: field expected <…> but was <…>";
     * {@code unstated} counts the hours, pay and verdicts set where the truth says the ruling states
     * none (issue 20: a guessed fact is worse than a missing one).
     */
    public record Result(int files, List<FieldScore> fields, List<String> mismatches, int unstated) {
    }

    /** The facts whose guessing {@link Result#unstated} counts. */
    static final List<String> GUESSABLE = List.of("weeklyHours", "monthlyPayEur", "workerStatus");

    /** @param files the folder the {@code file} column is relative to */
    public Result run(Path truth, Path files, Extractor extractor) throws IOException {
        if (!Files.isRegularFile(truth)) {
            throw new IOException("No labels at " + truth + ": pass a CSV with file,weeklyHours,monthlyPayEur,… columns");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        FIELDS.forEach(f -> counts.put(f, new int[2]));
        List<String> mismatches = new ArrayList<>();
        int unstated = 0;
        List<Map<String, String>> rows = DevSetScore.Csv.read(truth);
        for (Map<String, String> row : rows) {
            String file = row.get("file");
            String url = row.getOrDefault("url", "");
            Document d;
            try {
                d = extractor.extract(Files.readAllBytes(files.resolve(file)), file,
                        url.isBlank() ? CorpusUri.of("facts/" + file) : url, Instant.EPOCH);
            } catch (ExtractionException e) {
                mismatches.add(file + ": " + e.getMessage());
                continue;
            }
            for (String field : FIELDS) {
                String expected = row.get(field);
                if (expected == null || expected.equals("*")) {
                    continue;
                }
                int[] c = counts.get(field);
                c[1]++;
                if (matches(field, expected, d)) {
                    c[0]++;
                } else {
                    mismatches.add(file + ": " + field + " expected <" + expected + "> but was <" + actual(field, d) + ">");
                    unstated += expected.isEmpty() && GUESSABLE.contains(field) ? 1 : 0;
                }
            }
        }
        List<FieldScore> scores = new ArrayList<>();
        counts.forEach((f, c) -> scores.add(new FieldScore(f, c[0], c[1])));
        return new Result(rows.size(), scores, mismatches, unstated);
    }

    static boolean matches(String field, String expected, Document d) {
        if (expected.isEmpty()) {
            return actual(field, d).isEmpty();
        }
        return switch (field) {
            case "weeklyHours" -> d.employment().weeklyHours() != null && Double.parseDouble(expected) >= d.employment().weeklyHours() - HOURS_TOLERANCE
                    && Double.parseDouble(expected) <= (d.employment().weeklyHoursMax() != null ? d.employment().weeklyHoursMax() : d.employment().weeklyHours())
                    + HOURS_TOLERANCE;
            case "monthlyPayEur" -> d.employment().monthlyPayEur() != null
                    && Math.abs(Double.parseDouble(expected) - d.employment().monthlyPayEur()) <= PAY_TOLERANCE;
            case "jobType" -> expected.toLowerCase(Locale.GERMAN).equals(actual(field, d).toLowerCase(Locale.GERMAN));
            default -> expected.equals(actual(field, d));
        };
    }

    static String actual(String field, Document d) {
        Object v = switch (field) {
            case "weeklyHours" -> d.employment().weeklyHoursMax() == null ? d.employment().weeklyHours() : d.employment().weeklyHours() + "-" + d.employment().weeklyHoursMax();
            case "monthlyPayEur" -> d.employment().monthlyPayEur();
            case "employedSince" -> d.employment().employedSince();
            case "jobType" -> d.employment().jobType();
            case "workerStatus" -> d.employment().workerStatus() == null ? null : d.employment().workerStatus().json();
            default -> throw new IllegalArgumentException("unknown fact field " + field);
        };
        return v == null ? "" : v.toString();
    }
}
