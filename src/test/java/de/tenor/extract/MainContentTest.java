package de.tenor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.bench.ArticleBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Main-content extraction for news and pages of unknown layout, without per-site rules. */
class MainContentTest {

    private static final String PARAGRAPH = "Beispieldaten – keine echten Entscheidungen. Die Stadt prüft, ob die "
            + "Beschäftigung tatsächlich und echt ist, und sie verlangt Lohnabrechnungen, Arbeitsverträge und Nachweise. ";

    private final MainContent content = new MainContent();

    @Test
    void article_text_is_kept_and_link_lists_menus_and_comments_are_dropped() {
        String html = "<html><body><div class='menu'><a href='/a'>Politik</a> <a href='/b'>Sport</a></div>"
                + "<div class='main-column'><h1>Titelzeile</h1>"
                + "<div class='article-text'><p>" + PARAGRAPH + "Erster Absatz.</p><p>" + PARAGRAPH + "Zweiter Absatz.</p>"
                + "<ul class='related-links'><li><a href='/x'>Weiterer Artikel eins</a></li><li><a href='/y'>Weiterer Artikel zwei</a></li></ul>"
                + "<p>" + PARAGRAPH + "Dritter Absatz.</p></div>"
                + "<div id='comments'><div class='comment-content'><p>" + PARAGRAPH + "Leserkommentar.</p></div></div></div>"
                + "<div class='sidebar'><p>Meistgelesen heute</p></div></body></html>";
        List<String> ps = content.paragraphs(Jsoup.parse(html));
        String text = String.join("\n", ps);
        assertTrue(text.contains("Erster Absatz.") && text.contains("Dritter Absatz."), text);
        for (String boilerplate : List.of("Politik", "Weiterer Artikel", "Leserkommentar", "Meistgelesen", "Titelzeile")) {
            assertFalse(text.contains(boilerplate), boilerplate + " leaked:\n" + text);
        }
    }

    @Test
    void body_cut_into_blocks_around_ads_is_joined_in_page_order() {
        String html = "<html><body><main>"
                + "<div class='grid'><div class='body-chunk'><p>" + PARAGRAPH + "Teil eins.</p><p>" + PARAGRAPH + "Teil zwei.</p></div></div>"
                + "<div class='ad-slot'>Anzeige</div>"
                + "<div class='grid'><div class='body-chunk'><p>" + PARAGRAPH + "Teil drei.</p><p>" + PARAGRAPH + "Teil vier.</p>"
                + "<p>" + PARAGRAPH + "Teil fünf.</p></div></div>"
                + "</main></body></html>";
        String text = String.join("\n", content.paragraphs(Jsoup.parse(html)));
        assertTrue(text.indexOf("Teil eins.") < text.indexOf("Teil drei."), text);
        assertTrue(text.contains("Teil fünf."), text);
        assertFalse(text.contains("Anzeige"), text);
    }

    @Test
    void paragraphs_separated_by_line_breaks_in_one_div_are_found() {
        String html = "<html><body><div id='nav'><a href='/'>Start</a></div><div>" + PARAGRAPH + "Zeile eins.<br><br>"
                + PARAGRAPH + "Zeile zwei.<br><br>" + PARAGRAPH + "Zeile drei.</div></body></html>";
        String text = String.join("\n", content.paragraphs(Jsoup.parse(html)));
        assertTrue(text.contains("Zeile eins.") && text.contains("Zeile drei."), text);
    }

    @Test
    void beats_the_goal_and_the_whole_page_baseline_on_the_zyte_benchmark() throws IOException {
        Path data = TestFiles.shared().resolve("evaldata/article-extraction");
        Assumptions.assumeTrue(Files.isRegularFile(data.resolve("ground-truth.json")), "benchmark data not present");
        ArticleBenchmark.Result r = new ArticleBenchmark().run(data);
        assertEquals(181, r.extractor().pages());
        assertTrue(r.extractor().f1() >= 0.93, "F1 " + r.extractor().f1());
        assertTrue(r.baseline().f1() < r.extractor().f1() - 0.2, "baseline " + r.baseline().f1());
    }
}
