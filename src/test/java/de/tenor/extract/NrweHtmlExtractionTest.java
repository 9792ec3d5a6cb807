package de.tenor.extract;

import de.tenor.corpus.CorpusFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NrweHtmlExtractionTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    private Document fixture() throws ExtractionException {
        return extractor.extract(TestFiles.resource("nrwe-vg-gelsenkirchen-8-l-469-24.html"),
                "nrwe-vg-gelsenkirchen-8-l-469-24.html", "corpus:demo/nrwe-vg-gelsenkirchen-8-l-469-24.html",
                TestFiles.FETCHED);
    }

    @Test
    void nrwe_fields_become_ruling_metadata() throws ExtractionException {
        Document d = fixture();
        assertEquals(DocType.RULING, d.type());
        assertEquals("VG Gelsenkirchen", d.ruling().court());
        assertEquals(CourtBranch.VG, d.ruling().courtBranch());
        assertEquals("Beschluss", d.ruling().decisionType());
        assertEquals(LocalDate.of(2024, 5, 13), d.ruling().date());
        assertEquals("8 L 469/24", d.ruling().docket());
        assertEquals("8L469/24", d.ruling().docketNormalized());
        assertEquals(Procedure.URGENT, d.ruling().procedure());
        assertEquals("ECLI:DE:VGGE:2024:0513.8L469.24.00", d.ruling().ecli());
        assertEquals("VG Gelsenkirchen, Beschluss vom 13.05.2024, 8 L 469/24", d.title());
    }

    @Test
    void city_is_the_authority_in_the_rubrum_not_the_court_seat() throws ExtractionException {
        assertEquals("Bochum", fixture().ruling().city());
    }

    @Test
    void tenor_is_read_and_classified() throws ExtractionException {
        Document d = fixture();
        assertTrue(d.ruling().tenor().startsWith("Die aufschiebende Wirkung der Klage 8 K 1598/24"), d.ruling().tenor());
        assertEquals(3, d.ruling().tenor().split("\n").length);
        assertEquals(Outcome.WON, d.ruling().outcome());
    }

    @Test
    void body_paragraphs_keep_their_numbers_and_headings() throws ExtractionException {
        List<Paragraph> ps = fixture().paragraphs();
        assertEquals(6, ps.size());
        assertEquals(new Paragraph("1", "Gründe:", true), ps.get(0));
        assertEquals(new Paragraph("2", "I.", true), ps.get(1));
        assertEquals("3", ps.get(2).number());
        assertFalse(ps.get(2).heading());
        assertTrue(ps.get(2).text().startsWith("Die Antragstellerin ist rumänische Staatsangehörige"));
    }

    @Test
    void sample_notice_is_searchable_text_but_no_paragraph() throws ExtractionException {
        Document d = fixture();
        assertTrue(d.text().contains("Beispieldaten – keine echten Entscheidungen"));
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Beispieldaten")));
    }

    @Test
    void text_holds_rubrum_tenor_and_body_without_page_furniture() throws ExtractionException {
        String text = fixture().text();
        assertTrue(text.contains("gegen die Stadt Bochum"));
        assertTrue(text.contains("Die Antragsgegnerin trägt die Kosten des Verfahrens."));
        assertTrue(text.contains("völlig untergeordnet und unwesentlich"));
        assertTrue(text.contains("\n\n"));
        assertFalse(text.contains("Seite drucken"));
        assertFalse(text.contains("Seite speichern"));
    }

    @Test
    void norms_eu_cases_and_cited_dockets_are_collected() throws ExtractionException {
        Document d = fixture();
        assertEquals(List.of("§ 5 Abs. 4 FreizügG/EU", "§ 80 Abs. 5 VwGO", "§ 2 Abs. 2 Nr. 1 FreizügG/EU"), d.references().norms());
        assertEquals(List.of("53/81 (Levin)", "C-14/09 (Genc)"), d.references().euCases());
        // The tenor's main-proceedings docket counts too: it links the order to the later judgment.
        assertEquals(List.of("8 K 1598/24", "18 B 1063/23"), d.references().dockets());
    }

    @Test
    void local_file_has_source_path_and_no_url() throws ExtractionException {
        Document d = fixture();
        assertNull(d.url());
        assertEquals("demo/nrwe-vg-gelsenkirchen-8-l-469-24.html", d.sourcePath());
        assertEquals(CorpusFile.idFor("corpus:demo/nrwe-vg-gelsenkirchen-8-l-469-24.html"), d.id());
        assertEquals(TestFiles.FETCHED, d.fetchedAt());
    }

    @Test
    void crawled_page_keeps_its_url() throws ExtractionException {
        String url = "https://nrwe.justiz.nrw.de/ovgs/vg_gelsenkirchen/j2024/8_L_469_24_Beschluss_20240513.html";
        Document d = extractor.extract(TestFiles.resource("nrwe-vg-gelsenkirchen-8-l-469-24.html"), "8_L_469_24.html",
                url, TestFiles.FETCHED);
        assertEquals(url, d.url());
        assertNull(d.sourcePath());
        assertEquals(CorpusFile.idFor(url), d.id());
    }

    @Test
    void windows_1252_page_without_charset_declaration_keeps_its_umlauts() throws ExtractionException {
        String html = new String(TestFiles.resource("nrwe-vg-gelsenkirchen-8-l-469-24.html"), Charset.forName("UTF-8"))
                .replace("<meta http-equiv=\"Content-Type\" content=\"text/html;charset=UTF-8\">", "")
                .replace("Beispieldaten – keine", "Beispieldaten \u201Eecht\u201C keine");
        Document d = extractor.extract(html.getBytes(Charset.forName("windows-1252")), "alt.html", "corpus:alt.html",
                TestFiles.FETCHED);
        assertTrue(d.text().contains("Gründe:"), d.text());
        assertTrue(d.text().contains("\u201Eecht\u201C"));
        assertEquals("Bochum", d.ruling().city());
    }

    @Test
    void extractor_is_safe_to_share_between_threads() throws Exception {
        Document expected = fixture();
        List<Callable<Document>> jobs = Collections.nCopies(32, this::fixture);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Document> f : pool.invokeAll(jobs)) {
                assertEquals(expected, f.get());
            }
        }
    }

    @Test
    void real_nrwe_page_is_read() throws Exception {
        Path page = TestFiles.shared().resolve("corpora/portal-fixtures/oldp-ingestor/nrw/1.html");
        Assumptions.assumeTrue(Files.exists(page), "../shared not present: skipping real NRWE page test");
        Document d = extractor.extract(new CorpusFile(page, "nrw/1.html", Files.size(page),
                Files.getLastModifiedTime(page).toInstant()));
        assertEquals(DocType.RULING, d.type());
        assertEquals("OLG Hamm", d.ruling().court());
        assertEquals(CourtBranch.other, d.ruling().courtBranch());
        assertEquals("Beschluss", d.ruling().decisionType());
        assertEquals(LocalDate.of(1995, 10, 18), d.ruling().date());
        assertEquals("2 Ws 364/95", d.ruling().docket());
        assertEquals("ECLI:DE:OLGHAM:1995:1018.2WS364.95.00", d.ruling().ecli());
        assertEquals("Die Beschwerde wird verworfen.", d.ruling().tenor());
        // A criminal-costs complaint, not the practice: no outcome "from the EU citizen's side" at all.
        assertFalse(d.topic());
        assertNull(d.ruling().outcome());
        assertEquals("Landgericht Dortmund, 14 (V) G 3/94", d.ruling().lowerCourt());
        assertEquals(7, d.paragraphs().size());
        assertEquals(new Paragraph("1", "Gründe:", true), d.paragraphs().getFirst());
        assertEquals("7", d.paragraphs().getLast().number());
        assertTrue(d.references().norms().contains("§ 101 BRAGO"));
        assertNull(d.ruling().city());
        assertEquals("OLG Hamm, Beschluss vom 18.10.1995, 2 Ws 364/95", d.title());
    }
}
