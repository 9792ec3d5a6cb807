package de.tenor.cli;

import de.tenor.corpus.Capture;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import de.tenor.search.JudgedQueries;
import de.tenor.search.RelevanceBench;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * nDCG@10 and recall@20 of Tenor's search next to a plain GermanAnalyzer baseline, both indexed
 * from the same corpus in this run (temporary folders; the served index is not touched).
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = "Relevance on a judged query set: Tenor's search vs. a plain GermanAnalyzer baseline (nDCG@10, recall@20).")
final class BenchRelevanceCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Option(names = "--judgments", defaultValue = "src/test/resources/search/judgments-dev.txt",
            description = "Judged queries (format in the file's header; default: ${DEFAULT-VALUE}).")
    Path judgments;

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
        PrintWriter err = spec.commandLine().getErr();
        List<Document> docs = extract(paths.corpusStore().captures(), err);
        if (docs.isEmpty()) {
            throw new UsageError("No documents in corpus folder " + paths.corpus + ". Pass --corpus DIR.");
        }
        RelevanceBench.Report report;
        try {
            report = RelevanceBench.run(docs, judged, Files.createTempDirectory("tenor-bench-"));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage() + " Is --corpus the corpus the judgments were made for?");
        }
        print(report, docs.size(), err, spec.commandLine().getOut());
        return 0;
    }

    private static List<Document> extract(List<Capture> captures, PrintWriter err) throws IOException {
        Extractor extractor = new Extractor();
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

    private void print(RelevanceBench.Report r, int documents, PrintWriter err, PrintWriter out) {
        out.printf(Locale.ROOT, "Relevance on %d judged queries (%s) over %d documents from %s%n",
                r.queries().size(), judgments, documents, paths.corpus);
        out.printf(Locale.ROOT, "%-42s %4s   %-16s %-16s%n", "query", "rel", "nDCG@10", "recall@20");
        out.printf(Locale.ROOT, "%-42s %4s   %7s %8s %7s %8s%n", "", "", "base", "tenor", "base", "tenor");
        for (RelevanceBench.QueryScore q : r.queries()) {
            String text = q.query().length() > 42 ? q.query().substring(0, 41) + "…" : q.query();
            out.printf(Locale.ROOT, "%-42s %4d   %7.3f %8.3f %7.3f %8.3f%n", text, q.relevant(),
                    q.baselineNdcg(), q.tenorNdcg(), q.baselineRecall(), q.tenorRecall());
        }
        out.printf(Locale.ROOT, "%-42s %4s   %7.3f %8.3f %7.3f %8.3f%n", "mean", "", r.baselineNdcg(), r.tenorNdcg(),
                r.baselineRecall(), r.tenorRecall());
        out.printf(Locale.ROOT, "baseline = GermanAnalyzer, one text field, classic parser, AND; tenor = Tenor's search%n");
        out.flush();
        err.flush();
    }
}
