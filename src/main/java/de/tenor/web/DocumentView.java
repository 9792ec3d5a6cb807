package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.search.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one view of a document in a list (docs/INTERFACE.md): a search hit in {@code /api/search}, a document of
 * {@code /export.json}, a row of {@code /export.csv}. Each names the fields it shows; their values are spelled
 * once, by {@link DocumentJson#field} for the full document and here for what only lists have: one date to
 * sort and show (the decision's or the article's), links and the highlighted snippet. Stateless.
 */
final class DocumentView {

    /** Issue 11: the employment facts the court assessed, null where unknown (as in {@code /api/doc/{id}}). */
    private static final List<String> FACTS = List.of("weeklyHours", "weeklyHoursMax", "monthlyPayEur",
            "hourlyWageEur", "employedSince", "jobType", "workerStatus");

    static final List<String> HIT = join(List.of("id", "type", "title", "court", "decisionType", "date", "docket",
            "ecli", "city", "outcome"), FACTS, List.of("outlet", "url", "snippet", "sample", "topic"));

    static final List<String> EXPORT = join(List.of("id", "type", "title", "court", "courtBranch", "decisionType",
            "date", "docket", "ecli", "procedure", "city", "outcome"), FACTS, List.of("norms", "euCases", "outlet",
            "sourceUrl", "tenorUrl"));

    static final List<String> CSV = join(List.of("id", "type", "date", "court", "courtBranch", "decisionType",
            "docket", "ecli", "procedure", "city", "outcome", "outcomeLabel", "title", "outlet", "sourceUrl",
            "tenorUrl"),
            // issue 11, at the end so spreadsheets built on the older columns keep working
            FACTS, List.of("sample", "topic")); // issue 16

    private DocumentView() {
    }

    /** The named fields of a hit, in the given order. */
    static Map<String, Object> of(SearchHit hit, List<String> fields, String baseUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : fields) {
            m.put(name, value(hit, name, baseUrl));
        }
        return m;
    }

    /** The named fields of a hit as CSV cells: numbers in German spelling, unknown values empty. */
    static List<String> cells(SearchHit hit, List<String> fields, String baseUrl) {
        List<String> cells = new ArrayList<>();
        for (String name : fields) {
            Object v = value(hit, name, baseUrl);
            cells.add(v instanceof Double n ? CsvExport.number(n) : v == null ? null : v.toString());
        }
        return cells;
    }

    private static Object value(SearchHit hit, String name, String baseUrl) {
        Document d = hit.document();
        return switch (name) {
            case "date" -> d.sortDate() == null ? null : d.sortDate().toString();
            case "snippet" -> hit.snippetHtml();
            case "sourceUrl" -> d.url();
            case "tenorUrl" -> baseUrl + "/doc/" + d.id();
            case "outcomeLabel" -> d.ruling().outcome() == null ? null : UiText.GERMAN.outcome(d.ruling().outcome());
            default -> DocumentJson.field(d, name);
        };
    }

    private static List<String> join(List<String> head, List<String> facts, List<String> tail) {
        return Stream.of(head, facts, tail).flatMap(List::stream).toList();
    }
}
