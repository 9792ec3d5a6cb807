package de.tenor.crawl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one {@code tenor crawl --sources} run did, per source; {@code --json} writes {@link #toMap()}. */
public record SourcesSummary(List<SourceSummary> sources, long requests, Duration elapsed) {

    public SourcesSummary {
        sources = List.copyOf(sources);
    }

    public long fetched() {
        return sources.stream().mapToLong(SourceSummary::fetched).sum();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "sources");
        m.put("requests", requests);
        m.put("fetched", fetched());
        m.put("seconds", elapsed.toMillis() / 1000.0);
        m.put("sources", sources.stream().map(SourceSummary::toMap).toList());
        return m;
    }
}
