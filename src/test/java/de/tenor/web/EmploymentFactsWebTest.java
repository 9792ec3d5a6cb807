package de.tenor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11 over real HTTP on the demo corpus: hour and pay ranges and the worker-status facet on
 * the search routes, the fields in every output, and the threshold view {@code /schwellen}.
 */
class EmploymentFactsWebTest extends DemoHttpTest {




    @Test
    void eight_to_twelve_hours_affirmed_returns_only_such_rulings() throws Exception {
        JsonNode body = getJson("/api/search?hoursMin=8&hoursMax=12&workerStatus=affirmed&pageSize=100");
        int total = body.get("total").asInt();
        assertTrue(total > 0, "the demo corpus has rulings affirming worker status at 8–12 hours");
        assertEquals(total, body.get("hits").size());
        for (JsonNode hit : body.get("hits")) {
            assertEquals("affirmed", hit.get("workerStatus").asText(), hit.toString());
            double low = hit.get("weeklyHours").asDouble();
            double high = hit.get("weeklyHoursMax").isNull() ? low : hit.get("weeklyHoursMax").asDouble();
            assertTrue(low <= 12 && high >= 8, "hours overlap 8–12: " + hit);
        }
        JsonNode facet = body.get("facets").get("workerStatus");
        assertTrue(facet.toString().contains("\"value\":\"affirmed\"") && facet.toString().contains("\"selected\":true"), facet.toString());
        assertTrue(total < getJson("/api/search?workerStatus=affirmed&pageSize=1").get("total").asInt(),
                "the hours range narrows the affirmed rulings");
    }

