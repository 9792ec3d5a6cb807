package de.tenor.crawl;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.FetchStatus;
import de.tenor.corpus.HttpExchange;
import de.tenor.corpus.UrlState;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Fetches one URL and acts on the answer: store new content (or record a duplicate, or nothing
 * when unchanged), record and follow redirects, back off on 429/503, follow links. Returns how
 * long the host must rest. Storage errors propagate (they end the run); anything about the page
 * itself becomes a recorded status. Thread-safe; called for one host by one worker at a time.
 */
final class PageHandler {

    /** What the host needs after this URL: a rest before the next request, or skipping for this run. */
    record HostNext(Duration rest, Optional<String> deferReason) {
        static HostNext after(Duration rest) {
            return new HostNext(rest, Optional.empty());
        }

        static HostNext defer(String reason) {
            return new HostNext(Duration.ZERO, Optional.of(reason));
        }
    }

    private final CrawlConfig config;
    private final CrawlArchive archive;
    private final Fetcher fetcher;
    private final Discovery discovery;
    private final CrawlScope scope;
    private final LinkExtractor links;
    private final UrlNormalizer normalizer;
    private final CrawlStats stats;
    private final Clock clock;
    private final int pass;

    PageHandler(CrawlConfig config, CrawlArchive archive, Fetcher fetcher, Discovery discovery, CrawlScope scope,
                UrlNormalizer normalizer, CrawlStats stats, Clock clock, int pass) {
        this.config = config;
        this.archive = archive;
        this.fetcher = fetcher;
        this.discovery = discovery;
        this.scope = scope;
        this.links = new LinkExtractor(normalizer);
        this.normalizer = normalizer;
        this.stats = stats;
        this.clock = clock;
        this.pass = pass;
    }

    /** Records a URL robots.txt forbids; no request is made. */
    void blocked(CrawlUrl url) throws IOException {
        stats.add(CrawlStats.Count.ROBOTS_BLOCKED);
        archive.record(previous(url).visited(FetchStatus.FAILED, pass, 0, clock.instant()).withReason("robots.txt disallows"));
    }

    HostNext visit(CrawlUrl url, Duration hostDelay) throws IOException {
        UrlState prev = previous(url);
        // Validators only help when we still hold the content they describe.
        boolean conditional = prev.hasStoredContent();
        FetchOutcome outcome = fetcher.get(url.uri(), conditional ? prev.etag() : Optional.empty(),
                conditional ? prev.lastModified() : Optional.empty());
        stats.add(CrawlStats.Count.REQUESTS);
        return switch (outcome) {
            case FetchOutcome.Failure f -> {
                stats.add(CrawlStats.Count.ERRORS);
                archive.record(prev.visited(FetchStatus.FAILED, pass, 0, clock.instant()).withReason(f.reason()));
                yield HostNext.after(hostDelay);
            }
            case FetchOutcome.Response r -> answer(url, prev, r.exchange(), hostDelay);
        };
    }

    private HostNext answer(CrawlUrl url, UrlState prev, HttpExchange ex, Duration hostDelay) throws IOException {
        int status = ex.status();
        if (status == 304) {
            stats.add(CrawlStats.Count.UNCHANGED);
            UrlState s = prev.visited(FetchStatus.FETCHED, pass, 304, ex.fetchedAt());
            archive.record(s.withValidators(ex.header("ETag").or(prev::etag), ex.header("Last-Modified").or(prev::lastModified)));
        } else if (status >= 200 && status < 300) {
            content(url, prev, ex);
        } else if (status >= 300 && status < 400) {
            redirect(url, prev, ex);
        } else if (status == 404 || status == 410) {
            // Stored: the newest record of the URL must say it is gone, so the index drops it.
            stats.add(CrawlStats.Count.GONE);
            archive.storeResponse(ex, prev.visited(FetchStatus.GONE, pass, status, ex.fetchedAt()));
        } else if (status == 429 || status == 503) {
            return backOff(url, prev, ex, hostDelay);
        } else {
            // Not stored: a transient error page must not hide the content stored by an earlier pass.
            stats.add(CrawlStats.Count.ERRORS);
            archive.record(prev.visited(FetchStatus.FAILED, pass, status, ex.fetchedAt()).withReason("HTTP " + status));
        }
        return HostNext.after(hostDelay);
    }

