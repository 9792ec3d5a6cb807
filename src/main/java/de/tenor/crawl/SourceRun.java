package de.tenor.crawl;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.FetchStatus;
import de.tenor.corpus.HttpExchange;
import de.tenor.corpus.UrlState;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What every connector needs while one source runs: the polite client, the archive (list answers
 * and documents go to the WARC files with their requests), "do we have this already?", and the
 * rules for answers that end a source (a quota answer, a spent budget). Not thread-safe.
 */
final class SourceRun {

    /** Why a source ends before its queries are done; the summary says it. */
    abstract static sealed class SourceStop extends Exception permits PortalChangedException, ThrottledException,
            BudgetSpentException {
        SourceStop(String message) {
            super(message);
        }
    }

    /** A portal answered in a shape we do not know: the source stops and says so, never "0 hits". */
    static final class PortalChangedException extends SourceStop {
        PortalChangedException(String message) {
            super(message);
        }
    }

    /** A 429 or 503: the source is left alone for the rest of the run. */
    static final class ThrottledException extends SourceStop {
        ThrottledException(String message) {
            super(message);
        }
    }

    /** {@code --max-pages} requests are spent. */
    static final class BudgetSpentException extends SourceStop {
        BudgetSpentException(String message) {
            super(message);
        }
    }

    /** One request of a connector, sent when {@link #document} decides it is needed. */
    @FunctionalInterface
    interface Request {
        SourceClient.Answer send() throws InterruptedException;
    }

    final SourceClient client;
    private final CrawlArchive archive;
    private final Clock clock;
    private final int pass;
    private final int maxRequests;
    private final Set<String> storedThisRun = new HashSet<>();
    /** Documents asked for in this run: a hit listed by two queries is handled (and counted) once. */
    private final Set<String> handledThisRun = new HashSet<>();

    private final Consumer<String> progress;

    SourceRun(SourceClient client, CrawlArchive archive, Clock clock, int maxRequests, Consumer<String> progress) {
        this.progress = progress;
        this.client = client;
        this.archive = archive;
        this.clock = clock;
        this.maxRequests = maxRequests;
        this.pass = Math.max(1, archive.lastPass());
    }

    /** Sends a list request (search answer, API page, feed) and stores the answer as a listing. */
    HttpExchange listing(Source source, SourceTally tally, Request request)
            throws InterruptedException, IOException, ThrottledException, BudgetSpentException {
        checkBudget();
        SourceClient.Answer a = request.send();
        if (a.exchange().isEmpty()) {
            if (a.robotsBlocked()) {
                tally.robotsBlocked++;
            }
            tally.error(a.problem());
            return null;
        }
        HttpExchange ex = a.exchange().get();
        archive.storeListing(ex, source.type());
        throttle(ex);
        if (ex.status() != 200) {
            tally.error(ex.method() + " " + ex.uri() + " answered HTTP " + ex.status());
            return null;
        }
        return ex;
    }

    /** One progress line after a result page: where the source is and what it has done so far. */
    void progress(Source source, SourceTally tally, String where) {
        progress.accept(source.label() + ": " + where + " — " + tally.listed + " listed, " + tally.fetched + " fetched, "
                + tally.known + " known, " + tally.offTopic + " off topic, " + tally.errors + " errors");
    }

    /** Whether the corpus already holds {@code url}'s content: a second run does not ask for it again. */
    boolean known(URI url) {
        return storedThisRun.contains(url.toString())
                || archive.state(url.toString()).filter(UrlState::hasStoredContent).isPresent();
    }

    /** Fetches and stores one document unless it is known; counts what happened. */
    void document(Source source, SourceTally tally, URI url, Request request)
            throws InterruptedException, IOException, ThrottledException, BudgetSpentException {
        boolean repeat = !handledThisRun.add(url.toString());
        if (known(url)) {
            tally.known++;
            return;
        }
        if (repeat) {
            return; // refused or failed earlier in this run: asked once, counted once
        }
        checkBudget();
        SourceClient.Answer a = request.send();
        if (a.exchange().isEmpty()) {
            if (a.robotsBlocked()) {
                tally.robotsBlocked++;
            } else {
                tally.error(url + ": " + a.problem());
            }
            return;
        }
        HttpExchange ex = a.exchange().get();
        throttle(ex);
        if (ex.status() != 200) {
            tally.error(url + " answered HTTP " + ex.status());
            return;
        }
        // After a redirect the record carries the final URL (the document's identity); the state is
        // kept under the listed URL, which is what the next run's "known?" asks about.
        UrlState state = archive.state(url.toString()).orElseGet(() -> UrlState.discovered(url.toString(), 0))
                .visited(FetchStatus.FETCHED, pass, ex.status(), ex.fetchedAt())
                .withValidators(ex.header("ETag"), ex.header("Last-Modified")).withSha256(ex.sha256());
        archive.storeSourceDocument(ex, state, source.type());
        storedThisRun.add(url.toString());
        tally.fetched++;
    }

    private void checkBudget() throws BudgetSpentException {
        if (client.requests() >= maxRequests) {
            throw new BudgetSpentException("request budget of " + maxRequests
                    + " spent (--max-pages); the next run goes on from here");
        }
    }

    /** A quota or overload answer ends the source for this run; no retry loop against an API that said no. */
    private void throttle(HttpExchange ex) throws ThrottledException {
        if (ex.status() != 429 && ex.status() != 503) {
            return;
        }
        Optional<Duration> wait = RetryAfter.parse(ex.header("Retry-After"), clock.instant());
        String when = wait.map(w -> "may resume after " + clock.instant().plus(w).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + " (Retry-After " + w.toSeconds() + " s)").orElse("no Retry-After given; try again in the next run");
        throw new ThrottledException(ex.uri().getHost() + " answered HTTP " + ex.status() + " to " + ex.uri() + "; " + when);
    }
}
