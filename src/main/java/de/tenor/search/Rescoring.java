package de.tenor.search;

import de.tenor.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Issue 21: the proximity bonus of a word query scored for the top hits only. A word query is a
 * gate that decides which documents match plus optional ranking clauses on five precise fields and
 * a sloppy phrase over the text ({@link TenorQueryParser}); the facet counts need every hit, but not
 * the phrase's score of every hit, and the phrase reads positions. So the search collects the best
 * {@link #WINDOW} hits without the phrase, then adds its score to those alone and sorts them again
 * (score, then newest, then index order, as the full query would). The hits, totals and facet
 * counts are exactly those of the full query; the order of the first {@link #WINDOW} hits is that of
 * the full query unless a document outside them would have climbed in by the proximity bonus
 * alone (RescoringTest checks the first pages of a query mix against the full query). Immutable.
 *
 * @param matching the query that selects the hits, with the gate's score
 * @param ranking what the full query adds to a hit's score, or null when nothing was split off
 */
record Rescoring(Query matching, Query ranking) {

    /** Hits scored with the full query; pages within it are ordered exactly as one sort of the window. */
    static final int WINDOW = 200;

    /** Nothing split off: the query scores every hit itself (sorts by date, or no optional clauses). */
    static Rescoring none(Query query) {
        return new Rescoring(query, null);
    }

    /**
     * Splits {@code query} so that, for every document it matches, its score is the sum of the two
     * parts' scores: a Boolean query with a required clause and no minimum of optional ones scores
     * a match as the sum of the clauses it matches, and its optional clauses do not decide whether
     * it matches.
     */
    static Rescoring of(Query query) {
        if (query instanceof BoostQuery boosted) {
            Rescoring inner = of(boosted.getQuery());
            return new Rescoring(new BoostQuery(inner.matching, boosted.getBoost()),
                    inner.ranking == null ? null : new BoostQuery(inner.ranking, boosted.getBoost()));
        }
        if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() > 0
                || bool.clauses().stream().noneMatch(c -> c.occur() == BooleanClause.Occur.MUST)) {
            return none(query);
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        List<Query> ranking = new ArrayList<>();
        for (BooleanClause c : bool.clauses()) {
            if (c.occur() == BooleanClause.Occur.MUST) {
                Rescoring inner = of(c.query());
                matching.add(inner.matching, BooleanClause.Occur.MUST);
                if (inner.ranking != null) {
                    ranking.add(inner.ranking);
                }
            } else if (c.occur() == BooleanClause.Occur.SHOULD && readsPositions(c.query())) {
                ranking.add(c.query());
            } else {
                matching.add(c);
            }
        }
        if (ranking.isEmpty()) {
            return none(query);
        }
        if (ranking.size() == 1) {
            return new Rescoring(matching.build(), ranking.getFirst());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        ranking.forEach(r -> any.add(r, BooleanClause.Occur.SHOULD));
        return new Rescoring(matching.build(), any.build());
    }

    /**
     * Only the optional phrase clauses (the proximity bonus) move to the window: they read the
     * positions of every candidate, while the optional word clauses on title, Tenor, court and city
     * are cheap and decide too much of the order to be left out of it (RescoringTest: "Kläger"
     * ranks by title and Tenor, not by the gate).
     */
    private static boolean readsPositions(Query q) {
        Query inner = q instanceof BoostQuery b ? b.getQuery() : q;
        return inner instanceof PhraseQuery || inner instanceof MultiPhraseQuery;
    }

    /** How many hits to collect by the gate's score for {@code window} hits in the end. */
    int collect(int window) {
        return ranking == null ? window : Math.max(window, WINDOW);
    }

    /**
     * {@code hits} (collected by relevance, then newest first, with scores) with the ranking
     * clauses' score added and sorted again the same way; {@code hits} itself when nothing was split off.
     */
    ScoreDoc[] rescore(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        if (ranking == null || hits.length == 0) {
            return hits;
        }
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
        Weight weight = searcher.createWeight(searcher.rewrite(ranking), ScoreMode.COMPLETE, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long[] dates = new long[byDoc.length];
        int i = 0;
        while (i < byDoc.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc[i].doc, leaves));
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator it = scorer == null ? null : scorer.iterator();
            NumericDocValues date = leaf.reader().getNumericDocValues(IndexFields.SORT_DATE);
            for (; i < byDoc.length && byDoc[i].doc < end; i++) {
                int target = byDoc[i].doc - leaf.docBase;
                if (it != null && it.docID() < target) {
                    it.advance(target);
                }
                if (it != null && it.docID() == target) {
                    // Summed in double and rounded once, as Lucene's Boolean scorers sum clause scores.
                    byDoc[i].score = (float) ((double) byDoc[i].score + scorer.score());
                }
                dates[i] = date != null && date.advanceExact(target) ? date.longValue() : 0L; // SortField.Type.LONG's missing value
                if (byDoc[i] instanceof FieldDoc field && field.fields != null && field.fields.length > 0) {
                    field.fields[0] = byDoc[i].score;
                }
            }
        }
        Integer[] order = new Integer[byDoc.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Float.compare(byDoc[b].score, byDoc[a].score);
            if (c != 0) {
                return c;
            }
            c = Long.compare(dates[b], dates[a]);
            return c != 0 ? c : Integer.compare(byDoc[a].doc, byDoc[b].doc);
        });
        ScoreDoc[] out = new ScoreDoc[byDoc.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = byDoc[order[k]];
        }
        return out;
    }
}
