package de.tenor.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsHtmlExtractionTest {

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    private Document article() throws ExtractionException {
        return extractor.extract(TestFiles.resource("news-ruhr-kurier-duisburg.html"), "news-ruhr-kurier-duisburg.html",
                "https://ruhr-kurier.example/duisburg/minijobberin", TestFiles.FETCHED);
    }

    @Test
    void article_metadata_is_read() throws ExtractionException {
        Document d = article();
        assertEquals(DocType.NEWS, d.type());
        assertEquals("Duisburg: Gericht stoppt Ausweisung einer Minijobberin", d.title());
        assertEquals("Ruhr-Kurier", d.news().outlet());
        assertEquals(LocalDate.of(2025, 11, 3), d.news().published());
        assertEquals("https://ruhr-kurier.example/duisburg/minijobberin", d.url());
    }

    @Test
    void boilerplate_is_not_in_text() throws ExtractionException {
        String text = article().text();
        for (String boilerplate : List.of("Wetterbericht", "Abo-Angebote", "Mehr zum Thema", "Artikel teilen",
                "Leser123", "Kommentare", "Meistgelesen", "Impressum", "Tracking")) {
            assertFalse(text.contains(boilerplate), "boilerplate '" + boilerplate + "' leaked into text:\n" + text);
        }
    }

    @Test
    void article_paragraphs_are_in_text() throws ExtractionException {
        Document d = article();
        assertTrue(d.text().contains("Das Verwaltungsgericht Düsseldorf hat die Verlustfeststellung"));
        assertTrue(d.text().contains("Auch eine Teilzeitstelle könne die Arbeitnehmereigenschaft begründen."));
        assertTrue(d.text().contains("Auch in Gelsenkirchen und Dortmund laufen ähnliche Verfahren"));
        assertEquals(4, d.paragraphs().size());
    }

    @Test
    void news_lists_cities_and_cited_cases_but_no_ruling_fields() throws ExtractionException {
        Document d = article();
        assertEquals(List.of("Duisburg", "Düsseldorf", "Gelsenkirchen", "Dortmund"), d.news().cities());
        assertEquals(List.of("7 L 1234/25"), d.references().dockets());
        assertEquals(List.of("53/81 (Levin)"), d.references().euCases());
        assertNull(d.ruling().court());
        assertNull(d.ruling().outcome());
    }

    @Test
    void page_title_suffix_with_outlet_is_dropped_without_open_graph_title() throws ExtractionException {
        String html = """
                <html><head><title>Minijob reicht nicht - Westfalen-Blatt</title>
                <meta property="og:site_name" content="Westfalen-Blatt"></head>
                <body><main><p>In Hagen wurde ein Fall bekannt.</p></main></body></html>""";
        Document d = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "x.html", "corpus:x.html", TestFiles.FETCHED);
        assertEquals("Minijob reicht nicht", d.title());
        assertEquals(List.of("Hagen"), d.news().cities());
    }

    @Test
    void article_quoting_a_court_and_docket_without_ruling_structure_stays_news() throws ExtractionException {
        String html = """
                <html><head><title>Urteil in Gelsenkirchen</title></head><body><article>
                <h1>Urteil in Gelsenkirchen</h1>
                <p>Das Verwaltungsgericht Gelsenkirchen hat am Montag entschieden (Az. 8 L 469/24).</p>
                <p>Die Stadt prüft nun weitere Fälle.</p></article></body></html>""";
        Document d = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "y.html", "corpus:y.html", TestFiles.FETCHED);
        assertEquals(DocType.NEWS, d.type());
    }
}
