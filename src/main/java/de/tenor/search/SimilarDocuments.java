package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.IndexFields;
import de.tenor.index.SearchFields;
import de.tenor.index.TenorAnalyzer;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import java.io.StringReader;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The "Ähnliche Entscheidungen" query: more-like-this over the full text (the words that are
 * frequent in this ruling but rare in the corpus) plus the cited norms and EuGH cases, restricted
 * to rulings other than the document itself. Thread-safe.
 */
final class SimilarDocuments {

    /** Each shared EuGH case or norm counts like a few shared significant words. */
    private static final float EU_CASE_WEIGHT = 0.5f;
    private static final float NORM_WEIGHT = 0.3f;

    private final Analyzer analyzer = TenorAnalyzer.create();

    Query query(IndexReader reader, FacetsConfig facets, Document doc) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        // Boilerplate of every ruling ("Antrag", "Kosten") says nothing about similarity.
        mlt.setMaxDocFreqPct(50);
        mlt.setMinWordLen(4);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(mlt.like(IndexFields.TEXT, new StringReader(doc.text())), BooleanClause.Occur.SHOULD);
        for (String euCase : doc.references().euCases()) {
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.EU_CASE, SearchFields.euCaseNumber(euCase))), EU_CASE_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
        for (String norm : doc.references().norms()) {
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.NORM, SearchFields.normalizeNorm(norm))), NORM_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(1);
        b.add(new TermQuery(new Term(IndexFields.ID, doc.id())), BooleanClause.Occur.MUST_NOT);
        String typeField = facets.getDimConfig(IndexFields.TYPE).indexFieldName;
        b.add(new TermQuery(DrillDownQuery.term(typeField, IndexFields.TYPE, "ruling")), BooleanClause.Occur.FILTER);
        return b.build();
    }
}