    private void content(CrawlUrl url, UrlState prev, HttpExchange ex) throws IOException {
        String sha = ex.sha256();
        UrlState s = prev.visited(FetchStatus.FETCHED, pass, ex.status(), ex.fetchedAt())
                .withValidators(ex.header("ETag"), ex.header("Last-Modified")).withSha256(sha);
        if (ex.truncated()) {
            stats.add(CrawlStats.Count.TRUNCATED);
            s = s.withReason("truncated at " + ex.body().length + " bytes (size cap)");
        }
        PageLinks found = extractLinks(url.uri(), ex);
        Optional<URI> canonical = found.canonical().filter(c -> !c.equals(url.uri())).filter(c -> scope.allows(c, url.depth()))
                .filter(c -> archive.state(c.toString()).map(cs -> cs.status() != FetchStatus.REDIRECTED).orElse(true));
        if (canonical.isPresent()) {
            // The page names another URL as its own: that one is fetched and stored; this one points to it.
            // (A canonical that is itself an alias is ignored, so two pages naming each other still get stored.)
            stats.add(CrawlStats.Count.REDIRECTS);
            discovery.offerRedirect(canonical.get(), url.depth(), url.redirectHops());
            archive.record(s.visited(FetchStatus.REDIRECTED, pass, ex.status(), ex.fetchedAt())
                    .withRedirectTo(canonical.get().toString()).withReason("rel=canonical"));
            return;
        }
        // Links reach the journal before the page counts as done: a crash in between refetches
        // the page, instead of losing its links for this pass.
        for (URI link : found.links()) {
            discovery.offer(link, url.depth() + 1);
        }
        if (prev.hasStoredContent() && prev.sha256().equals(Optional.of(sha))) {
            stats.add(CrawlStats.Count.UNCHANGED);
            archive.record(s);
        } else {
            Optional<String> first = archive.firstUrlWithContent(sha).filter(u -> !u.equals(url.uri().toString()));
            if (first.isPresent()) {
                stats.add(CrawlStats.Count.DUPLICATES);
                archive.storeDuplicate(ex, first.get(), s.withDuplicateOf(first));
            } else {
                stats.add(CrawlStats.Count.STORED);
                archive.storeResponse(ex, s.withDuplicateOf(Optional.empty()));
            }
        }
    }

    private PageLinks extractLinks(URI uri, HttpExchange ex) {
        if (ContentSniffer.isHtml(ex.identifiedType())) {
            return links.fromHtml(uri, ex.body());
        }
        if (ContentSniffer.isLinkList(ex.identifiedType(), uri.getPath())) {
            // The parser also reads the type to decide whether to gunzip; the sniffed one is the truth.
            List<URI> listed = links.fromLinkList(uri, ex.body(), ex.identifiedType());
            return new PageLinks(listed, Optional.empty());
        }
        return PageLinks.none();
    }

    private void redirect(CrawlUrl url, UrlState prev, HttpExchange ex) throws IOException {
        Optional<URI> target = ex.header("Location").flatMap(l -> normalizer.resolve(url.uri(), l));
        UrlState s = prev.visited(FetchStatus.REDIRECTED, pass, ex.status(), ex.fetchedAt());
        if (target.isEmpty()) {
            stats.add(CrawlStats.Count.ERRORS);
            archive.record(prev.visited(FetchStatus.FAILED, pass, ex.status(), ex.fetchedAt())
                    .withReason("redirect without a usable Location header"));
            return;
        }
        stats.add(CrawlStats.Count.REDIRECTS);
        s = s.withRedirectTo(target.get().toString());
        boolean follow = false;
        if (url.redirectHops() + 1 > config.maxRedirects()) {
            s = s.withReason("more than " + config.maxRedirects() + " redirects in a row; not followed");
        } else if (!scope.allowsHost(target.get())) {
            stats.add(CrawlStats.Count.OUT_OF_SCOPE);
            s = s.withReason("redirect leaves the allowed hosts; not followed");
        } else {
            follow = true;
        }
        if (follow) {
            discovery.offerRedirect(target.get(), url.depth(), url.redirectHops() + 1);
        }
        if (prev.status() == FetchStatus.REDIRECTED && prev.httpStatus() == ex.status()
                && prev.redirectTo().equals(s.redirectTo())) {
            // The same redirect as last pass: the stored record still says it all.
            archive.record(s);
        } else {
            archive.storeResponse(ex, s);
        }
    }

    private HostNext backOff(CrawlUrl url, UrlState prev, HttpExchange ex, Duration hostDelay) throws IOException {
        Duration exponential = max(hostDelay, Duration.ofSeconds(1)).multipliedBy(1L << Math.min(url.attempts(), 10));
        Duration wait = RetryAfter.parse(ex.header("Retry-After"), clock.instant()).orElse(exponential);
        if (wait.compareTo(config.maxRetryAfter()) > 0) {
            // The URL stays unvisited: the next run asks again.
            return HostNext.defer("HTTP " + ex.status() + " asks to wait " + wait.toSeconds() + " s, more than the "
                    + config.maxRetryAfter().toSeconds() + " s cap");
        }
        if (url.attempts() >= config.maxRetries()) {
            stats.add(CrawlStats.Count.ERRORS);
            archive.record(prev.visited(FetchStatus.FAILED, pass, ex.status(), ex.fetchedAt())
                    .withReason("HTTP " + ex.status() + " after " + (url.attempts() + 1) + " attempts"));
            return HostNext.after(max(wait, hostDelay));
        }
        stats.add(CrawlStats.Count.RETRIES);
        discovery.retry(url.retried());
        return HostNext.after(max(wait, hostDelay));
    }

    private UrlState previous(CrawlUrl url) {
        String u = url.uri().toString();
        return archive.state(u).orElseGet(() -> UrlState.discovered(u, url.depth()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
