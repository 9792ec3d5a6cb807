package de.tenor.extract;

import java.util.List;
import java.util.Objects;

/**
 * What {@link NewsHtmlReader} found in an article, as printed. Absent values are empty strings.
 *
 * @param published the raw date string (meta {@code article:published_time}, {@code <time datetime>})
 * @param paragraphs the article's paragraphs without navigation, teasers, comments and footer
 */
record NewsParts(String title, String outlet, String published, List<String> paragraphs) {

    NewsParts {
        title = title == null ? "" : Texts.normalizeSpace(title);
        outlet = outlet == null ? "" : Texts.normalizeSpace(outlet);
        published = published == null ? "" : Texts.normalizeSpace(published);
        paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    }
}
