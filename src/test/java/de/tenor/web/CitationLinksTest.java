package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.CourtBranch;
import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Outcome;
import de.tenor.extract.Paragraph;
import de.tenor.extract.Procedure;
import de.tenor.index.IndexLocation;
import de.tenor.index.TestIndex;
import de.tenor.search.AppealVerdict;
import de.tenor.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "zitiert", "zitiert von" and the appeal chain on document pages, and the norm, EuGH and
 * procedure facets, over hand-built documents (the demo corpus has no appeal whose lower
 * decision is in it), served by the real app.
 */
class CitationLinksTest {

    @TempDir
    static Path indexDir;
    static Searcher searcher;
    static Javalin app;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws IOException {
        IndexLocation location = new IndexLocation(indexDir);
        TestIndex.publish(location, List.of(
                ruling("vg-ge", "VG Gelsenkirchen", CourtBranch.VG, "8 L 100/24", "2024-03-01", Outcome.LOST,
                        "Der Antrag wird abgelehnt.", null, List.of(), List.of("C-14/09 (Genc)")),
                // Same docket at another court: the appeal chain must not take it for the lower decision.
                ruling("vg-d", "VG Düsseldorf", CourtBranch.VG, "8 L 100/24", "2024-04-01", Outcome.WON,
                        "Die aufschiebende Wirkung der Klage wird angeordnet.", null, List.of(), List.of()),
                ruling("ovg", "OVG NRW", CourtBranch.OVG, "18 B 200/24", "2024-06-01", Outcome.LOST,
                        "Die Beschwerde der Antragstellerin gegen den Beschluss des Verwaltungsgerichts Gelsenkirchen "
                                + "vom 1. März 2024 wird zurückgewiesen.\nDie Antragstellerin trägt die Kosten.",
                        "Verwaltungsgericht Gelsenkirchen, 8 L 100/24", List.of("8 L 100/24", "S 31 AS 999/20"), List.of()),
                ruling("sg", "SG Duisburg", CourtBranch.SG, "S 31 AS 370/24", "2024-05-13", Outcome.LOST,
                        "Die Klage wird abgewiesen.", null, List.of(), List.of()),
                ruling("lsg", "LSG NRW", CourtBranch.LSG, "L 7 AS 300/24", "2025-01-10", Outcome.WON,
                        "Auf die Berufung der Klägerin wird das Urteil des Sozialgerichts Duisburg vom 13. Mai 2024 "
                                + "aufgehoben.\nDer Beklagte wird verurteilt, der Klägerin Leistungen zu gewähren.",
                        "Sozialgericht Duisburg, S 31 AS 370/24", List.of(), List.of("C-14/09 (Genc)")),
                eugh(),
                news()));
        searcher = new Searcher(location);
        app = WebApp.create(searcher, "127.0.0.1").start(0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        searcher.close();
    }

    @Test
    void lower_decision_links_up_to_the_appeal_with_the_higher_courts_verdict() throws Exception {
        org.jsoup.nodes.Document page = page("vg-ge");
        Element up = page.selectFirst("#chain li:contains(Nächste Instanz) a");
        assertNotNull(up, page.select("#zitate").outerHtml());
        assertEquals("/doc/ovg", up.attr("href"));
        assertEquals("bestätigt", page.selectFirst("#chain .verdict").text());
        assertTrue(page.select("#chain a[href=/doc/lsg]").isEmpty());
    }

    @Test
    void appeal_links_down_to_its_lower_decision_of_the_named_court_only() throws Exception {
        org.jsoup.nodes.Document page = page("ovg");
        Element down = page.selectFirst("#chain li:contains(Vorinstanz) a");
        assertEquals("/doc/vg-ge", down.attr("href"), "VG Gelsenkirchen, not the VG Düsseldorf decision with the same docket");
        assertEquals("bestätigt", page.selectFirst("#chain .verdict").text());
        // The lower decision is in the chain, not listed again under "zitiert"; an unknown docket searches.
        assertEquals(List.of("S 31 AS 999/20"), page.select("#cites a").eachText());
        assertEquals("/search?q=" + enc("\"S 31 AS 999/20\""), page.selectFirst("#cites a").attr("href"));
    }

    @Test
    void quashed_decision_shows_aufgehoben_both_ways() throws Exception {
        assertEquals("aufgehoben", page("sg").selectFirst("#chain .verdict").text());
        org.jsoup.nodes.Document lsg = page("lsg");
        assertEquals("/doc/sg", lsg.selectFirst("#chain li:contains(Vorinstanz) a").attr("href"));
        assertEquals("aufgehoben", lsg.selectFirst("#chain .verdict").text());
    }

    @Test
    void cited_eugh_case_in_the_corpus_links_to_it_and_its_page_lists_who_cites_it() throws Exception {
        Element genc = page("lsg").select("#cites a").stream().filter(a -> a.text().equals("C-14/09 (Genc)")).findFirst().orElseThrow();
        assertEquals("/doc/eugh-genc", genc.attr("href"));
        List<String> citedBy = page("eugh-genc").select("#cited-by a").eachAttr("href");
        assertEquals(List.of("/doc/lsg", "/doc/vg-ge"), citedBy, "newest first");
    }

    @Test
    void news_that_names_a_docket_is_listed_under_zitiert_von() throws Exception {
        List<String> citedBy = page("sg").select("#cited-by a").eachAttr("href");
        assertEquals(List.of("/doc/news"), citedBy, "the LSG appeal is in the chain, not under zitiert von");
    }

    @Test
    void norm_eugh_and_procedure_are_facets_with_counts() throws Exception {
        JsonNode body = json.readTree(get("/api/search?euCase=" + enc("C-14/09 (Genc)")).body());
        assertEquals(2, body.get("total").asInt());
        assertEquals(2, count(body, "euCase", "C-14/09 (Genc)"));
        JsonNode all = json.readTree(get("/api/search").body());
        assertEquals(7, count(all, "norm", "§ 2 Abs. 2 Nr. 1 FreizügG/EU"), "every document cites the worker norm");
        assertEquals(5, count(all, "procedure", "urgent") + count(all, "procedure", "main"));
        assertEquals(1, count(all, "procedure", "unknown"), "the EuGH ruling has no procedure from its docket");
        assertEquals(2, json.readTree(get("/api/search?procedure=main").body()).get("total").asInt());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Die Beschwerde des Antragsgegners gegen den Beschluss des Verwaltungsgerichts Gelsenkirchen vom 13. Mai 2024 wird zurückgewiesen. | bestätigt
            Der Antrag der Klägerin auf Zulassung der Berufung gegen das Urteil des Verwaltungsgerichts Düsseldorf vom 3. Juni 2023 wird abgelehnt. | bestätigt
            Die Revision des Beklagten gegen das Urteil des Landessozialgerichts Nordrhein-Westfalen vom 18. Februar 2019 wird zurückgewiesen. | bestätigt
            Auf die Beschwerde des Antragstellers wird der Beschluss des Verwaltungsgerichts Arnsberg vom 2. Mai 2022 geändert. | geändert
            Auf die Berufung der Klägerin wird das Urteil des Sozialgerichts Dortmund vom 7. Februar 2024 aufgehoben und der Rechtsstreit an das Sozialgericht Dortmund zurückverwiesen. | aufgehoben und zurückverwiesen
            Das Urteil des Sozialgerichts Duisburg vom 13. Mai 2024 wird aufgehoben. | aufgehoben
            Das Beschwerdeverfahren wird eingestellt. Der Beschluss des Verwaltungsgerichts Gelsenkirchen vom 22. Oktober 2025 ist wirkungslos. | wirkungslos
            Die Kosten des Verfahrens beider Rechtszüge werden gegeneinander aufgehoben. |
            Der Bescheid des Beklagten vom 8. März 2024 wird aufgehoben. |
            Die Klage wird abgewiesen. |
            """)
    void appeal_verdict_reads_what_the_higher_tenor_says_about_the_lower_decision(String tenor, String verdict) {
        assertEquals(Optional.ofNullable(verdict), AppealVerdict.of(tenor));
    }

    private static int count(JsonNode body, String dim, String value) {
        for (JsonNode v : body.get("facets").get(dim)) {
            if (v.get("value").asText().equals(value)) {
                return v.get("count").asInt();
            }
        }
        return 0;
    }

    private static Document ruling(String id, String court, CourtBranch branch, String docket, String date, Outcome outcome,
                                   String tenor, String lowerCourt, List<String> citedDockets, List<String> euCases) {
        Document.Builder b = Document.builder(id, DocType.RULING);
        b.court(court);
        b.courtBranch(branch);
        String decisionType = docket.contains(" K ") || docket.startsWith("L 7 AS 300") ? "Urteil" : "Beschluss";
        b.decisionType(decisionType);
        b.docket(docket);
        b.docketNormalized(docket.replace(" ", ""));
        b.date(LocalDate.parse(date));
        b.procedure(docket.contains(" L ") || docket.contains(" B ") ? Procedure.URGENT : Procedure.MAIN);
        b.city("Gelsenkirchen");
        b.outcome(outcome);
        b.tenor(tenor);
        b.lowerCourt(lowerCourt);
        b.citedDockets(citedDockets);
        b.euCases(euCases);
        b.norms(List.of("§ 2 Abs. 2 Nr. 1 FreizügG/EU"));
        b.title(court + ", " + decisionType + " vom " + date + ", " + docket);
        b.text(tenor + "\nGründe: Die Arbeitnehmereigenschaft ist zu prüfen.");
        b.paragraphs(List.of(new Paragraph("1", "Die Arbeitnehmereigenschaft ist zu prüfen.", false)));
        return b.build();
    }

    private static Document eugh() {
        Document.Builder b = Document.builder("eugh-genc", DocType.RULING);
        b.court("EuGH");
        b.courtBranch(CourtBranch.EuGH);
        b.decisionType("Urteil");
        b.docket("C-14/09");
        b.docketNormalized("C-14/09");
        b.date(LocalDate.parse("2010-02-04"));
        b.outcome(Outcome.UNKNOWN);
        b.city("unknown");
        b.norms(List.of("§ 2 Abs. 2 Nr. 1 FreizügG/EU"));
        b.title("EuGH, Urteil vom 04.02.2010, C-14/09 (Genc)");
        b.text("Ein Arbeitnehmer mit 5,5 Wochenstunden kann Arbeitnehmer sein.");
        return b.build();
    }

    private static Document news() {
        Document.Builder b = Document.builder("news", DocType.NEWS);
        b.title("SG Duisburg weist Klage ab");
        b.outlet("Ruhr-Kurier (Beispiel)");
        b.published(LocalDate.parse("2024-05-20"));
        b.citedDockets(List.of("S 31 AS 370/24"));
        b.norms(List.of("§ 2 Abs. 2 Nr. 1 FreizügG/EU"));
        b.cities(List.of("Duisburg"));
        b.text("Das Sozialgericht Duisburg hat die Klage abgewiesen (S 31 AS 370/24).");
        return b.build();
    }

    private static org.jsoup.nodes.Document page(String id) throws Exception {
        HttpResponse<String> r = get("/doc/" + id);
        assertEquals(200, r.statusCode(), id);
        return Jsoup.parse(r.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
