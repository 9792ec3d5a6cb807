package de.tenor.web;

import de.tenor.extract.Outcome;
import de.tenor.index.IndexFields;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** German UI wording for facet names and stored values; one place so pages agree. */
final class Labels {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<String, String> DIMENSIONS = Map.of(
            IndexFields.CITY, "Stadt (Behörde)",
            IndexFields.OUTCOME, "Ausgang für EU-Bürger",
            IndexFields.COURT, "Gericht",
            IndexFields.TYPE, "Art",
            IndexFields.YEAR, "Jahr",
            IndexFields.COURT_BRANCH, "Gerichtszweig",
            IndexFields.DECISION_TYPE, "Entscheidungsart",
            IndexFields.PROCEDURE, "Verfahren",
            IndexFields.NORM, "Zitierte Normen",
            IndexFields.EU_CASE, "Zitierte EuGH-Urteile");

    private Labels() {
    }

    static String dimension(String dim) {
        if (IndexFields.WORKER_STATUS.equals(dim)) {
            return "Arbeitnehmereigenschaft"; // issue 11
        }
        if (IndexFields.TOPIC.equals(dim)) {
            return "Thema"; // issue 16
        }
        return DIMENSIONS.getOrDefault(dim, dim);
    }

    /** Issue 11: the court's verdict on worker status as the UI says it. */
    static String workerStatus(String value) {
        return switch (value) {
            case "affirmed" -> "bejaht";
            case "denied" -> "verneint";
            case "open" -> "offen gelassen";
            default -> value;
        };
    }

    static String value(String dim, String value) {
        if (IndexFields.OUTCOME.equals(dim)) {
            try {
                return Outcome.fromJson(value).label();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        if (IndexFields.TYPE.equals(dim)) {
            return switch (value) {
                case "ruling" -> "Entscheidung";
                case "news" -> "Nachricht";
                default -> value;
            };
        }
        if (IndexFields.PROCEDURE.equals(dim)) {
            return switch (value) {
                case "urgent" -> "Eilverfahren";
                case "main" -> "Hauptsache";
                case "unknown" -> "nicht erkennbar";
                default -> value;
            };
        }
        if (IndexFields.WORKER_STATUS.equals(dim)) {
            return workerStatus(value);
        }
        if (IndexFields.TOPIC.equals(dim)) {
            return "true".equals(value) ? "zum Thema" : "false".equals(value) ? "anderes Thema" : value;
        }
        if (IndexFields.CITY.equals(dim) && "unknown".equals(value)) {
            return "nicht genannt";
        }
        return value;
    }

    static String date(LocalDate date) {
        return date == null ? "" : GERMAN_DATE.format(date);
    }
}
