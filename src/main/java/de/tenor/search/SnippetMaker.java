package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.IndexFields;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted excerpts for result rows. Output is HTML-escaped text with {@code <mark>} around
 * matches, so pages can embed it as is. Thread-safe.
 */
final class SnippetMaker {

    private static final int PASSAGES = 2;
    private static final int FALLBACK_CHARS = 240;

    private final Analyzer analyzer;

    SnippetMaker(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per doc in {@code page}; null where the query matched no words of the text. */
    String[] snippets(IndexSearcher searcher, Query query, TotalHits total, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .build();
        return highlighter.highlight(IndexFields.TEXT, query, new TopDocs(total, page), PASSAGES);
    }

    /** Without a match (empty query) the Tenor is the most useful excerpt of a ruling. */
    String fallback(Document doc) {
        String source = doc.tenor() != null && !doc.tenor().isBlank() ? doc.tenor() : doc.text();
        String plain = source.replaceAll("\\s+", " ").strip();
        if (plain.length() > FALLBACK_CHARS) {
            int cut = plain.lastIndexOf(' ', FALLBACK_CHARS);
            plain = plain.substring(0, cut > 0 ? cut : FALLBACK_CHARS) + " …";
        }
        return escape(plain);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
