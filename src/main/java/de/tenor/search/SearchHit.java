package de.tenor.search;

import de.tenor.extract.Document;

/**
 * One result row.
 *
 * @param document the stored document (metadata and text)
 * @param snippetHtml HTML-escaped excerpt with the matched words in {@code <mark>}
 */
public record SearchHit(Document document, String snippetHtml) {
}
