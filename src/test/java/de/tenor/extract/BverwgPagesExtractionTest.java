package de.tenor.extract;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 50 real bverwg.de decision pages (../shared/corpora/bverwg-2024-pages, see its SOURCE.md) go
 * through the generic HTML path: no NRWE fields, navigation and press summaries before the
 * decision. The file name is the ECLI suffix and serves as ground truth for type, date and docket.
 */
class BverwgPagesExtractionTest {

    /** ddMMyy + type letter + docket without spaces + ".0", e.g. 220224U1C12.22.0.html. */
    private static final Pattern NAME = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([UBG])(.+)\\.0\\.html");
    private static final Map<String, String> TYPES = Map.of("U", "Urteil", "B", "Beschluss", "G", "Gerichtsbescheid");

    /**
     * These pages first print an earlier decision of the same case (the order admitting the
     * appeal) and only then the judgment the page is named after; the page title names the latter.
     */
    private static final Set<String> TWO_DECISIONS_ON_ONE_PAGE = Set.of("141223U8C9.22.0.html", "290224U9CN1.23.0.html");

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    @Test
    void every_bverwg_page_yields_court_type_date_docket_and_ecli() throws IOException {
        Path dir = TestFiles.shared().resolve("corpora/bverwg-2024-pages/html");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared not present: skipping BVerwG pages test");
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<String> mismatches = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            Matcher m = NAME.matcher(name);
            assertTrue(m.matches(), "unexpected file name " + name);
            LocalDate date = LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            String ecli = "ECLI:DE:BVerwG:" + date.getYear() + ":" + name.substring(0, name.length() - ".html".length());
            try {
                Document d = extractor.extract(Files.readAllBytes(page), name, "corpus:bverwg/" + name, TestFiles.FETCHED);
                check(mismatches, name, "type", DocType.RULING, d.type());
                check(mismatches, name, "court", "BVerwG", d.court());
                check(mismatches, name, "decisionType", TYPES.get(m.group(4)), d.decisionType());
                check(mismatches, name, "date", date, d.date());
                // The ECLI drops hyphens ("1 W-VR 20.23" is "1WVR20.23"), so compare without them.
                check(mismatches, name, "docket", m.group(5).toUpperCase(Locale.ROOT),
                        d.docketNormalized() == null ? null : d.docketNormalized().replace("-", ""));
                check(mismatches, name, "ecli", ecli, d.ecli());
            } catch (ExtractionException e) {
                mismatches.add(name + ": " + e.getMessage());
            }
        }
        assertTrue(pages.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet())
                .containsAll(TWO_DECISIONS_ON_ONE_PAGE), "the two-decision pages are part of the check");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches in " + pages.size() + " pages:\n"
                + String.join("\n", mismatches));
    }

    private static void check(List<String> mismatches, String file, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            mismatches.add(file + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
