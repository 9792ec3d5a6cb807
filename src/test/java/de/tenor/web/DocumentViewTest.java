package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.extract.Outcome;
import de.tenor.extract.WorkerStatus;
import de.tenor.search.SearchHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The names and order of the fields of every view, written out as INTERFACE.md and the earlier hand-written views
 * had them: deriving the views from one list must not change what clients and spreadsheets read.
 */
class DocumentViewTest {

    private static final List<String> FACTS = List.of("weeklyHours", "weeklyHoursMax", "monthlyPayEur",
            "hourlyWageEur", "employedSince", "jobType", "workerStatus");

    @Test
    void a_hit_has_the_fields_of_api_search() {
        assertEquals(List.of("id", "type", "title", "court", "decisionType", "date", "docket", "ecli", "city",
                "outcome", "weeklyHours", "weeklyHoursMax", "monthlyPayEur", "hourlyWageEur", "employedSince",
                "jobType", "workerStatus", "outlet", "url", "snippet", "sample", "topic"), DocumentView.HIT);
    }

    @Test
    void export_json_and_csv_keep_their_columns() {
        assertEquals(List.of("id", "type", "title", "court", "courtBranch", "decisionType", "date", "docket", "ecli",
                "procedure", "city", "outcome", "weeklyHours", "weeklyHoursMax", "monthlyPayEur", "hourlyWageEur",
                "employedSince", "jobType", "workerStatus", "norms", "euCases", "outlet", "sourceUrl", "tenorUrl"),
                DocumentView.EXPORT);
        assertEquals(List.of("id", "type", "date", "court", "courtBranch", "decisionType", "docket", "ecli",
                "procedure", "city", "outcome", "outcomeLabel", "title", "outlet", "sourceUrl", "tenorUrl",
                "weeklyHours", "weeklyHoursMax", "monthlyPayEur", "hourlyWageEur", "employedSince", "jobType",
                "workerStatus", "sample", "topic"), CsvExport.HEADER);
    }

    @Test
    void values_are_spelled_as_in_the_api() {
        Document ruling = Document.builder("r1", DocType.RULING).title("VG Gelsenkirchen, Beschluss")
                .court("VG Gelsenkirchen").date(LocalDate.of(2024, 5, 13)).docket("8 L 469/24").city("Gelsenkirchen")
                .outcome(Outcome.WON).outcomeEvidence("Die aufschiebende Wirkung wird angeordnet.").topic(true)
                .weeklyHours(7.5).monthlyPayEur(520.0).workerStatus(WorkerStatus.AFFIRMED)
                .workerStatusEvidence("Sie ist Arbeitnehmerin.").norms(List.of("§ 7 SGB II")).build();
        SearchHit hit = new SearchHit(ruling, "… <mark>Minijob</mark> …");

        Map<String, Object> json = DocumentView.of(hit, DocumentView.HIT, "");
        assertEquals("ruling", json.get("type"));
        assertEquals("2024-05-13", json.get("date"));
        assertEquals("won", json.get("outcome"));
        assertEquals(7.5, json.get("weeklyHours"));
        assertEquals("affirmed", json.get("workerStatus"));
        assertEquals("… <mark>Minijob</mark> …", json.get("snippet"));
        assertEquals(List.of("§ 7 SGB II"), DocumentView.of(hit, DocumentView.EXPORT, "http://x").get("norms"));
        assertEquals("http://x/doc/r1", DocumentView.of(hit, DocumentView.EXPORT, "http://x").get("tenorUrl"));

        List<String> row = DocumentView.cells(hit, CsvExport.HEADER, "http://x");
        assertEquals("7,5", row.get(CsvExport.HEADER.indexOf("weeklyHours")));
        assertEquals("520", row.get(CsvExport.HEADER.indexOf("monthlyPayEur")));
        assertEquals("gewonnen", row.get(CsvExport.HEADER.indexOf("outcomeLabel")));
        assertNull(row.get(CsvExport.HEADER.indexOf("weeklyHoursMax")));
        assertEquals("true", row.get(CsvExport.HEADER.indexOf("topic")));
    }

    @Test
    void a_news_item_lists_its_publication_date_but_the_full_document_keeps_both() {
        Document news = Document.builder("n1", DocType.NEWS).title("Minijob reicht nicht").outlet("WAZ")
                .published(LocalDate.of(2025, 1, 2)).build();
        assertEquals("2025-01-02", DocumentView.of(new SearchHit(news, null), DocumentView.HIT, "").get("date"));
        Map<String, Object> full = DocumentJson.toMap(news);
        assertNull(full.get("date"));
        assertEquals("2025-01-02", full.get("published"));
        assertEquals(DocumentJson.FIELDS, List.copyOf(full.keySet()));
        assertEquals(news, DocumentJson.fromMap(full));
    }
}
