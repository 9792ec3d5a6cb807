package de.tenor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.corpus.CrawlArchive;
import de.tenor.crawl.CrawlConfig;
import de.tenor.crawl.CrawlProgress;
import de.tenor.crawl.CrawlSummary;
import de.tenor.crawl.Crawler;
import de.tenor.crawl.Seeds;
import de.tenor.crawl.Source;
import de.tenor.crawl.SourcesSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "crawl", mixinStandardHelpOptions = true,
        description = {"Fetches the rulings and news on the topic from the portals' searches, APIs and feeds named in",
                "sources.yaml (--sources FILE) into the corpus: WARC files and per-URL state under <corpus>/crawl.",
                "With --seeds FILE it crawls the seed sites by following links instead: a run after an interrupted one",
                "resumes it; a run after a finished one re-crawls with conditional GETs."})
final class CrawlCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Option(names = "--sources", description = "Sources file (default: sources.yaml): portal searches, APIs and feeds; format in the README.")
    Path sources;

    @Option(names = "--seeds", description = "Seeds file for the link-following crawl: one URL per line, # starts a comment.")
    Path seeds;

    @Option(names = "--max-pages", defaultValue = "" + CrawlConfig.DEFAULT_MAX_PAGES, description = "Page requests in this run (default: ${DEFAULT-VALUE}); the next run continues.")
    int maxPages;

    @Option(names = "--max-depth", defaultValue = "" + CrawlConfig.DEFAULT_MAX_DEPTH, description = "Link hops from a seed (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--delay-ms", defaultValue = "" + CrawlConfig.DEFAULT_DELAY_MS, description = "Pause between two requests to one host (default: ${DEFAULT-VALUE}); a longer robots.txt Crawl-delay wins.")
    long delayMs;

    @Option(names = "--include", paramLabel = "REGEX", description = "Only follow URLs matching this (repeatable; seeds are exempt).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Never follow URLs matching this (repeatable; adds to the default that skips images, scripts and archives).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--allow-private", description = "Allow hosts on loopback or private addresses (local test sites).")
    boolean allowPrivate;

    @Option(names = "--recrawl", description = "Start a re-crawl pass even if the last run was interrupted.")
    boolean recrawl;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    /** --corpus receives what the crawl fetches; --index is brought up to date with it. */
    @Mixin
    PathOptions paths;

    @Option(names = "--no-index", description = "Only fetch; leave the index as it is (run \"tenor index\" later).")
    boolean noIndex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seeds == null) {
            return runSources();
        }
        if (sources != null) {
            throw new UsageError("--sources and --seeds are two kinds of crawl; pass one of them.");
        }
        CrawlConfig config = config();
        List<String> problems = Crawler.seedProblems(config);
        if (!problems.isEmpty()) {
            throw new UsageError(String.join("; ", problems));
        }
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        CrawlSummary summary;
        try (CrawlArchive archive = CrawlArchive.open(paths.corpus, config.maxWarcFileBytes(), clock, Crawler.SOFTWARE);
             HttpClient client = Crawler.httpClient(config);
             ProgressLine progress = new ProgressLine(err, isTerminal())) {
            Crawler crawler = new Crawler(config, archive, client, clock);
            progress.start(crawler::progress);
            summary = runStoppable(crawler);
        }
        report(summary, err);
        indexFetched(summary.stored(), err);
        if (json) {
            printJson(summary.toMap());
        }
        return 0;
    }

    /**
     * Issue 18: what the crawl fetched becomes searchable through the one ingest, as
     * {@code tenor index} would do it (only new and changed sources are read).
     */
    private void indexFetched(long stored, PrintWriter err) throws IOException {
        if (noIndex || stored == 0 && paths.indexLocation().current().isEmpty()) {
            return;
        }
        IndexRun.run(paths, false, err);
    }

    /** Both kinds of run print their summary the same way for scripts, with where the captures are. */
    private void printJson(Map<String, Object> summary) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(summary);
        m.put("warcDir", CrawlArchive.warcDir(paths.corpus.toAbsolutePath().normalize()).toString());
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(m));
        out.flush();
    }

    /** {@code tenor crawl} without {@code --seeds}: the topic sources. */
    private int runSources() throws IOException, InterruptedException {
        if (!include.isEmpty() || !exclude.isEmpty() || recrawl) {
            throw new UsageError("--include, --exclude and --recrawl belong to the link crawl: pass --seeds FILE with them.");
        }
        SourcesRun.Settings settings = new SourcesRun.Settings(sources == null ? Path.of("sources.yaml") : sources,
                paths.corpus, maxPages, Duration.ofMillis(delayMs), allowPrivate);
        List<Source> list = SourcesRun.read(settings);
        PrintWriter err = spec.commandLine().getErr();
        SourcesSummary summary = SourcesRun.run(list, settings, System.getenv(), err);
        SourcesRun.report(summary, paths.corpus, err);
        indexFetched(summary.fetched(), err);
        if (json) {
            printJson(summary.toMap());
        }
        return 0;
    }

    private CrawlConfig config() throws IOException {
        if (!Files.isRegularFile(seeds)) {
            throw new UsageError("Seeds file not found: " + seeds + ". Pass --seeds FILE with one URL per line.");
        }
        try {
            List<URI> urls = Seeds.read(seeds);
            CrawlConfig.Builder b = CrawlConfig.builder(urls).maxPages(maxPages).maxDepth(maxDepth)
                    .delay(Duration.ofMillis(delayMs)).allowPrivate(allowPrivate).recrawl(recrawl)
                    .include(include.stream().map(Pattern::compile).toList());
            if (!exclude.isEmpty()) {
                List<Pattern> all = new ArrayList<>(CrawlConfig.builder(urls).build().exclude());
                exclude.forEach(e -> all.add(Pattern.compile(e)));
                b.exclude(all);
            }
            return b.build();
        } catch (PatternSyntaxException e) {
            throw new UsageError("Not a regular expression: " + e.getPattern() + " (" + e.getDescription() + ")");
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** Ctrl+C stops after the requests in flight, so the journal is complete and the next run resumes cleanly. */
    private static CrawlSummary runStoppable(Crawler crawler) throws IOException, InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            crawler.stop();
            try {
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tenor-crawl-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return crawler.run();
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and waits for us.
            }
        }
    }

    private void report(CrawlSummary s, PrintWriter err) {
        err.printf("Crawl pass %d (%s) %s in %.1f s: %d requests, %d stored, %d unchanged, %d duplicates, %d redirects,"
                        + " %d gone, %d errors, %d blocked by robots.txt, %d out of scope, %d truncated; %.1f pages/s.%n",
                s.pass(), s.mode(), s.finished() ? "finished" : "stopped", s.elapsed().toMillis() / 1000.0, s.requests(),
                s.stored(), s.unchanged(), s.duplicates(), s.redirects(), s.gone(), s.errors(), s.robotsBlocked(),
                s.outOfScope(), s.truncated(), s.pagesPerSecond());
        s.deferredHosts().forEach((host, reason) -> err.println("  skipped " + host + ": " + reason));
        if (!s.finished()) {
            err.println("  " + s.queuedLeft() + " URLs still queued; run \"tenor crawl\" again to resume.");
        }
        err.println("  WARC files: " + CrawlArchive.warcDir(paths.corpus) + ".");
        err.flush();
    }

    /** {@code Console.isTerminal()} exists from Java 22, when {@code System.console()} stopped being null for pipes. */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console exists only on a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * The crawl's live progress on stderr: one line rewritten every second on a terminal, a plain
     * line every ten seconds otherwise (CI logs, pipes). Closing stops it and ends the line.
     */
    private static final class ProgressLine implements AutoCloseable {

        private final PrintWriter err;
        private final boolean terminal;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tenor-crawl-progress");
            t.setDaemon(true);
            return t;
        });
        private int width;

        ProgressLine(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void start(Supplier<CrawlProgress> source) {
            long period = terminal ? 1 : 10;
            timer.scheduleAtFixedRate(() -> print(source.get()), period, period, TimeUnit.SECONDS);
        }

        private synchronized void print(CrawlProgress p) {
            String line = "  crawling: " + p.line();
            if (terminal) {
                err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
            } else {
                err.println(line);
            }
            err.flush();
        }

        @Override
        public synchronized void close() {
            timer.shutdownNow();
            if (terminal && width > 0) {
                err.println();
                err.flush();
            }
        }
    }
}
