package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.IndexFields;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.DocIdSetIterator;
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
    /**
     * Most real rulings are longer than Lucene's default of 10,000 characters (36 of the 50 bverwg.de
     * pages): a word found in the reasons must be the snippet, not the ruling's opening.
     */
    private static final int WHOLE_TEXT = Integer.MAX_VALUE - 1;
    /** Characters tried first (Lucene's default limit). */
    private static final int OPENING = 10_000;

    /**
     * One way of finding the matched words in a hit's text.
     *
     * @param offsets ANALYSIS re-analyses the text (see {@code TenorAnalyzer.forHighlighting}) instead of reading
     *                offsets from the postings; null decides from the field infos as usual
     * @param maxLength how much of the text is looked at
     */
    private record Way(UnifiedHighlighter.OffsetSource offsets, int maxLength) {
    }

    /** Tried in this order, each for the hits the ways before found nothing in; a highlighter is built only when one is left. */
    private static final List<Way> WAYS = List.of(new Way(null, OPENING), new Way(null, WHOLE_TEXT),
            new Way(UnifiedHighlighter.OffsetSource.ANALYSIS, OPENING), new Way(UnifiedHighlighter.OffsetSource.ANALYSIS, WHOLE_TEXT));
    private static final Set<String> HIGHLIGHTED_FIELDS = Set.of(IndexFields.TEXT, IndexFields.ALL_PARTS,
            IndexFields.TITLE, IndexFields.TENOR, IndexFields.SPELL);

    private final Analyzer analyzer;

    SnippetMaker() {
        this.analyzer = TenorAnalyzer.forHighlighting();
    }

    /**
     * One snippet per doc in {@code page}; null where the query matched no words of the text.
     * {@code stored} holds each page doc's stored fields, read once by the caller (issue 21: the
     * highlighter would otherwise decompress every hit's text a second time), and {@code fieldInfos}
     * the index generation's merged field infos (built once per generation, not once per highlighter).
     */
    String[] snippets(IndexSearcher searcher, FieldInfos fieldInfos, Query query, TotalHits total, ScoreDoc[] page,
                      org.apache.lucene.document.Document[] stored) throws IOException {
        if (page.length == 0) {
            return new String[0];
        }
        Map<Integer, org.apache.lucene.document.Document> byDoc = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            byDoc.put(page[i].doc, stored[i]);
        }
        Loaded loaded = new Loaded(fieldInfos, byDoc);
        // Issue 9: re-analysing ten full texts (compound splitting, two stemmers) was ~65 % of a
        // search. Most hits contain the typed words themselves, whose offsets the text field's
        // postings already hold; only hits without such a word (found through a compound part, a
        // Snowball stem or a synonym alone) are re-analysed, so those still mark the words they came
        // from. Each way looks at the opening first and at the whole text only for the hits whose
        // opening has no match: most hits have one, and the work grows with the text's length.
        String[] out = new String[page.length];
        for (Way way : WAYS) {
            List<ScoreDoc> rest = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                if (out[i] == null) {
                    rest.add(page[i]);
                }
            }
            if (rest.isEmpty()) {
                break;
            }
            String[] found = highlighter(searcher, way, loaded)
                    .highlight(IndexFields.TEXT, query, new TopDocs(total, rest.toArray(new ScoreDoc[0])), PASSAGES);
            for (int i = 0, j = 0; i < page.length; i++) {
                if (out[i] == null) {
                    out[i] = found[j++];
                }
            }
        }
        return out;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Way way, Loaded loaded) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withMaxLength(way.maxLength())
                // Passages are whole sentences of German legal text: not "März 2019 …" cut off a date (GermanSentenceIterator).
                .withBreakIterator(GermanSentenceIterator::new)
                // Terms of the recall and precise fields mark words of the text: "Eigenschaft" marks
                // "Arbeitnehmereigenschaft", a synonym marks the word it stands for.
                .withFieldMatcher(HIGHLIGHTED_FIELDS::contains);
        if (way.offsets() == null) {
            // Weight.matches() reports the query as "unknown" terms, which makes the highlighter fall
            // back to re-analysis; term and phrase extraction lets it read the postings' offsets.
            builder.withWeightMatches(false);
        }
        return new LoadedHighlighter(builder, loaded, way.offsets());
    }

    /** The stored fields of the page and the generation's field infos, both read before highlighting. */
    private record Loaded(FieldInfos fieldInfos, Map<Integer, org.apache.lucene.document.Document> byDoc) {
    }

    /**
     * Reads field values and field infos from {@link Loaded} instead of the index. With
     * {@code offsets} ANALYSIS it re-analyses the text (see {@code TenorAnalyzer.forHighlighting})
     * instead of reading offsets from postings; with null it decides from the field infos as usual.
     */
    private static final class LoadedHighlighter extends UnifiedHighlighter {
        private final Loaded loaded;
        private final OffsetSource offsets;

        LoadedHighlighter(UnifiedHighlighter.Builder builder, Loaded loaded, OffsetSource offsets) {
            super(builder);
            this.loaded = loaded;
            this.offsets = offsets;
        }

        @Override
        protected OffsetSource getOffsetSource(String field) {
            return offsets != null ? offsets : super.getOffsetSource(field);
        }

        @Override
        protected FieldInfo getFieldInfo(String field) {
            return loaded.fieldInfos().fieldInfo(field);
        }

        /** As the stock method's {@code LimitedStoredFieldVisitor}: values joined by the separator, cut at the maximum length. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                org.apache.lucene.document.Document stored = loaded.byDoc().get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    values[f] = limited(stored.getValues(fields[f]));
                }
                out.add(values);
            }
            return out;
        }

        private CharSequence limited(String[] values) {
            if (values.length == 0) {
                return null;
            }
            int max = getMaxLength();
            if (values.length == 1) {
                return values[0].substring(0, Math.min(max, values[0].length()));
            }
            StringBuilder b = new StringBuilder(values[0].substring(0, Math.min(max, values[0].length())));
            for (int i = 1; i < values.length; i++) {
                int room = max - b.length();
                if (room > 0) {
                    b.append(MULTIVAL_SEP_CHAR).append(values[i], 0, Math.min(room - 1, values[i].length()));
                }
            }
            return b;
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
