package de.tenor.crawl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one topic source did in a run; {@code tenor crawl} prints it and, with {@code --json},
 * writes {@link #toMap()}.
 *
 * @param queries       searches (query × court) or feeds asked
 * @param listed        hits the result lists named (a decision found by two queries counts twice)
 * @param fetched       documents fetched and stored (decision pages, API cases, articles)
 * @param known         hits skipped because the corpus already holds them (not requested again)
 * @param offTopic      hits skipped from the list alone: a court or docket that cannot be on the topic
 *                      (labour or tax court, asylum .A docket), dated before {@code from}, or a feed
 *                      entry naming none of the topic's words
 * @param robotsBlocked hits robots.txt forbids
 * @param errors        requests that failed (network, HTTP errors), each also in {@code problems}
 * @param throttled     the API's quota answer that ended this source, with when it may resume
 * @param failure       why the source stopped early (a portal that changed its format, a spent budget)
 */
public record SourceSummary(String source, String type, long queries, long listed, long fetched, long known,
                            long offTopic, long robotsBlocked, long errors, Optional<String> throttled,
                            Optional<String> failure, List<String> problems) {

    public SourceSummary {
        problems = List.copyOf(problems);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("type", type);
        m.put("queries", queries);
        m.put("listed", listed);
        m.put("fetched", fetched);
        m.put("skippedKnown", known);
        m.put("offTopic", offTopic);
        m.put("robotsBlocked", robotsBlocked);
        m.put("errors", errors);
        m.put("throttled", throttled.orElse(null));
        m.put("failure", failure.orElse(null));
        m.put("problems", problems);
        return m;
    }

    /** One line for the console. */
    public String line() {
        return source + ": " + queries + " queries, " + listed + " listed, " + fetched + " fetched, " + known
                + " known, " + offTopic + " off topic, " + robotsBlocked + " robots-blocked, " + errors + " errors"
                + throttled.map(t -> "; THROTTLED: " + t).orElse("") + failure.map(f -> "; FAILED: " + f).orElse("");
    }
}
