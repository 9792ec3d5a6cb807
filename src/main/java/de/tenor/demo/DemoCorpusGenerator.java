package de.tenor.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes the fictional demo corpus: 66 rulings (HTML in the NRWE layout, 4 PDF, 4 DOCX), 16 news
 * pages, a README, and the truth files the extractor tests compare against.
 *
 * <p>Everything comes from one {@link Random} with a fixed seed, and PDF/DOCX carry fixed dates, so
 * two runs give byte-identical files. Not thread-safe; make one instance per run.
 *
 * <pre>
 * java -cp target/classes:$(cat cp.txt) de.tenor.demo.DemoCorpusGenerator [corpus/demo] [src/test/resources/demo/truth.csv]
 * </pre>
 */
public final class DemoCorpusGenerator {

    /** Changing the seed rewrites every file; DemoCorpusTest then fails until the corpus is regenerated. */
    public static final long SEED = 20_261_130L;

    private final long seed;

    public DemoCorpusGenerator(long seed) {
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 2) {
            System.err.println("Usage: DemoCorpusGenerator [OUTPUT_DIR] [TRUTH_CSV]"
                    + " (defaults: corpus/demo src/test/resources/demo/truth.csv)");
            System.exit(2);
        }
        Path out = Path.of(args.length > 0 ? args[0] : "corpus/demo");
        Path truth = Path.of(args.length > 1 ? args[1] : "src/test/resources/demo/truth.csv");
        Summary s = new DemoCorpusGenerator(SEED).generate(out, truth);
        System.out.println("Wrote " + s.rulings() + " rulings and " + s.news() + " news items to " + out
                + ", truth to " + truth);
    }

    /** What one run wrote. */
    public record Summary(int rulings, int news, List<Path> files) {
        public Summary {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the corpus into {@code outDir} (replacing the .html, .pdf and .docx files already there) and
     * the truth files next to {@code truthCsv} ({@code truth.csv} and {@code truth-facts.csv}).
     */
    public Summary generate(Path outDir, Path truthCsv) throws IOException {
        Random rnd = new Random(seed);
        List<DemoCase> rulings = new RulingComposer(rnd).compose(Plan.rulings());
        List<NewsArticle> news = new NewsComposer(rnd, rulings).compose();
        check(rulings, news);

        Files.createDirectories(outDir);
        removeOldFiles(outDir);
        List<Path> written = new ArrayList<>();
        for (DemoCase d : rulings) {
            Path file = outDir.resolve(d.file());
            switch (d.plan().format()) {
                case HTML -> Files.writeString(file, HtmlRulingWriter.write(d), StandardCharsets.UTF_8);
                case PDF -> Files.write(file, PdfRulingWriter.write(d));
                case DOCX -> Files.write(file, DocxRulingWriter.write(d));
            }
            written.add(file);
        }
        for (NewsArticle a : news) {
            Path file = outDir.resolve(a.file());
            Files.writeString(file, NewsWriter.write(a), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path readme = outDir.resolve("README.md");
        Files.writeString(readme, readme(rulings.size(), news.size()), StandardCharsets.UTF_8);
        written.add(readme);

        Path truthDir = truthCsv.toAbsolutePath().getParent();
        Files.createDirectories(truthDir);
        Files.writeString(truthCsv, TruthWriter.truth(rulings, news), StandardCharsets.UTF_8);
        Files.writeString(truthDir.resolve("truth-facts.csv"), TruthWriter.facts(rulings), StandardCharsets.UTF_8);
        return new Summary(rulings.size(), news.size(), written);
    }

    /** Guards the promises of the README before anything is written. */
    private static void check(List<DemoCase> rulings, List<NewsArticle> news) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DemoCase d : rulings) {
            if (!names.add(d.file())) {
                problems.add("duplicate file name " + d.file());
            }
            if (d.date().isAfter(RulingComposer.LATEST)) {
                problems.add(d.file() + ": date " + d.date() + " is after " + RulingComposer.LATEST);
            }
            int paragraphs = d.paragraphCount();
            if (d.plan().variant() != Plan.Variant.EXCERPT && (paragraphs < 10 || paragraphs > 25)) {
                problems.add(d.file() + ": " + paragraphs + " paragraphs, expected 10 to 25");
            }
        }
        for (NewsArticle a : news) {
            if (!names.add(a.file())) {
                problems.add("duplicate file name " + a.file());
            }
            if (a.paragraphs().size() < 6 || a.paragraphs().size() > 12) {
                problems.add(a.file() + ": " + a.paragraphs().size() + " paragraphs, expected 6 to 12");
            }
        }
        if (RulingComposer.count(rulings, Plan.Format.PDF) != 4 || RulingComposer.count(rulings, Plan.Format.DOCX) != 4) {
            problems.add("expected exactly 4 PDF and 4 DOCX rulings");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo corpus is inconsistent, nothing written:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private static void removeOldFiles(Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{html,pdf,docx}")) {
            for (Path f : files) {
                Files.delete(f);
            }
        }
    }

    private static String readme(int rulings, int news) {
        return """
                # Demo corpus

                **Beispieldaten – keine echten Entscheidungen.**

                Every file in this folder is a fictional sample written by `de.tenor.demo.DemoCorpusGenerator`:
                %d court rulings (HTML in the layout of the NRW court database, 4 PDF, 4 DOCX) and %d news
                pages from invented outlets. Courts, dockets and ECLIs have the real formats, but the cases,
                parties (initials only), judges, lawyers, quotes and figures are made up. The cited EuGH,
                BSG and BVerwG precedents are real; the demo rulings that cite them are not.

                Each document says so itself ("Beispieldaten – keine echten Entscheidungen").

                What the generator intended (court, date, docket, ECLI, procedure, city, outcome, and the
                employment facts) is in `src/test/resources/demo/truth.csv` and `truth-facts.csv`.

                ## Regenerate

                The generator uses a fixed random seed, so the output is byte-identical on every run;
                `DemoCorpusTest` checks that the committed files match. After changing the generator:

                ```
                export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
                mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=cp.txt
                java -cp target/classes:$(cat cp.txt) de.tenor.demo.DemoCorpusGenerator corpus/demo src/test/resources/demo/truth.csv
                rm cp.txt
                ```

                The generator replaces the `.html`, `.pdf` and `.docx` files in the output folder and this README.
                """.formatted(rulings, news);
    }
}
