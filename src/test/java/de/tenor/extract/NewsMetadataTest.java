package de.tenor.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Publication date in the order of issue 4: JSON-LD, OpenGraph/article:*, meta, time, URL, German text. */
class NewsMetadataTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    private static final String BODY = "<article><h1>Überschrift</h1><p>Beispieldaten – keine echten Entscheidungen. "
            + "Veröffentlicht am 5. Januar 2026. Die Stadt Hagen prüft, ob Unionsbürger als Arbeitnehmer gelten, und "
            + "verlangt dafür Lohnabrechnungen und Arbeitsverträge von allen Betroffenen.</p><time datetime=\"2025-04-04\">4.4.2025</time></article>";

    private LocalDate published(String head, String url) throws ExtractionException {
        String html = "<html><head>" + head + "</head><body>" + BODY + "</body></html>";
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "n.html", url, TestFiles.FETCHED).news().published();
    }

    @Test
    void json_ld_comes_first() throws ExtractionException {
        assertEquals(LocalDate.of(2025, 1, 1), published("""
                <meta property="article:published_time" content="2025-02-02T10:00:00+01:00">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-01T08:00:00+01:00"}</script>""",
                "https://x.example/2025/03/03/a.html"));
    }

    @Test
    void open_graph_before_other_meta_tags() throws ExtractionException {
        assertEquals(LocalDate.of(2025, 2, 2), published("""
                <meta name="date" content="2025-03-03"><meta property="article:published_time" content="2025-02-02T10:00:00+01:00">""",
                "https://x.example/a.html"));
    }

    @Test
    void meta_date_before_time_element() throws ExtractionException {
        assertEquals(LocalDate.of(2025, 3, 3), published("<meta name=\"dc.date\" content=\"2025-03-03\">", "https://x.example/a.html"));
    }

    @Test
    void time_element_before_url() throws ExtractionException {
        assertEquals(LocalDate.of(2025, 4, 4), published("", "https://x.example/2025/03/03/a.html"));
    }

    @Test
    void url_before_german_text_and_text_last() throws ExtractionException {
        String noTime = "<html><body><article><h1>Ü</h1><p>Veröffentlicht am 5. Januar 2026</p><p>Beispieldaten – keine "
                + "echten Entscheidungen. Die Stadt Hagen prüft den Aufenthalt von Unionsbürgern mit kleinen Jobs.</p></article></body></html>";
        byte[] bytes = noTime.getBytes(StandardCharsets.UTF_8);
        assertEquals(LocalDate.of(2025, 3, 3), extractor.extract(bytes, "n.html", "https://x.example/lokal/2025/03/03/a.html",
                TestFiles.FETCHED).news().published());
        assertEquals(LocalDate.of(2026, 1, 5), extractor.extract(bytes, "n.html", "https://x.example/lokal/a.html",
                TestFiles.FETCHED).news().published());
    }

    @Test
    void impossible_and_missing_dates_stay_null() throws ExtractionException {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2031-01-01\"></head><body><article>"
                + "<p>Beispieldaten – keine echten Entscheidungen. Ohne Datum, nur Text über die Stadt Herne und ihre Jobcenter.</p>"
                + "</article></body></html>";
        Document d = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "n.html", "corpus:n.html", TestFiles.FETCHED);
        assertNull(d.news().published());
        assertNull(d.news().outlet());
    }

    @Test
    void outlet_and_headline_come_from_json_ld_when_open_graph_is_missing() throws ExtractionException {
        String html = """
                <html><head><title>Seite | Portal</title><script type="application/ld+json">
                [{"@type":"Organization","name":"Falsch"},{"@type":["NewsArticle"],"headline":"Gericht entscheidet",
                "datePublished":"2025-05-05","publisher":{"@type":"Organization","name":"Ruhrbote"}}]</script></head>
                <body><article><p>Beispieldaten – keine echten Entscheidungen. Das Sozialgericht Dortmund hat entschieden.</p>
                </article></body></html>""";
        Document d = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "n.html", "corpus:n.html", TestFiles.FETCHED);
        assertEquals(DocType.NEWS, d.type());
        assertEquals("Gericht entscheidet", d.title());
        assertEquals("Ruhrbote", d.news().outlet());
        assertEquals(LocalDate.of(2025, 5, 5), d.news().published());
    }
}
