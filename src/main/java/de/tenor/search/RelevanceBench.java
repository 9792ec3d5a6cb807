package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.IndexLocation;
import de.tenor.index.SearchFields;
import de.tenor.index.TenorAnalyzer;
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
 * Measures Tenor's search against a plain baseline on a judged query set, both built from the same
 * documents in the same run: (a) one text field (title and text) with Lucene's GermanAnalyzer and
 * the classic query parser, AND by default, and (b) Tenor's index and {@link Searcher}. Reports
 * nDCG@10 and recall@20 per query and on average. Indexes live in a temporary folder that is
 * removed afterwards.
 */
public final class RelevanceBench {

    public static final int NDCG_AT = 10;
    public static final int RECALL_AT = 20;

    /** Figures of one query for both systems. */
    public record QueryScore(String query, int relevant, double baselineNdcg, double tenorNdcg,
                             double baselineRecall, double tenorRecall) {
    }

    /** All queries and the means. */
    public record Report(List<QueryScore> queries, double baselineNdcg, double tenorNdcg,
                         double baselineRecall, double tenorRecall) {
        public Report {
            queries = List.copyOf(queries);
        }
    }

    private RelevanceBench() {
    }

    /**
     * Runs the benchmark. Every judged document must exist among {@code docs} (by docket or file
     * name); otherwise the judgments do not fit the corpus and this throws, naming the reference.
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
                    Map<String, Integer> grades = resolve(q, idByRef);
                    List<String> b = baseline(baseline, q.text());
                    List<String> t = tenor(tenor, q.text());
                    scores.add(new QueryScore(q.text(), grades.size(),
                            RankingMetrics.ndcg(b, grades, NDCG_AT), RankingMetrics.ndcg(t, grades, NDCG_AT),
                            RankingMetrics.recall(b, grades, RECALL_AT), RankingMetrics.recall(t, grades, RECALL_AT)));
                }
                return new Report(scores, mean(scores, QueryScore::baselineNdcg), mean(scores, QueryScore::tenorNdcg),
                        mean(scores, QueryScore::baselineRecall), mean(scores, QueryScore::tenorRecall));
            }
        } finally {
            IndexLocation.deleteTree(dir);
        }
    }

    /** Docket (normalised) and file name of each document → its id. */
    static Map<String, String> references(List<Document> docs) {
        Map<String, String> out = new HashMap<>();
        for (Document d : docs) {
            if (d.docket() != null) {
                out.put(SearchFields.normalizeDocket(d.docket()), d.id());
            }
            if (d.sourcePath() != null) {
                out.put(Path.of(d.sourcePath()).getFileName().toString(), d.id());
            }
        }
        return out;
    }

    private static Map<String, Integer> resolve(JudgedQueries.Query q, Map<String, String> idByRef) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        q.grades().forEach((ref, grade) -> {
            String id = idByRef.getOrDefault(ref, idByRef.get(SearchFields.normalizeDocket(ref)));
            if (id == null) {
                throw new IllegalArgumentException("Judged document \"" + ref + "\" of query \"" + q.text()
                        + "\" is not in the corpus (neither a docket nor a file name of it).");
            }
            grades.put(id, grade);
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

    private static List<String> baseline(IndexSearcher searcher, String query) throws IOException {
        QueryParser parser = new QueryParser(IndexFields.TEXT, new GermanAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
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
            SearchResult r = searcher.search(new SearchRequest(query, Map.of(), null, null, null, 1, RECALL_AT));
            return r.hits().stream().map(h -> h.document().id()).toList();
        } catch (InvalidQueryException e) {
            return List.of();
        }
    }

    private static double mean(List<QueryScore> scores, java.util.function.ToDoubleFunction<QueryScore> f) {
        return scores.stream().mapToDouble(f).average().orElse(0);
    }
}
