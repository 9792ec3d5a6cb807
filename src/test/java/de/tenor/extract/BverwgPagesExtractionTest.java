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
        List<Path> pages = pages();
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
                check(mismatches, name, "court", "BVerwG", d.ruling().court());
                check(mismatches, name, "decisionType", TYPES.get(m.group(4)), d.ruling().decisionType());
                check(mismatches, name, "date", date, d.ruling().date());
                // The ECLI drops hyphens ("1 W-VR 20.23" is "1WVR20.23"), so compare without them.
                check(mismatches, name, "docket", m.group(5).toUpperCase(Locale.ROOT),
                        d.ruling().docketNormalized() == null ? null : d.ruling().docketNormalized().replace("-", ""));
                check(mismatches, name, "ecli", ecli, d.ruling().ecli());
            } catch (ExtractionException e) {
                mismatches.add(name + ": " + e.getMessage());
            }
        }
        assertTrue(pages.stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet())
                .containsAll(TWO_DECISIONS_ON_ONE_PAGE), "the two-decision pages are part of the check");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches in " + pages.size() + " pages:\n"
                + String.join("\n", mismatches));
    }

    /**
     * Issue 16: the Tenor of the page's own decision (it stands after that decision's ECLI heading,
     * which matters on the two-decision pages), its Leitsätze exactly when the court's sidebar marks
     * the decision "(Leitsatz)", the Vorinstanz when the page has an Instanzenzug, and no site menu.
     */
    @Test
    void every_bverwg_page_yields_its_own_tenor_headnotes_and_lower_court_without_site_menu() throws IOException {
        List<Path> pages = pages();
        List<String> mismatches = new ArrayList<>();
        int tenors = 0, headnotePages = 0, headnotesRight = 0;
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String ecli = name.substring(0, name.length() - ".html".length());
            String html = Files.readString(page);
            org.jsoup.nodes.Document dom = org.jsoup.Jsoup.parse(html);
            String pageText = Texts.normalizeSpace(dom.body().text());
            int ownHeading = pageText.indexOf(":" + ecli);
            org.jsoup.nodes.Element selected = dom.selectFirst("a.dokindex.selected");
            boolean marksLeitsatz = selected != null && selected.text().contains("(Leitsatz)");
            Document d;
            try {
                d = extractor.extract(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), name,
                        "corpus:bverwg/" + name, TestFiles.FETCHED);
            } catch (ExtractionException e) {
                mismatches.add(name + ": " + e.getMessage());
                continue;
            }
            String firstTenorLine = d.ruling().tenor() == null ? "" : d.ruling().tenor().lines().findFirst().orElse("");
            int tenorAt = firstTenorLine.isEmpty() ? -1 : pageText.indexOf(firstTenorLine, Math.max(ownHeading, 0));
            if (ownHeading >= 0 && tenorAt > ownHeading) {
                tenors++;
            } else {
                mismatches.add(name + ": Tenor not the page's own (" + firstTenorLine + ")");
            }
            if (marksLeitsatz) {
                headnotePages++;
                if (!d.ruling().headnotes().isEmpty() && d.ruling().headnotes().stream().allMatch(pageText::contains)) {
                    headnotesRight++;
                } else {
                    mismatches.add(name + ": Leitsatz missing: " + d.ruling().headnotes());
                }
            } else if (!d.ruling().headnotes().isEmpty()) {
                mismatches.add(name + ": Leitsatz where the court marks none: " + d.ruling().headnotes());
            }
            // None of these pages is about EU citizens (SOURCE.md): real, off topic, no citizen-side outcome or city.
            if (d.sample() || d.topic() || d.ruling().outcome() != null || d.ruling().city() != null) {
                mismatches.add(name + ": sample " + d.sample() + ", topic " + d.topic() + " " + d.topicMarkers()
                        + ", outcome " + d.ruling().outcome() + ", city " + d.ruling().city());
            }
            if (dom.select("h5:containsOwn(Instanzenzug)").size() > 0 && d.ruling().lowerCourt() == null) {
                mismatches.add(name + ": Instanzenzug on the page but no lowerCourt");
            }
            for (String furniture : List.of("Zur Navigation", "Zur Suche", "Besucheradresse", "Impressum", "Pressemitteilung")) {
                if (d.text().contains(furniture)) {
                    mismatches.add(name + ": site text '" + furniture + "' in the document text");
                }
            }
        }
        System.out.printf("BVerwG pages: own Tenor %d/%d, Leitsätze %d/%d%n", tenors, pages.size(), headnotesRight,
                headnotePages);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches in " + pages.size() + " pages:\n"
                + String.join("\n", mismatches));
    }

    private static void check(List<String> mismatches, String file, String field, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            mismatches.add(file + ": " + field + " expected <" + expected + "> but was <" + actual + ">");
        }
    }

    /** The 50 real bverwg.de pages, sorted; the test is skipped (with the reason) without ../shared. */
    private static List<Path> pages() throws IOException {
        Path dir = TestFiles.shared().resolve("corpora/bverwg-2024-pages/html");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared not present: skipping BVerwG pages test");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
