package de.tenor.cli;

import de.tenor.index.TopicPolicy;
import de.tenor.ingest.Ingest;
import de.tenor.search.Searcher;
import de.tenor.web.UploadConfig;
import de.tenor.web.WebApp;
import de.tenor.web.WebConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the index if it is missing or older than the corpus, then serves the web UI and JSON API.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Mixin
    PathOptions paths;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, only this machine). Use 0.0.0.0 to share on the network.")
    String host;

    @Option(names = "--query-time-limit-ms", defaultValue = "5000",
            description = "CPU time a search may take before it is stopped with a \"query too broad\" message (default: ${DEFAULT-VALUE}).")
    long queryTimeLimitMs;

    @Option(names = "--update-every", paramLabel = "DURATION",
            description = "Run the topic sources (--sources) in the background every DURATION (30m, 6h, 1d) and index what they bring. Off by default.")
    String updateEvery;

    @Option(names = "--sources", defaultValue = "sources.yaml", description = "Sources file for --update-every (default: ${DEFAULT-VALUE}).")
    Path sources;

    @Option(names = "--allow-private", description = "Let --update-every reach hosts on loopback or private addresses (local test portals).")
    boolean allowPrivate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageError("--port must be between 0 and 65535, got " + port);
        }
        if (queryTimeLimitMs < 1) {
            throw new UsageError("--query-time-limit-ms must be at least 1, got " + queryTimeLimitMs);
        }
        // Issue 18: one ingest for the whole server: the start's index run, the source updates and uploads.
        Ingest ingest = IndexRun.ingest(paths);
        WebConfig config = webConfig(System.getenv(), ingest);
        Optional<SourceUpdater> updater = updater(ingest);
        IndexRun.run(ingest, paths.indexLocation().root(), false, TopicPolicy.ON_TOPIC_SOURCES, spec.commandLine().getErr());
        if (config.upload().isPresent()) {
            ingest.keepUploadsReady();
        }
        Searcher searcher = new Searcher(paths.indexLocation(), java.time.Duration.ofMillis(queryTimeLimitMs));
        Javalin app = WebApp.create(searcher, host, config).start(port);
        updater.ifPresent(u -> {
            u.start(SourceUpdater.parsePeriod(updateEvery));
            spec.commandLine().getOut().printf("Quellen werden alle %s abgefragt (%s).%n", updateEvery, sources);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            updater.ifPresent(SourceUpdater::close);
            app.stop();
            ingest.close();
            try {
                searcher.close();
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).warn("Closing the index failed: {}", e.getMessage());
            }
        }, "tenor-shutdown"));
        spec.commandLine().getOut().printf("Tenor läuft auf http://%s:%d/ (%d Dokumente). Beenden mit Strg+C.%n",
                host, app.port(), searcher.documentCount());
        if (config.upload().isPresent()) {
            spec.commandLine().getOut().printf("Hochladen ist eingeschaltet (%s gesetzt): http://%s:%d/hochladen%n",
                    UploadConfig.TOKEN_VARIABLE, host, app.port());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Issue 15: the background source updates, checked before anything starts (a bad file is exit 2). */
    private Optional<SourceUpdater> updater(Ingest ingest) throws java.io.IOException {
        if (updateEvery == null) {
            return Optional.empty();
        }
        SourceUpdater.parsePeriod(updateEvery);
        SourcesRun.Settings settings = new SourcesRun.Settings(sources, paths.corpus,
                de.tenor.crawl.CrawlConfig.DEFAULT_MAX_PAGES, Duration.ofMillis(de.tenor.crawl.CrawlConfig.DEFAULT_DELAY_MS),
                allowPrivate);
        return Optional.of(new SourceUpdater(SourcesRun.read(settings), settings, ingest, paths.indexLocation().root(),
                System.getenv(), spec.commandLine().getErr()));
    }

    /** Issue 7: uploads are on only when TENOR_UPLOAD_TOKEN is set (read once, here, at start). */
    private WebConfig webConfig(Map<String, String> environment, Ingest ingest) {
        Optional<String> token;
        try {
            token = UploadConfig.tokenFrom(environment);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        WebConfig config = WebConfig.defaults();
        if (token.isEmpty()) {
            return config;
        }
        return config.withUpload(new UploadConfig(token.get(), UploadConfig.DEFAULT_MAX_BODY_BYTES, ingest));
    }
}
