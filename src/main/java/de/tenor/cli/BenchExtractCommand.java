package de.tenor.cli;

import de.tenor.bench.ArticleBenchmark;
import de.tenor.bench.DevSetScore;
import de.tenor.bench.FactsScore;
import de.tenor.bench.ShingleScore;
import de.tenor.extract.Extractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenor bench extract}: main-content extraction on the Zyte article-extraction benchmark
 * (F1 of 4-token shingles, see its SOURCE.md) next to the whole-page-text baseline of the same run,
 * and per-field accuracy of ruling and news metadata on the labelled dev set.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Scores extraction: article-body F1 on the Zyte benchmark (with the whole-page baseline) and "
                + "per-field accuracy on the labelled dev set.")
final class BenchExtractCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Option(names = "--articles", defaultValue = "../shared/evaldata/article-extraction",
            description = "Folder with ground-truth.json and html/*.html.gz (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--dev", defaultValue = "src/test/resources/extract/dev",
            description = "Labelled dev set: source files and labels.csv (default: ${DEFAULT-VALUE}).")
    Path dev;

    @Option(names = "--heldout", defaultValue = "src/test/resources/extract/heldout",
            description = "Held-out set (issue 20), never tuned on: source files, labels.csv and facts.csv "
                    + "(default: ${DEFAULT-VALUE}).")
    Path heldout;

    @Option(names = "--facts", defaultValue = "src/test/resources/demo/truth-facts.csv",
            description = "Issue 11: employment facts the demo generator intended (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--facts-corpus", defaultValue = "corpus/demo",
            description = "Folder the --facts file names are relative to (default: ${DEFAULT-VALUE}).")
    Path factsCorpus;

    @Option(names = "--worst", defaultValue = "0", description = "Also list this many benchmark pages with the lowest F1.")
    int worst;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean haveArticles = Files.isRegularFile(articles.resolve("ground-truth.json"));
        boolean haveDev = Files.isRegularFile(dev.resolve("labels.csv"));
        if (!haveArticles && !haveDev) {
            throw new UsageError("Neither " + articles + "/ground-truth.json nor " + dev + "/labels.csv exists. "
                    + "Pass --articles DIR and/or --dev DIR.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (haveArticles) {
            long start = System.nanoTime();
            ArticleBenchmark.Result r = new ArticleBenchmark().run(articles);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Article body extraction (%s, %d pages, %.1f s)%n", articles, r.extractor().pages(), seconds);
            out.printf(Locale.ROOT, "  %-22s %9s %9s %9s%n", "", "precision", "recall", "F1");
            row(out, "Tenor main content", r.extractor());
            row(out, "whole-page baseline", r.baseline());
            for (ArticleBenchmark.PageResult p : r.worst().subList(0, Math.min(worst, r.worst().size()))) {
                out.printf(Locale.ROOT, "    F1 %.2f  P %.2f  R %.2f  %s%n", p.f1(), p.precision(), p.recall(), p.url());
            }
        } else {
            out.println("Article body extraction: skipped, no ground-truth.json in " + articles + " (pass --articles DIR).");
        }
        out.println();
        // Issue 20: date, city and outcome on the demo corpus, next to its employment facts below.
        Path demoTruth = facts.resolveSibling("truth.csv");
        if (Files.isRegularFile(demoTruth) && Files.isDirectory(factsCorpus)) {
            fieldScores(out, "Demo corpus", demoTruth, factsCorpus);
            out.println();
        }
        if (haveDev) {
            fieldScores(out, "Dev set", dev.resolve("labels.csv"), dev);
        } else {
            out.println("Dev set: skipped, no labels.csv in " + dev + " (pass --dev DIR).");
        }
        // Issue 11: hours within 0.5 h, pay within 2 €, the rest exact.
        factScores(out, "Employment facts, demo corpus", facts, factsCorpus);
        factScores(out, "Employment facts, dev set", dev.resolve("facts.csv"), dev);
        // Issue 20: rulings the rules were not written against, reported apart from the dev set.
        out.println();
        if (Files.isRegularFile(heldout.resolve("labels.csv"))) {
            fieldScores(out, "Held-out set", heldout.resolve("labels.csv"), heldout);
        } else {
            out.println("Held-out set: skipped, no labels.csv in " + heldout + " (pass --heldout DIR).");
        }
        factScores(out, "Employment facts, held-out set", heldout.resolve("facts.csv"), heldout);
        out.flush();
        return 0;
    }

    private static void fieldScores(PrintWriter out, String name, Path labels, Path dir) throws java.io.IOException {
        DevSetScore.Result r;
        try (Extractor extractor = new Extractor()) {
            r = new DevSetScore().run(labels, dir, extractor);
        }
        // A folder with its own labels.csv is named by the folder, as the dev set always was.
        Path shown = labels.equals(dir.resolve("labels.csv")) ? dir : labels;
        out.printf(Locale.ROOT, "%s (%s, %d files): per-field accuracy%n", name, shown, r.files());
        for (DevSetScore.FieldScore f : r.fields()) {
            out.printf(Locale.ROOT, "  %-18s %6.1f %%  (%d/%d)%n", f.field(), 100 * f.accuracy(), f.correct(), f.checked());
        }
        for (String m : r.mismatches()) {
            out.println("  mismatch " + m);
        }
    }

    private static void factScores(PrintWriter out, String name, Path labels, Path files) throws java.io.IOException {
        out.println();
        if (!Files.isRegularFile(labels)) {
            out.println(name + ": skipped, no " + labels + ".");
            return;
        }
        FactsScore.Result r;
        try (Extractor extractor = new Extractor()) {
            r = new FactsScore().run(labels, files, extractor);
        }
        out.printf(Locale.ROOT, "%s (%s, %d files): per-field accuracy%n", name, labels, r.files());
        for (FactsScore.FieldScore f : r.fields()) {
            if (f.checked() == 0) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-18s %6.1f %%  (%d/%d)%n", f.field(), 100 * f.accuracy(), f.correct(), f.checked());
        }
        out.printf(Locale.ROOT, "  %-18s %6d    (hours, pay or verdict set where the ruling states none)%n", "guessed", r.unstated());
        for (String m : r.mismatches()) {
            out.println("  differs " + m);
        }
    }

    private static void row(PrintWriter out, String name, ShingleScore.Summary s) {
        out.printf(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f%n", name, s.precision(), s.recall(), s.f1());
    }
}
