package de.tenor.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rechtsprechung-im-internet.de XML (rii-dok.dtd): the real BVerfG fixture and a dev-set BSG file. */
class FederalXmlTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    @Test
    void real_rii_document_is_read() throws Exception {
        Path xml = TestFiles.shared().resolve("corpora/portal-fixtures/oldp-ingestor/rii/file_number_KVRE427811801.xml");
        Assumptions.assumeTrue(Files.exists(xml), "../shared not present");
        Document d = extractor.extract(Files.readAllBytes(xml), "KVRE427811801.xml", "corpus:rii/KVRE427811801.xml",
                TestFiles.FETCHED);
        assertEquals(DocType.RULING, d.type());
        assertEquals("BVerfG", d.ruling().court());
        assertEquals(LocalDate.of(2018, 8, 22), d.ruling().date());
        // Issue 16: all 17 joined dockets are the decision's own and shown; the first is its key.
        assertTrue(d.ruling().docket().startsWith("2 BvQ 53/18, 2 BvQ 54/18, ") && d.ruling().docket().endsWith("2 BvQ 70/18"), d.ruling().docket());
        assertEquals(17, d.ruling().docket().split(", ").length);
        assertEquals("2BVQ53/18", d.ruling().docketNormalized());
        assertTrue(d.title().endsWith("2 BvQ 53/18 u. a."), d.title());
        assertEquals("Beschluss", d.ruling().decisionType());
        assertEquals("ECLI:DE:BVerfG:2018:qs20180822.2bvq005318", d.ruling().ecli());
        assertEquals("Die Verfahren werden zur gemeinsamen Entscheidung verbunden.\n"
                + "Die Anträge auf Erlass einstweiliger Anordnungen werden abgelehnt.", d.ruling().tenor());
        assertTrue(d.references().norms().containsAll(java.util.List.of("Art. 19 Abs. 4 GG", "Art. 38 Abs. 1 S. 1 GG", "§ 32 Abs. 1 BVerfGG")),
                d.references().norms().toString());
        assertEquals("1", d.paragraphs().stream().filter(p -> p.number() != null).findFirst().orElseThrow().number());
        assertTrue(d.paragraphs().stream().anyMatch(p -> p.heading() && p.text().equals("I.")));
    }

    @Test
    void bsg_xml_gives_remand_lower_court_and_juris_norms() throws Exception {
        Document d = extractor.extract(TestFiles.resource("dev/rii-bsg-b-4-as-31-24-r.xml"), "b.xml", "corpus:b.xml",
                TestFiles.FETCHED);
        assertEquals("BSG", d.ruling().court());
        assertEquals(CourtBranch.BSG, d.ruling().courtBranch());
        assertEquals("B 4 AS 31/24 R", d.ruling().docket());
        assertEquals(Outcome.OTHER, d.ruling().outcome());
        assertTrue(d.ruling().outcomeEvidence().endsWith("zurückverwiesen."), d.ruling().outcomeEvidence());
        assertEquals("Landessozialgericht Nordrhein-Westfalen, 14. März 2024, Az: L 21 AS 744/23, Urteil", d.ruling().lowerCourt());
        assertEquals("§ 7 Abs. 1 S. 2 Nr. 2 Buchst. b SGB II", d.references().norms().getFirst());
        assertEquals("Dortmund", d.ruling().city());
        assertEquals("3", d.paragraphs().stream().filter(p -> "3".equals(p.number())).findFirst().orElseThrow().number());
    }
}
