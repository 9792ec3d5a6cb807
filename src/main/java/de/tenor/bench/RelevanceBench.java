package de.tenor.bench;

import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import de.tenor.index.SearchFields;
import de.tenor.index.TenorAnalyzer;
import de.tenor.search.InvalidQueryException;
import de.tenor.search.SearchRequest;
import de.tenor.search.SearchResult;
import de.tenor.search.Searcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures Tenor's search against plain BM25 on a judged query set, all built from the same
 * documents in the same run: one text field (title and text) with Lucene's GermanAnalyzer and the
 * classic query parser, once with OR and once with AND between the words, and Tenor's index and
 * {@link Searcher}. Reports nDCG@10 and recall@20 per query and as means per half of the set
 * (dev, test). Indexes live in a temporary folder that is removed afterwards.
 */
public final class RelevanceBench {

    public static final int NDCG_AT = 10;
    public static final int RECALL_AT = 20;

    /** nDCG@10 and recall@20 of one system (one query, or a mean). */
    public record Figures(double ndcg, double recall) {
    }

    /** Figures of one query for the three systems. */
    public record QueryScore(String query, JudgedQueries.Split split, int relevant, Figures bm25Or, Figures bm25And,
                             Figures tenor) {
    }

    /** Means of the three systems over some queries. */
    public record Means(int queries, Figures bm25Or, Figures bm25And, Figures tenor) {

        /** The better of the two BM25 runs by nDCG@10. */
        public Figures bestBm25() {
            return bm25Or.ndcg() >= bm25And.ndcg() ? bm25Or : bm25And;
        }
    }

    /** All queries; means over all of them or over one half. */
    public record Report(List<QueryScore> queries) {
        public Report {
            queries = List.copyOf(queries);
        }

        public Means means() {
            return means(queries);
        }

        public Means means(JudgedQueries.Split split) {
            return means(queries.stream().filter(q -> q.split() == split).toList());
        }

        private static Means means(List<QueryScore> qs) {
            return new Means(qs.size(), mean(qs, QueryScore::bm25Or), mean(qs, QueryScore::bm25And), mean(qs, QueryScore::tenor));
        }

        private static Figures mean(List<QueryScore> qs, java.util.function.Function<QueryScore, Figures> f) {
            return new Figures(qs.stream().mapToDouble(q -> f.apply(q).ndcg()).average().orElse(0),
                    qs.stream().mapToDouble(q -> f.apply(q).recall()).average().orElse(0));
        }
    }

    private RelevanceBench() {
    }

    /**
     * Runs the benchmark. Every judged document must exist among {@code docs} (by docket or file
     * name); otherwise the judgments do not fit the corpus and this throws, naming the reference.
     * Rules of a query grade the documents they match.
     */
    public static Report run(List<Document> docs, JudgedQueries judged, Path workDir) throws IOException {
        Map<String, String> idByRef = references(docs);
        Path dir = Files.createTempDirectory(workDir, "tenor-bench-relevance-");
        try {
            Path baselineDir = buildBaseline(docs, dir.resolve("baseline"));
            IndexLocation tenorIndex = buildTenor(docs, dir.resolve("tenor"));
            try (FSDirectory fs = FSDirectory.open(baselineDir);
                 DirectoryReader reader = DirectoryReader.open(fs);
                 Searcher tenor = new Searcher(tenorIndex)) {
                IndexSearcher baseline = new IndexSearcher(reader);
                List<QueryScore> scores = new ArrayList<>();
                for (JudgedQueries.Query q : judged.queries()) {
                    Map<String, Integer> grades = resolve(q, idByRef, docs);
                    scores.add(new QueryScore(q.text(), q.split(), grades.size(),
                            figures(baseline(baseline, q.text(), QueryParser.Operator.OR), grades),
                            figures(baseline(baseline, q.text(), QueryParser.Operator.AND), grades),
                            figures(tenor(tenor, q.text()), grades)));
                }
                return new Report(scores);
            }
        } finally {
            IndexLocation.deleteTree(dir);
        }
    }

    private static Figures figures(List<String> ranked, Map<String, Integer> grades) {
        return new Figures(RankingMetrics.ndcg(ranked, grades, NDCG_AT), RankingMetrics.recall(ranked, grades, RECALL_AT));
    }

    /** Docket (normalised) and file name of each document → its id. */
    static Map<String, String> references(List<Document> docs) {
        Map<String, String> out = new HashMap<>();
        for (Document d : docs) {
            if (d.ruling().docket() != null) {
                out.put(SearchFields.normalizeDocket(d.ruling().docket()), d.id());
            }
            if (d.sourcePath() != null) {
                out.put(Path.of(d.sourcePath()).getFileName().toString(), d.id());
            }
        }
        return out;
    }

    private static Map<String, Integer> resolve(JudgedQueries.Query q, Map<String, String> idByRef, List<Document> docs) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (Document d : docs) {
            q.rules().stream().filter(r -> r.matches(d)).mapToInt(JudgmentRule::grade).max()
                    .ifPresent(g -> grades.put(d.id(), g));
        }
        q.grades().forEach((ref, grade) -> {
            String id = idByRef.getOrDefault(ref, idByRef.get(SearchFields.normalizeDocket(ref)));
            if (id == null) {
                throw new IllegalArgumentException("Judged document \"" + ref + "\" of query \"" + q.text()
                        + "\" is not in the corpus (neither a docket nor a file name of it).");
            }
            grades.merge(id, grade, Math::max);
        });
        return grades;
    }

    private static Path buildBaseline(List<Document> docs, Path dir) throws IOException {
        try (FSDirectory fs = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(new GermanAnalyzer()))) {
            for (Document d : docs) {
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new StringField(IndexFields.ID, d.id(), Field.Store.YES));
                doc.add(new TextField(IndexFields.TEXT, d.title() + "\n" + d.text(), Field.Store.NO));
                w.addDocument(doc);
            }
        }
        return dir;
    }

    private static IndexLocation buildTenor(List<Document> docs, Path dir) throws IOException {
        IndexLocation location = new IndexLocation(dir);
        Path gen = location.newGeneration();
        DocumentMapper mapper = new DocumentMapper(DocumentMapper.facetsConfig());
        try (FSDirectory fs = FSDirectory.open(gen);
             IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(TenorAnalyzer.create()))) {
            for (Document d : docs) {
                w.addDocument(mapper.toLucene(d));
            }
        }
        location.publish(gen);
        return location;
    }

    private static List<String> baseline(IndexSearcher searcher, String query, QueryParser.Operator operator) throws IOException {
        QueryParser parser = new QueryParser(IndexFields.TEXT, new GermanAnalyzer());
        parser.setDefaultOperator(operator);
        org.apache.lucene.search.Query q;
        try {
            // "/" would start a regular expression; in dockets and norms it is text.
            q = parser.parse(query.replace("/", "\\/"));
        } catch (ParseException e) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q, RECALL_AT).scoreDocs) {
            ids.add(stored.document(sd.doc).get(IndexFields.ID));
        }
        return ids;
    }

    private static List<String> tenor(Searcher searcher, String query) throws IOException {
        try {
            // As the UI and API answer: a typo is searched in its corrected spelling.
            SearchResult r = searcher.searchCorrectingTypos(new SearchRequest(query, Map.of(), null, null, null, 1, RECALL_AT));
            return r.hits().stream().map(h -> h.document().id()).toList();
        } catch (InvalidQueryException e) {
            return List.of();
        }
    }
}
