package de.tenor.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * One fictional news item with the page furniture (navigation, teasers, comments) an extractor has
 * to skip.
 *
 * @param city the city the article is mainly about (truth.csv); the text names others too
 */
record NewsArticle(String file, Outlet outlet, LocalDate published, String title, String author, String city,
        List<String> paragraphs, List<String> teasers, List<String> comments) {

    NewsArticle {
        paragraphs = List.copyOf(paragraphs);
        teasers = List.copyOf(teasers);
        comments = List.copyOf(comments);
    }

    /** The fictional publishers; their names say they are examples. */
    enum Outlet {
        RUHR_KURIER("Ruhr-Kurier (Beispiel)", "ruhr-kurier",
                List.of("Start", "Lokales", "Ruhrgebiet", "Politik", "Sport", "Kultur", "Service")),
        EMSCHER("Emscher Rundschau (fiktiv)", "emscher-rundschau",
                List.of("Startseite", "Gelsenkirchen", "Herne", "Bottrop", "Wirtschaft", "Sport")),
        BEISPIELBLATT("Westdeutsches Beispielblatt", "westdeutsches-beispielblatt",
                List.of("Home", "NRW", "Politik", "Wirtschaft", "Meinung", "Panorama")),
        RUNDBRIEF("Beratungsstelle Beispiel e.V. – Rundbrief", "beratungsstelle-beispiel",
                List.of("Über uns", "Beratung", "Rundbrief", "Termine", "Kontakt"));

        final String name;
        final String slug;
        final List<String> nav;

        Outlet(String name, String slug, List<String> nav) {
            this.name = name;
            this.slug = slug;
            this.nav = nav;
        }
    }
}
