package de.tenor.crawl;

import java.time.Duration;
import java.util.Map;

/**
 * A snapshot for the live progress line.
 *
 * @param fetched  page requests answered so far in this run
 * @param hostWaits for each host with work left: time until it may be asked again
 */
public record CrawlProgress(long fetched, int queued, long errors, double pagesPerSecond, Map<String, Duration> hostWaits,
                            Duration elapsed) {

    public CrawlProgress {
        hostWaits = Map.copyOf(hostWaits);
    }

    /** One line, e.g. {@code fetched 12, queued 40, errors 1, 0.5 pages/s; waits: a.de 1.2 s, b.de 0.0 s}. */
    public String line() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                "fetched %d, queued %d, errors %d, %.1f pages/s", fetched, queued, errors, pagesPerSecond));
        if (!hostWaits.isEmpty()) {
            sb.append("; waits:");
            hostWaits.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(4).forEach(e -> sb.append(
                    String.format(java.util.Locale.ROOT, " %s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0)));
            if (hostWaits.size() > 4) {
                sb.append(" …");
            }
        }
        return sb.toString();
    }
}
