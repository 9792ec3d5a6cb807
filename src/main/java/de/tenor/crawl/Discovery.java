package de.tenor.crawl;

import de.tenor.corpus.CrawlArchive;
import de.tenor.corpus.FetchStatus;
import de.tenor.corpus.UrlState;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Where found URLs enter the crawl: scope check, frontier, and a DISCOVERED line in the journal
 * for URLs never seen before (so an interrupted run knows them). Thread-safe.
 */
final class Discovery {

    private final CrawlScope scope;
    private final Frontier frontier;
    private final CrawlArchive archive;
    private final CrawlStats stats;

    Discovery(CrawlScope scope, Frontier frontier, CrawlArchive archive, CrawlStats stats) {
        this.scope = scope;
        this.frontier = frontier;
        this.archive = archive;
        this.stats = stats;
    }

    /** Offers a link found on a page (or in a sitemap); true when it was queued. */
    boolean offer(URI uri, int depth) throws IOException {
        return offer(new CrawlUrl(uri, depth, 0, 0), false);
    }

    /** Offers a redirect target: same depth, one more hop, at the head of its host's queue. */
    boolean offerRedirect(URI uri, int depth, int hops) throws IOException {
        return offer(new CrawlUrl(uri, depth, hops, 0), true);
    }

    /** Puts a URL that must be tried again (429/503) back at the head of its host's queue. */
    void retry(CrawlUrl url) {
        frontier.putBack(url);
    }

    private boolean offer(CrawlUrl url, boolean first) throws IOException {
        if (!scope.allows(url.uri(), url.depth())) {
            stats.add(CrawlStats.Count.OUT_OF_SCOPE);
            return false;
        }
        Optional<UrlState> known = archive.state(url.uri().toString());
        // A URL that answered 404/410 in an earlier pass is not asked again just because a page still links it.
        if (known.isPresent() && known.get().status() == FetchStatus.GONE) {
            return false;
        }
        if (!frontier.add(url, first)) {
            return false;
        }
        if (known.isEmpty()) {
            archive.record(UrlState.discovered(url.uri().toString(), url.depth(), url.redirectHops()));
        }
        return true;
    }
}
