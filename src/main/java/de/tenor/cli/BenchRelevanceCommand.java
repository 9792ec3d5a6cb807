package de.tenor.cli;

import de.tenor.bench.JudgedQueries;
import de.tenor.bench.RelevanceBench;
import de.tenor.bench.SharedCorpora;
import de.tenor.corpus.Capture;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * nDCG@10 and recall@20 of Tenor's search next to plain BM25 (GermanAnalyzer, OR and AND), all
 * indexed from the same corpus in this run (temporary folders; the served index is not touched),
 * per half of the judged set: dev (tuned on) and test (held out).
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = "Relevance on a judged query set: Tenor's search vs. plain BM25 with OR and with AND (nDCG@10, recall@20), "
                + "dev and test half.")
final class BenchRelevanceCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    static final String DEFAULT_JUDGMENTS = "src/test/resources/search/judgments-advisor.txt";

    @Mixin
    PathOptions paths;

    @Option(names = "--judgments", defaultValue = DEFAULT_JUDGMENTS,
            description = "Judged queries (format in the file's header; default: ${DEFAULT-VALUE}; the older demo-only set: "
                    + "src/test/resources/search/judgments-dev.txt).")
    Path judgments;

    @Option(names = "--shared", defaultValue = "../shared",
            description = "Shared data folder with the real decisions, for sets that say \"corpus: demo+shared\" (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(judgments)) {
            throw new UsageError("No judged queries at " + judgments + ". Pass --judgments FILE (see src/test/resources/search/).");
        }
        JudgedQueries judged;
        try (Reader in = Files.newBufferedReader(judgments, StandardCharsets.UTF_8)) {
            judged = JudgedQueries.parse(in);
        } catch (IllegalArgumentException e) {
            throw new UsageError(judgments + ": " + e.getMessage());
        }
        if (judged.needsShared() && !SharedCorpora.missing(shared).isEmpty()) {
            throw new UsageError("The judged set " + judgments + " also needs the real decisions of the shared data folder, "
                    + "which is not complete at " + shared.toAbsolutePath().normalize() + " (missing: "
                    + String.join(", ", SharedCorpora.missing(shared)) + "). Pass --shared DIR.");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Document> docs = new ArrayList<>();
        try (Extractor extractor = new Extractor()) {
            docs.addAll(extract(extractor, paths.corpusStore().captures(), err));
            if (docs.isEmpty()) {
                throw new UsageError("No documents in corpus folder " + paths.corpus + ". Pass --corpus DIR.");
            }
            if (judged.needsShared()) {
                docs.addAll(SharedCorpora.load(shared, extractor, err));
            }
        }
        RelevanceBench.Report report;
        try {
            report = RelevanceBench.run(docs, judged, Files.createTempDirectory("tenor-bench-"));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage() + " Is --corpus the corpus the judgments were made for?");
        }
        print(report, docs.size(), judged.needsShared(), err, spec.commandLine().getOut());
        return 0;
    }

    private static List<Document> extract(Extractor extractor, List<Capture> captures, PrintWriter err) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (Capture c : captures) {
            try {
                docs.add(extractor.extract(c.readBytes(), c.fileName(), c.sourceUri(), c.fetchedAt()));
            } catch (ExtractionException e) {
                err.println("  skipped " + c.label() + ": " + e.getMessage());
            }
        }
        return docs;
    }

    private void print(RelevanceBench.Report r, int documents, boolean withShared, PrintWriter err, PrintWriter out) {
        out.printf(Locale.ROOT, "Relevance on %d judged queries (%s) over %d documents from %s%s%n",
                r.queries().size(), judgments, documents, paths.corpus, withShared ? " and " + shared : "");
        out.printf(Locale.ROOT, "%-4s %-40s %4s   %-23s %-23s%n", "half", "query", "rel", "nDCG@10", "recall@20");
        String columns = String.format(Locale.ROOT, "%7s %7s %7s", "or", "and", "tenor");
        out.printf(Locale.ROOT, "%-4s %-40s %4s   %s %s%n", "", "", "", columns, columns);
        for (RelevanceBench.QueryScore q : r.queries()) {
            String text = q.query().length() > 40 ? q.query().substring(0, 39) + "…" : q.query();
            out.printf(Locale.ROOT, "%-4s %-40s %4d   %s%n", q.split().name().toLowerCase(Locale.ROOT), text, q.relevant(),
                    row(q.bm25Or(), q.bm25And(), q.tenor()));
        }
        for (JudgedQueries.Split split : JudgedQueries.Split.values()) {
            RelevanceBench.Means m = r.means(split);
            if (m.queries() > 0) {
                out.printf(Locale.ROOT, "%-45s %4d   %s%n", "mean " + split.name().toLowerCase(Locale.ROOT), m.queries(),
                        row(m.bm25Or(), m.bm25And(), m.tenor()));
            }
        }
        RelevanceBench.Means all = r.means();
        out.printf(Locale.ROOT, "%-45s %4d   %s%n", "mean", all.queries(), row(all.bm25Or(), all.bm25And(), all.tenor()));
        out.printf(Locale.ROOT, "or/and = BM25 (GermanAnalyzer, one text field, classic parser) with OR/AND between words; "
                + "tenor = Tenor's search as the UI answers it%n");
        out.flush();
        err.flush();
    }

    private static String row(RelevanceBench.Figures or, RelevanceBench.Figures and, RelevanceBench.Figures tenor) {
        return String.format(Locale.ROOT, "%7.3f %7.3f %7.3f %7.3f %7.3f %7.3f",
                or.ndcg(), and.ndcg(), tenor.ndcg(), or.recall(), and.recall(), tenor.recall());
    }
}
