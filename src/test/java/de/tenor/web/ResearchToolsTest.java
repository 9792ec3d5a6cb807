package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import de.tenor.ingest.RedactionCheck;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.SortOrder;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** Issue 7 over the demo corpus, through real HTTP: comparison, city pages, exports, feed, citations. */
class ResearchToolsTest extends DemoHttpTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";




    // ------------------------------------------------------------------ /vergleich

    @Test
    void every_comparison_cell_links_to_a_result_list_with_exactly_its_count() throws Exception {
        HttpResponse<String> r = get("/vergleich");
        assertEquals(200, r.statusCode());
        org.jsoup.nodes.Document page = Jsoup.parse(r.body());
        int allRulings = total("/api/search?type=ruling");
        assertEquals(allRulings + " Entscheidungen", page.getElementById("ruling-count").text());
        int checked = 0;
        for (String table : List.of("t-city", "t-branch", "t-procedure")) {
            for (Element cell : page.select("#" + table + " a.cell")) {
                String href = cell.attr("href");
                assertTrue(href.startsWith("/search?") && href.contains("type=ruling"), href);
                assertEquals(Integer.parseInt(cell.text()), total("/api" + href), table + " cell " + href);
                checked++;
            }
        }
        assertTrue(checked > 40, "checked " + checked + " cells");
        assertEquals(String.valueOf(allRulings), page.select("#t-city tfoot a.cell[data-outcome=total]").text());
        assertTrue(page.select("#t-city tbody th").eachText().containsAll(List.of("Gelsenkirchen", "Duisburg", "Düsseldorf")));
        assertTrue(page.select("#t-branch tbody th").text().contains("Verwaltungsgerichte"));
        assertTrue(page.select("#t-branch tbody th").text().contains("Sozialgerichte"));
        assertTrue(page.select("#t-procedure tbody th").eachText().containsAll(List.of("Eilverfahren", "Hauptsache")));
    }

    @Test
    void trend_chart_is_server_side_svg_and_its_numbers_are_also_a_table() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(get("/vergleich").body());
        Element svg = page.selectFirst("#trend svg");
        assertNotNull(svg, "the chart is inline SVG, no script needed");
        assertEquals("img", svg.attr("role"));
        assertFalse(svg.select("title").isEmpty() || svg.select("desc").isEmpty());
        List<String> years = page.select("#t-year tbody th").eachText();
        assertEquals(years.size(), svg.select("g.bar").size(), "one bar per year row");
        int ruled = 0;
        for (Element rect : svg.select("rect")) {
            assertTrue(rect.attr("class").startsWith("outcome-"), rect.toString());
            ruled += Integer.parseInt(rect.selectFirst("title").text().replaceAll(".*: (\\d+) .*", "$1"));
        }
        assertEquals(total("/api/search?type=ruling"), ruled, "the bars add up to all rulings");
        assertTrue(page.select("script").stream().noneMatch(s -> s.attr("src").isEmpty()), "no inline script");
    }

    @Test
    void zero_cell_links_to_an_empty_result_list_not_to_an_error() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(get("/vergleich").body());
        Element zero = page.select("#t-city tbody a.cell").stream().filter(a -> a.text().equals("0")).findFirst().orElseThrow();
        HttpResponse<String> list = get(zero.attr("href"));
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Keine Treffer"), zero.attr("href"));
    }

    @Test
    void comparison_follows_query_and_filters_and_shows_nothing_for_news_only() throws Exception {
        String search = "q=Verlustfeststellung&city=Gelsenkirchen&city=Duisburg";
        org.jsoup.nodes.Document page = Jsoup.parse(get("/vergleich?" + search).body());
        assertEquals(java.util.Set.of("Gelsenkirchen", "Duisburg"),
                new java.util.HashSet<>(page.select("#t-city tbody th").eachText()));
        assertEquals(2, page.select("#t-city tbody tr").size());
        assertEquals(total("/api/search?" + search + "&type=ruling") + " Entscheidungen", page.getElementById("ruling-count").text());
        assertEquals("Verlustfeststellung", page.getElementById("q").val(), "the query stays in the form");
        HttpResponse<String> news = get("/vergleich?type=news");
        assertEquals(200, news.statusCode());
        assertTrue(news.body().contains("Keine Entscheidungen für diese Suche"));
        assertEquals(400, get("/vergleich?from=gestern").statusCode());
    }

    // ------------------------------------------------------------------ /stadt

    @Test
    void city_page_shows_newest_rulings_and_news_side_by_side_with_outcomes_and_courts() throws Exception {
        HttpResponse<String> r = get("/stadt/" + pathEnc("Düsseldorf"));
        assertEquals(200, r.statusCode());
        org.jsoup.nodes.Document page = Jsoup.parse(r.body());
        assertEquals("Düsseldorf", page.selectFirst("h1").text());
        assertFalse(page.select("#rulings-h ~ ol li").isEmpty(), "rulings column");
        assertFalse(page.select("#news-h ~ ol li").isEmpty(), "news column");
        int rulings = total("/api/search?city=" + enc("Düsseldorf") + "&type=ruling");
        int outcomeSum = page.select("#outcomes-h ~ ul a").eachText().stream().mapToInt(Integer::parseInt).sum();
        assertEquals(rulings, outcomeSum, "outcome counts add up to the city's rulings");
        assertTrue(page.select("#courts-h ~ ul a").eachText().contains("VG Düsseldorf"));
        List<String> dates = page.select("#rulings-h ~ ol .meta").eachText().stream()
                .map(m -> m.replaceAll(".*(\\d\\d)\\.(\\d\\d)\\.(\\d{4}).*", "$3$2$1")).toList();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        assertEquals(404, get("/stadt/Atlantis").statusCode());
        org.jsoup.nodes.Document index = Jsoup.parse(get("/stadt").body());
        assertTrue(index.select(".city-list a").eachText().containsAll(List.of("Duisburg", "Düsseldorf", "Gelsenkirchen")));
    }

    // ------------------------------------------------------------------ exports

    @Test
    void csv_export_opens_with_the_documented_columns_and_german_characters_intact() throws Exception {
        HttpResponse<byte[]> r = http.send(request("/export.csv?city=" + enc("Düsseldorf")), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("content-disposition").orElse("").contains("tenor-export.csv"));
        byte[] body = r.body();
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF), "UTF-8 BOM for Excel");
        List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertEquals(CsvExport.HEADER, rows.getFirst());
        assertEquals(total("/api/search?city=" + enc("Düsseldorf")), rows.size() - 1);
        int city = CsvExport.HEADER.indexOf("city");
        int court = CsvExport.HEADER.indexOf("court");
        assertTrue(rows.stream().skip(1).anyMatch(row -> row.get(city).equals("Düsseldorf")), "umlaut intact");
        assertTrue(rows.stream().skip(1).anyMatch(row -> row.get(court).equals("VG Düsseldorf")));
        rows.stream().skip(1).forEach(row -> assertEquals(CsvExport.HEADER.size(), row.size(), row.toString()));
    }

    @Test
    void exports_of_zero_hits_are_valid_empty_files() throws Exception {
        String none = "?q=" + enc("Zzyzxquatsch");
        List<List<String>> csv = parseCsv(get("/export.csv" + none).body().substring(1));
        assertEquals(List.of(CsvExport.HEADER), csv);
        JsonNode exported = json.readTree(get("/export.json" + none).body());
        assertEquals(0, exported.get("total").asInt());
        assertEquals(0, exported.get("documents").size());
        assertFalse(exported.get("capped").asBoolean());
        assertTrue(get("/zitierliste" + none).body().contains("Keine Treffer."));
    }

    @Test
    void json_export_lists_every_hit_with_its_tenor_link() throws Exception {
        JsonNode exported = json.readTree(get("/export.json?q=Minijob").body());
        int total = total("/api/search?q=Minijob");
        assertEquals(total, exported.get("total").asInt());
        assertEquals(total, exported.get("documents").size());
        assertEquals(ExportRows.CAP, exported.get("cap").asInt());
        JsonNode first = exported.get("documents").get(0);
        assertTrue(first.get("tenorUrl").asText().matches("http://127\\.0\\.0\\.1:\\d+/doc/[0-9a-f]+"), first.toString());
        assertEquals(200, get(URI.create(first.get("tenorUrl").asText()).getPath()).statusCode());
    }

    @Test
    void a_capped_export_says_so_in_the_file() throws Exception {
        SearchRequest all = SearchRequest.of("");
        ExportRows rows = ExportRows.fetch(server.searcher, all, 5, null, true);
        assertEquals(5, rows.hits().size());
        assertTrue(rows.capped());
        String csv = CsvExport.write(rows, "http://x");
        String last = csv.strip().lines().toList().getLast();
        assertTrue(last.startsWith("# Export auf 5 von " + rows.total() + " Treffern begrenzt"), last);
        assertTrue(CitationList.write(rows, "http://x", java.time.LocalDate.of(2026, 11, 30)).contains("begrenzt"));
    }

    @Test
    void zitierliste_gives_cite_ready_lines_with_docket_ecli_rn_and_url() throws Exception {
        HttpResponse<String> r = get("/zitierliste?q=Minijob&type=ruling");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        List<String> entries = r.body().lines().filter(l -> l.matches("\\d+\\. .*")).toList();
        assertEquals(total("/api/search?q=Minijob&type=ruling"), entries.size());
        for (String e : entries) {
            assertTrue(e.matches("\\d+\\. (VG|OVG|SG|LSG|BSG|BVerwG|EuGH)[^,]*, (Beschluss|Urteil|Gerichtsbescheid|Entscheidung)( vom \\d\\d\\.\\d\\d\\.\\d{4})? – .+ –, .*https?://\\S+"), e);
        }
        assertTrue(entries.stream().anyMatch(e -> e.contains("ECLI:DE:")), "ECLI where known");
        assertTrue(entries.stream().anyMatch(e -> e.matches(".*, Rn\\. \\d+, .*")), "Rn. of the highlighted passage");
    }

    @Test
    void rn_is_the_paragraph_of_the_first_highlighted_passage() throws Exception {
        int found = 0;
        // As the citation list reads them: rows with snippets and paragraphs (a result page's hits carry no paragraphs).
        for (SearchHit hit : server.searcher.rows(SearchRequest.of("Minijob"), SortOrder.RELEVANCE, 10, true).hits()) {
            var rn = CitationList.rn(hit.document(), hit.snippetHtml());
            if (rn.isPresent()) {
                String marked = hit.snippetHtml().replaceAll("(?s).*?<mark>(.*?)</mark>.*", "$1");
                String paragraph = hit.document().paragraphs().stream().filter(p -> rn.get().equals(p.number()))
                        .findFirst().orElseThrow().text();
                assertTrue(paragraph.contains(marked), "Rn. " + rn.get() + " should hold '" + marked + "': " + paragraph);
                found++;
            }
        }
        assertTrue(found > 0, "some hit for Minijob has an Rn.");
    }

    @Test
    void bad_export_parameters_are_400_json_not_html() throws Exception {
        for (String path : List.of("/export.csv?from=13.05.2024", "/export.json?sort=random", "/feed.atom?q=" + enc("\"offen"),
                "/zitierliste?page=x")) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(json.readTree(r.body()).has("error"), path + ": " + r.body());
        }
    }

    // ------------------------------------------------------------------ /feed.atom

    @Test
    void feed_is_well_formed_atom_newest_first_with_links_to_document_pages() throws Exception {
        HttpResponse<String> r = get("/feed.atom?q=Verlustfeststellung&city=Gelsenkirchen");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/atom+xml"));
        org.w3c.dom.Document feed = parseXml(r.body());
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(root, required).size(), "feed/" + required);
        }
        List<org.w3c.dom.Element> entries = children(root, "entry");
        assertEquals(Math.min(AtomFeed.ENTRIES, total("/api/search?q=Verlustfeststellung&city=Gelsenkirchen")), entries.size());
        Instant previous = Instant.MAX;
        for (org.w3c.dom.Element e : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children(e, required).size(), "entry/" + required);
            }
            Instant updated = Instant.parse(children(e, "updated").getFirst().getTextContent());
            assertFalse(updated.isAfter(previous), "newest first");
            previous = updated;
            org.w3c.dom.Element link = children(e, "link").getFirst();
            assertEquals("alternate", link.getAttribute("rel"));
            String path = URI.create(link.getAttribute("href")).getPath();
            assertTrue(path.startsWith("/doc/"), path);
            assertEquals(200, get(path).statusCode());
        }
        assertTrue(Instant.parse(children(root, "updated").getFirst().getTextContent()).equals(
                Instant.parse(children(entries.getFirst(), "updated").getFirst().getTextContent())));
    }

    @Test
    void feed_of_zero_hits_is_a_valid_empty_feed() throws Exception {
        HttpResponse<String> r = get("/feed.atom?q=" + enc("Zzyzxquatsch") + "&city=Hagen");
        assertEquals(200, r.statusCode());
        org.w3c.dom.Element root = parseXml(r.body()).getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals(0, children(root, "entry").size());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertEquals(1, children(root, required).size(), "feed/" + required);
        }
    }

    @Test
    void feed_stays_well_formed_with_control_characters_and_markup_in_the_query() throws Exception {
        HttpResponse<String> r = get("/feed.atom?q=" + enc("Minijob \u0007 <b>&") + "&city=" + enc("Düss\u0001eldorf"));
        assertEquals(200, r.statusCode());
        org.w3c.dom.Element root = parseXml(r.body()).getDocumentElement();
        assertTrue(children(root, "title").getFirst().getTextContent().contains("<b>&"));
    }

    @Test
    void result_page_links_to_comparison_exports_and_feed() throws Exception {
        org.jsoup.nodes.Document page = Jsoup.parse(get("/search?q=Minijob&city=Duisburg").body());
        Element alternate = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
        assertNotNull(alternate);
        assertEquals("/feed.atom?q=Minijob&city=Duisburg", alternate.attr("href"));
        assertEquals("/vergleich?q=Minijob&city=Duisburg", page.getElementById("compare-link").attr("href"));
        List<String> tools = page.select("#tools a").eachAttr("href");
        assertTrue(tools.containsAll(List.of("/export.csv?q=Minijob&city=Duisburg", "/export.json?q=Minijob&city=Duisburg",
                "/zitierliste?q=Minijob&city=Duisburg")), tools.toString());
        for (String nav : List.of("/vergleich", "/stadt")) {
            assertFalse(page.select("nav.mainnav a[href=" + nav + "]").isEmpty(), nav);
        }
    }

    // ------------------------------------------------------------------ citations on document pages

    @Test
    void ruling_page_lists_what_cites_it_and_links_cited_dockets_to_a_search() throws Exception {
        String id = json.readTree(get("/api/search?q=" + enc("24 L 1239/21") + "&type=ruling").body())
                .get("hits").get(0).get("id").asText();
        org.jsoup.nodes.Document page = Jsoup.parse(get("/doc/" + id).body());
        assertTrue(page.select("#cited-by a").eachText().contains("VG Düsseldorf: 3 Wochenstunden sind zu wenig"),
                "the news item that names the docket");
        Element genc = page.select("#cites a").stream().filter(a -> a.text().equals("C-14/09 (Genc)")).findFirst().orElseThrow();
        assertEquals("/search?euCase=" + enc("C-14/09 (Genc)"), genc.attr("href"));
        assertTrue(total("/api" + genc.attr("href")) > 1, "the EuGH facet finds the rulings that apply Genc");
        assertFalse(page.select("#cites + .norms a").isEmpty(), "cited norms link to the norm facet");
    }

    @Test
    void demo_documents_pass_the_redaction_check() throws Exception {
        SearchRequest all = new SearchRequest("", java.util.Map.of(), null, null, null, 1, SearchRequest.MAX_PAGE_SIZE);
        List<String> problems = new ArrayList<>();
        for (SearchHit hit : server.searcher.search(all).hits()) {
            RedactionCheck.check(hit.document().text()).forEach(f -> problems.add(hit.document().id() + ": " + f));
        }
        assertEquals(List.of(), problems, "the fictional demo corpus shows initials only");
    }

    @Test
    void hostile_parameters_on_the_research_routes_never_give_a_5xx_an_unescaped_echo_or_a_broken_feed() throws Exception {
        String[] pieces = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "\u0007", "\u0000", "\uD800", "'",
            "(", "*", "Düsseldorf", "unknown", "../../etc/passwd", "=cmd|' /C calc'!A0", "😀", "x".repeat(200), "-1", "1e308"};
        String[] params = {"q", "city", "outcome", "year", "courtBranch", "procedure", "norm", "euCase", "type", "from", "sort"};
        String[] paths = {"/vergleich", "/export.csv", "/export.json", "/zitierliste", "/feed.atom", "/stadt/"};
        java.util.Random random = new java.util.Random(7);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String path = paths[random.nextInt(paths.length)];
            String value = pieces[random.nextInt(pieces.length)] + (random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : "");
            String url = path.endsWith("/") ? path + enc(value).replace("+", "%20")
                    : path + "?" + params[random.nextInt(params.length)] + "=" + enc(value);
            HttpResponse<String> r = get(url);
            if (r.statusCode() >= 500) {
                problems.add(r.statusCode() + " " + url);
            } else if (!url.startsWith("/export.csv") && !url.startsWith("/zitierliste")
                    && (r.body().contains("<script>alert") || r.body().contains("<img src=x"))) {
                problems.add("unescaped " + url);
            } else if (url.startsWith("/feed.atom") && r.statusCode() == 200) {
                parseXml(r.body());
            }
        }
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------ helpers

    private static int total(String apiPath) throws Exception {
        HttpResponse<String> r = get(apiPath);
        assertEquals(200, r.statusCode(), apiPath + ": " + r.body());
        return json.readTree(r.body()).get("total").asInt();
    }

    /** RFC 4180 with ';': quoted fields may hold separators, quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static org.w3c.dom.Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String localName) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element e && ATOM.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }




    private static String pathEnc(String s) {
        return enc(s).replace("+", "%20");
    }
}
