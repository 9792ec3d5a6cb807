package de.tenor.crawl;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides from a result list alone (court, docket) that a hit cannot be about the topic, so it is
 * not fetched. Only safe rules: labour and tax courts never decide on SGB II benefits or on
 * free-movement orders, and an asylum docket ({@code 8a K 1234/20.A}) is about asylum, not about
 * a Union citizen's worker status. Everything else is fetched and judged on its text by the
 * extractor's topic classifier. Pure; thread-safe.
 */
final class TopicPrefilter {

    private static final Pattern OFF_COURT = Pattern.compile(
            "arbeitsgericht|finanzgericht|finanzhof|\\bBAG\\b|\\bBFH\\b|\\bLAG\\b|\\bFG\\b", Pattern.CASE_INSENSITIVE);
    /** {@code 8a K 1234/20.A}, {@code 11 A 123/21.A}: the administrative courts mark asylum cases so. */
    private static final Pattern ASYLUM_DOCKET = Pattern.compile("\\.\\s?A\\b\\s*$");
    private static final Pattern OFF_JURISDICTION = Pattern.compile("arbeitsgerichtsbarkeit|finanzgerichtsbarkeit");

    private TopicPrefilter() {
    }

    /** Why the hit is skipped, or empty when it must be fetched and read. */
    static Optional<String> offTopic(String court, String docket) {
        if (court != null && OFF_COURT.matcher(court).find()) {
            return Optional.of("court " + court.strip() + " (labour and tax courts do not decide the topic)");
        }
        if (docket != null && ASYLUM_DOCKET.matcher(docket.strip()).find()) {
            return Optional.of("asylum docket " + docket.strip());
        }
        return Optional.empty();
    }

    /** Open Legal Data's {@code court_jurisdiction}. */
    static boolean offJurisdiction(String jurisdiction) {
        return jurisdiction != null && OFF_JURISDICTION.matcher(jurisdiction.toLowerCase(Locale.ROOT)).find();
    }
}
