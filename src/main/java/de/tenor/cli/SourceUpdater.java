package de.tenor.cli;

import de.tenor.crawl.Source;
import de.tenor.crawl.SourcesSummary;
import de.tenor.index.IndexSummary;
import de.tenor.index.TopicPolicy;
import de.tenor.ingest.Ingest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tenor serve --update-every DURATION}: runs the topic sources in the background, then
 * updates the index through the server's {@link Ingest} when they brought something new; the served
 * {@code Searcher} switches to the new generation by itself, so the Atom feeds carry new rulings
 * without anyone running a command. One update at a time; the first starts right away. A failed
 * update is logged and the next one runs as planned.
 */
final class SourceUpdater implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SourceUpdater.class);
    /** Shorter periods would ask the portals more often than any decision appears. */
    static final Duration MIN_PERIOD = Duration.ofMinutes(1);
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(s|m|min|h|d)");

    private final List<Source> sources;
    private final SourcesRun.Settings settings;
    private final Ingest ingest;
    private final Path indexRoot;
    private final Map<String, String> environment;
    private final PrintWriter err;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tenor-source-update");
        t.setDaemon(true);
        return t;
    });

    SourceUpdater(List<Source> sources, SourcesRun.Settings settings, Ingest ingest, Path indexRoot,
                  Map<String, String> environment, PrintWriter err) {
        this.sources = List.copyOf(sources);
        this.settings = settings;
        this.ingest = ingest;
        this.indexRoot = indexRoot;
        this.environment = Map.copyOf(environment);
        this.err = err;
    }

    /** {@code 30m}, {@code 6h}, {@code 1d}, {@code 90s} or ISO-8601 ({@code PT6H}); at least one minute. */
    static Duration parsePeriod(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SIMPLE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new UsageError("--update-every takes a duration such as 30m, 6h, 1d or PT6H, got \"" + text + "\"");
            }
        }
        if (d.compareTo(MIN_PERIOD) < 0) {
            throw new UsageError("--update-every must be at least 1 minute (the portals are small), got " + text);
        }
        return d;
    }

    void start(Duration period) {
        timer.scheduleWithFixedDelay(this::updateLogged, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void updateLogged() {
        try {
            update();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.error("Source update failed; the next one runs as planned: {}", e.toString(), e);
        }
    }

    /** One update: the sources, then the index when they stored documents. Returns the sources' summary. */
    SourcesSummary update() throws Exception {
        SourcesSummary summary = SourcesRun.run(sources, settings, environment, err);
        SourcesRun.report(summary, settings.corpus(), err);
        if (summary.fetched() > 0) {
            IndexSummary indexed = IndexRun.run(ingest, indexRoot, false, TopicPolicy.ON_TOPIC_SOURCES, err);
            log.info("Source update: {} documents fetched, index {} ({} documents)", summary.fetched(),
                    indexed.generation(), indexed.indexed());
        }
        return summary;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
