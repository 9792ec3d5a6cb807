package de.tenor.crawl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one crawl run did; the CLI prints it and, with {@code --json}, writes {@link #toMap()}.
 *
 * @param mode          {@code new} (first pass), {@code resumed} (an unfinished pass continued) or {@code recrawl}
 * @param finished      the pass ran until nothing was left; false when stopped by --max-pages or a signal
 * @param requests      page requests sent (robots.txt not counted)
 * @param stored        responses with new content written to WARC files
 * @param unchanged     304 answers and identical re-fetches: nothing written
 * @param duplicates    content already stored under another URL: stored once, this URL recorded as duplicate
 * @param deferredHosts hosts skipped in this run, with the reason
 * @param queuedLeft    URLs still waiting when the run ended
 */
public record CrawlSummary(int pass, String mode, boolean finished, long requests, long stored, long unchanged,
                           long duplicates, long redirects, long gone, long errors, long robotsBlocked,
                           long outOfScope, long truncated, long retries, Map<String, String> deferredHosts,
                           int queuedLeft, Duration elapsed) {

    public CrawlSummary {
        deferredHosts = Map.copyOf(deferredHosts);
    }

    public double pagesPerSecond() {
        return elapsed.toMillis() == 0 ? 0 : requests * 1000.0 / elapsed.toMillis();
    }

    /** Field names and order of the {@code --json} summary. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pass", pass);
        m.put("mode", mode);
        m.put("finished", finished);
        m.put("requests", requests);
        m.put("stored", stored);
        m.put("unchanged", unchanged);
        m.put("duplicates", duplicates);
        m.put("redirects", redirects);
        m.put("gone", gone);
        m.put("errors", errors);
        m.put("robotsBlocked", robotsBlocked);
        m.put("outOfScope", outOfScope);
        m.put("truncated", truncated);
        m.put("retries", retries);
        m.put("deferredHosts", new LinkedHashMap<>(deferredHosts));
        m.put("queuedLeft", queuedLeft);
        m.put("seconds", elapsed.toMillis() / 1000.0);
        m.put("pagesPerSecond", Math.round(pagesPerSecond() * 100) / 100.0);
        return m;
    }
}