    @Test
    void pay_range_keeps_rulings_whose_monthly_pay_lies_in_it() throws Exception {
        JsonNode body = getJson("/api/search?payMin=500&payMax=700&pageSize=100");
        assertTrue(body.get("total").asInt() > 0);
        for (JsonNode hit : body.get("hits")) {
            double pay = hit.get("monthlyPayEur").asDouble();
            assertTrue(pay >= 500 && pay <= 700, hit.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hoursMin=abc              | keine Zahl
            hoursMin=-3               | negativ
            payMax=-0,5               | negativ
            hoursMin=12&hoursMax=8    | Minimum 12 liegt über dem Maximum 8
            payMin=700&payMax=500     | Minimum 700 € liegt über dem Maximum 500 €
            payMin=1e5                | keine Zahl
            hoursMax=NaN              | keine Zahl
            hoursMax=Infinity         | keine Zahl
            """)
    void bad_ranges_are_a_400_with_a_message(String params, String message) throws Exception {
        HttpResponse<String> r = get("/api/search?" + params);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        String error = json.readTree(r.body()).get("error").asText();
        assertTrue(error.contains(message), error);
        assertFalse(r.body().contains("Exception"), r.body());
    }

    @Test
    void bad_range_in_the_ui_is_a_friendly_note() throws Exception {
        HttpResponse<String> r = get("/search?q=Minijob&hoursMin=zw%C3%B6lf");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("id=\"query-error\""), r.body());
        assertTrue(r.body().contains("Parameter hoursMin=zwölf ist keine Zahl"), r.body());
        HttpResponse<String> chart = get("/schwellen?hoursMin=8&hoursMax=4");
        assertEquals(400, chart.statusCode());
        assertTrue(chart.body().contains("Minimum 8 liegt über dem Maximum 4"), chart.body());
    }

    @Test
    void an_empty_range_gives_an_empty_result_with_the_filter_removable() throws Exception {
        assertEquals(0, getJson("/api/search?q=Minijob&hoursMin=55&hoursMax=60").get("total").asInt());
        String html = get("/search?q=Minijob&hoursMin=55&hoursMax=60").body();
        assertTrue(html.contains("id=\"empty\""), "the empty-result help is shown");
        assertTrue(html.contains("href=\"/search?q=Minijob\" aria-label=\"Filter entfernen: Wochenstunden: 55–60\""), html);
        assertTrue(html.contains("id=\"hoursMin\" name=\"hoursMin\" type=\"number\" min=\"0\" step=\"any\" inputmode=\"decimal\" value=\"55\""),
                "the form keeps the range");
    }

    @Test
    void ranges_stay_in_links_and_each_is_removable_alone() throws Exception {
        String html = get("/search?q=Minijob&hoursMin=8&payMax=600").body();
        assertTrue(html.contains("href=\"/search?q=Minijob&amp;payMax=600\" aria-label=\"Filter entfernen: Wochenstunden: ab 8\""), html);
        assertTrue(html.contains("href=\"/search?q=Minijob&amp;hoursMin=8\" aria-label=\"Filter entfernen: Monatslohn: bis 600 €\""), html);
        assertTrue(html.contains("href=\"/schwellen?q=Minijob&amp;hoursMin=8&amp;payMax=600\""), "the threshold link keeps the ranges");
        assertTrue(html.contains("Std./Woche"), "hits show their hours");
    }

    @Test
    void facts_appear_in_the_document_api_the_page_and_the_csv_export() throws Exception {
        String id = getJson("/api/search?hoursMin=8&hoursMax=12&workerStatus=affirmed").get("hits").get(0).get("id").asText();
        JsonNode doc = getJson("/api/doc/" + id);
        for (String field : List.of("weeklyHours", "monthlyPayEur", "employedSince", "jobType", "workerStatus", "workerStatusEvidence")) {
            assertFalse(doc.get(field).isNull(), field + " in " + doc.get("title"));
        }
        assertTrue(doc.has("weeklyHoursMax") && doc.has("hourlyWageEur"));
        String page = get("/doc/" + id).body();
        assertTrue(page.contains("id=\"fakten\"") && page.contains("class=\"badge ws-affirmed\">bejaht</span>"), page);
        assertTrue(page.contains(escape(doc.get("workerStatusEvidence").asText())), "the deciding sentence is quoted");

        HttpResponse<String> csv = get("/export.csv?hoursMin=8&hoursMax=12&workerStatus=affirmed");
        assertEquals(200, csv.statusCode());
        List<String> lines = csv.body().lines().toList();
        List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").split(";"));
        assertTrue(header.containsAll(List.of("weeklyHours", "monthlyPayEur", "workerStatus", "jobType", "employedSince")), header.toString());
        int status = header.indexOf("workerStatus");
        assertTrue(lines.size() > 1);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals("affirmed", line.split(";", -1)[status], line);
        }
    }

    @Test
    void threshold_view_draws_one_linked_mark_per_ruling_and_the_same_data_as_a_table() throws Exception {
        HttpResponse<String> r = get("/schwellen");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<svg") && html.contains("id=\"threshold\""), "a server-side chart");
        List<String> markLinks = all(html, "<a href=\"(/doc/[^\"]+)\" class=\"mark ws-(affirmed|denied|open|none)\"");
        assertTrue(markLinks.size() > 20, "marks: " + markLinks.size());
        assertEquals(markLinks.size(), count(html, "<title>") - 1, "every mark has a tooltip title (plus the page's)");
        for (String shape : List.of("class=\"mark ws-affirmed\"", "class=\"mark ws-denied\"", "class=\"mark ws-open\"")) {
            assertTrue(html.contains(shape), "shape and colour for " + shape);
        }
        int rows = count(html, "<tr><th scope=\"row\">");
        assertTrue(rows >= markLinks.size(), "the table lists every plotted ruling: " + rows);
        assertTrue(html.matches("(?s).*<li><a href=\"/schwellen\\?city=[^\"]+\"><strong>[^<]+</strong></a>: Arbeitnehmereigenschaft bejaht ab "
                + "[\\d,]+ Std\\./Woche und [\\d.]+ €/Monat \\([^)]+\\); verneint bis [\\d,]+ Std\\. und [\\d.]+ € \\([^)]+\\)</li>.*"),
                "a city line like 'bejaht ab 6 Std./Woche und 240 €/Monat (VG …); verneint bis 4 Std. und 150 €'");
        assertFalse(html.contains("style="), "CSP: no style attributes");
        assertFalse(html.matches("(?s).*<script>.*"), "CSP: no inline script");
    }

    @Test
    void threshold_view_applies_the_search_filters() throws Exception {
        String html = get("/schwellen?city=Gelsenkirchen&hoursMax=10").body();
        List<String> cities = all(html, "<td>([^<]*)</td><td>\\d\\d\\.\\d\\d\\.\\d{4}</td>");
        assertFalse(cities.isEmpty());
        assertTrue(cities.stream().allMatch("Gelsenkirchen"::equals), cities.toString());
        for (String hours : all(html, "<td>([\\d,–]+) Std\\./Woche</td>")) {
            assertTrue(Double.parseDouble(hours.split("–")[0].replace(',', '.')) <= 10, hours);
        }
        assertTrue(html.contains("Wochenstunden: bis 10"), "the range is named among the filters");
        String empty = get("/schwellen?q=Minijob&hoursMin=55").body();
        assertTrue(empty.contains("id=\"threshold-empty\""));
    }

    private static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String html, String needle) {
        int n = 0;
        for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }


}
