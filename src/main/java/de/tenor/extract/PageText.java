package de.tenor.extract;

import org.jsoup.nodes.Document;

/**
 * The text the extractor reads from a web page: its main content (as a news item's body) and, as the
 * baseline a measurement compares with, the whole page. Lets {@code bench} score the extractor without
 * opening its parts. Thread-safe.
 */
public final class PageText {

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final MainContent mainContent = new MainContent();

    /** The page as the extractor parses it: charset detected from the bytes, links resolved against {@code url}. */
    public Document parse(byte[] html, String url) {
        return decoder.parse(html, url);
    }

    /** The article body, paragraphs separated by a blank line; navigation, teasers and comments left out. */
    public String mainContent(Document page) {
        return String.join("\n\n", mainContent.paragraphs(page.clone()));
    }

    /** Every visible line of the page. */
    public String wholePage(Document page) {
        return String.join("\n", HtmlText.lines(page.body()));
    }
}
