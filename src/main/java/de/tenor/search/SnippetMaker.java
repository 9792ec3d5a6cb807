package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.IndexFields;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.util.Set;
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
    private static final Set<String> HIGHLIGHTED_FIELDS = Set.of(IndexFields.TEXT, IndexFields.ALL_PARTS,
            IndexFields.TITLE, IndexFields.TENOR, IndexFields.SPELL);

    private final Analyzer analyzer;

    SnippetMaker() {
        this.analyzer = TenorAnalyzer.forHighlighting();
    }

    /** One snippet per doc in {@code page}; null where the query matched no words of the text. */
    String[] snippets(IndexSearcher searcher, Query query, TotalHits total, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        // Issue 9: re-analysing ten full texts (compound splitting, two stemmers) was ~65 % of a
        // search. Most hits contain the typed words themselves, whose offsets the text field's
        // postings already hold; only hits without such a word (found through a compound part, a
        // Snowball stem or a synonym alone) are re-analysed, so those still mark the words they came from.
        String[] out = highlighter(searcher, false).highlight(IndexFields.TEXT, query, new TopDocs(total, page), PASSAGES);
        int missing = 0;
        for (String s : out) {
            if (s == null) {
                missing++;
            }
        }
        if (missing == 0) {
            return out;
        }
        ScoreDoc[] rest = new ScoreDoc[missing];
        for (int i = 0, j = 0; i < page.length; i++) {
            if (out[i] == null) {
                rest[j++] = page[i];
            }
        }
        String[] reanalysed = highlighter(searcher, true).highlight(IndexFields.TEXT, query, new TopDocs(total, rest), PASSAGES);
        for (int i = 0, j = 0; i < page.length; i++) {
            if (out[i] == null) {
                out[i] = reanalysed[j++];
            }
        }
        return out;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean reanalyse) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                // Terms of the recall and precise fields mark words of the text: "Eigenschaft" marks
                // "Arbeitnehmereigenschaft", a synonym marks the word it stands for.
                .withFieldMatcher(HIGHLIGHTED_FIELDS::contains);
        if (reanalyse) {
            return new RecallHighlighter(builder);
        }
        // Weight.matches() reports the query as "unknown" terms, which makes the highlighter fall
        // back to re-analysis; term and phrase extraction lets it read the postings' offsets.
        return builder.withWeightMatches(false).build();
    }

    /** Re-analyses the text (see {@code TenorAnalyzer.forHighlighting}) instead of reading offsets from postings. */
    private static final class RecallHighlighter extends UnifiedHighlighter {
        RecallHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.ANALYSIS;
        }
    }

    /** Without a match (empty query) the Tenor is the most useful excerpt of a ruling. */
    String fallback(Document doc) {
        String source = doc.ruling().tenor() != null && !doc.ruling().tenor().isBlank() ? doc.ruling().tenor() : doc.text();
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
