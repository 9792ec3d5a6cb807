package de.tenor.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Open Legal Data cases: the real 10-case dump sample (../shared/corpora/oldp-dump-sample) and the dump splitter. */
class OpenLegalDataTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    private List<OldpDump.Item> realDump() throws IOException {
        Path dump = TestFiles.shared().resolve("corpora/oldp-dump-sample/cases.10.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(dump), "../shared not present");
        List<OldpDump.Item> items = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            OldpDump cases = new OldpDump(in, ExtractionLimits.DEFAULTS.maxInputBytes());
            for (Optional<OldpDump.Item> i = cases.next(); i.isPresent(); i = cases.next()) {
                items.add(i.get());
            }
        }
        return items;
    }

    private Document extract(OldpDump.Item item) throws ExtractionException {
        return extractor.extract(item.json(), item.fileName(), "corpus:import/oldp/" + item.fileName(), TestFiles.FETCHED);
    }

    @Test
    void every_case_of_the_real_dump_becomes_a_ruling_with_court_and_docket() throws Exception {
        List<OldpDump.Item> items = realDump();
        assertEquals(10, items.size());
        assertEquals("325566-lg-koln-2029-11-13-84-o-24918.json", items.getFirst().fileName());
        for (OldpDump.Item item : items) {
            assertTrue(item.isCase(), item.problem());
            Document d = extract(item);
            assertEquals(DocType.RULING, d.type());
            assertTrue(d.ruling().court() != null && d.ruling().docket() != null, item.fileName());
            assertTrue(d.ruling().tenor() != null && !d.ruling().tenor().isBlank(), item.fileName());
        }
    }

    @Test
    void real_metadata_errors_are_not_taken_over() throws Exception {
        // LG Köln and SG Düsseldorf carry dates in the future, repeated in their ECLIs (see SOURCE.md).
        Document lg = extract(realDump().get(0));
        assertEquals("LG Köln", lg.ruling().court());
        assertNull(lg.ruling().date());
        assertNull(lg.ruling().ecli());
        Document sg = extract(realDump().get(1));
        assertEquals("SG Düsseldorf", sg.ruling().court());
        assertEquals(CourtBranch.SG, sg.ruling().courtBranch());
        assertEquals("S 46 AS 2230/15", sg.ruling().docket());
        assertNull(sg.ruling().date());
        assertNull(sg.ruling().ecli());
        // Heating costs of a long-term claimant: not the practice, so no outcome "from the EU citizen's side".
        assertFalse(sg.topic());
        assertNull(sg.ruling().outcome());
        assertNull(sg.ruling().outcomeEvidence());
    }

    @Test
    void social_court_case_without_ecli_keeps_court_docket_and_lower_court() throws Exception {
        Document d = extract(realDump().get(9));
        assertEquals("Schleswig-Holsteinisches LSG", d.ruling().court());
        assertEquals(CourtBranch.LSG, d.ruling().courtBranch());
        assertEquals("L 6 AS 87/22 B ER", d.ruling().docket());
        assertEquals(Procedure.URGENT, d.ruling().procedure());
        assertEquals(LocalDate.of(2022, 10, 11), d.ruling().date());
        assertNull(d.ruling().ecli());
        assertEquals("SG Kiel, Beschluss vom 02.08.2022", d.ruling().lowerCourt());
        // A higher standard rate for inflation: off topic, so neither outcome nor city of an authority.
        assertFalse(d.topic());
        assertNull(d.ruling().outcome());
        assertNull(d.ruling().city());
    }

    @Test
    void nrw_case_with_nrwe_markup_keeps_paragraph_numbers() throws Exception {
        Document d = extract(realDump().get(7));
        assertEquals("OVG NRW", d.ruling().court());
        assertEquals("2 B 947/22", d.ruling().docket());
        assertEquals("ECLI:DE:OVGNRW:2022:1011.2B947.22.00", d.ruling().ecli());
        assertTrue(d.paragraphs().stream().anyMatch(p -> "1".equals(p.number())), d.paragraphs().toString());
    }

    @Test
    void dump_lines_that_are_no_cases_are_reported_by_line_and_blank_lines_skipped() throws IOException {
        String dump = "{\"id\": 7, \"slug\": \"sg-x-2025\", \"content\": \"<p>x</p>\"}\n\nkein json\n{\"id\": 8}\n";
        OldpDump cases = new OldpDump(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)), 1000);
        OldpDump.Item first = cases.next().orElseThrow();
        assertEquals("7-sg-x-2025.json", first.fileName());
        OldpDump.Item second = cases.next().orElseThrow();
        assertEquals(3, second.line());
        assertTrue(second.problem().startsWith("not JSON"), second.problem());
        assertTrue(cases.next().orElseThrow().problem().startsWith("not an Open Legal Data case"));
        assertFalse(cases.next().isPresent());
    }

    @Test
    void oversized_dump_line_is_skipped_without_holding_it() throws IOException {
        String dump = "{\"id\": 1, \"content\": \"" + "x".repeat(5000) + "\"}\n{\"id\": 2, \"content\": \"y\"}\n";
        OldpDump cases = new OldpDump(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)), 1000);
        assertEquals("case larger than 1000 bytes; skipped", cases.next().orElseThrow().problem());
        assertEquals("2.json", cases.next().orElseThrow().fileName());
    }
}
