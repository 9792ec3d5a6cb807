package de.tenor.corpus;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The persisted state of one URL: what the crawler last saw there and what a re-crawl needs to
 * ask "changed since?" (ETag, Last-Modified) and "seen this content elsewhere?" (SHA-256).
 *
 * @param depth       link hops from a seed (redirects and canonical links do not add a hop)
 * @param redirectHops redirects followed to reach this URL: the loop guard, kept across runs so an
 *                    endless redirect chain does not grow by a few hops in every re-crawl
 * @param pass        the crawl pass that last visited the URL; 0 = never visited
 * @param httpStatus  status code of the last response, 0 when there was none
 * @param sha256      hex SHA-256 of the stored payload
 * @param duplicateOf the URL whose identical content was stored first; this URL's copy is not stored
 * @param reason      why the URL failed, was truncated or redirected, in words for the summary
 */
public record UrlState(String url, FetchStatus status, int depth, int redirectHops, int pass, int httpStatus,
                       Optional<String> etag, Optional<String> lastModified, Optional<String> sha256,
                       Optional<Instant> fetchedAt, Optional<String> duplicateOf, Optional<String> redirectTo,
                       Optional<String> reason) {

    public UrlState {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, got " + depth + " for " + url);
        }
        if (redirectHops < 0) {
            throw new IllegalArgumentException("redirectHops must be >= 0, got " + redirectHops + " for " + url);
        }
        if (pass < 0) {
            throw new IllegalArgumentException("pass must be >= 0, got " + pass + " for " + url);
        }
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(redirectTo, "redirectTo");
        Objects.requireNonNull(reason, "reason");
    }

    /** A URL just found as a seed or link. */
    public static UrlState discovered(String url, int depth) {
        return discovered(url, depth, 0);
    }

    /** A URL just found at the end of {@code redirectHops} redirects. */
    public static UrlState discovered(String url, int depth, int redirectHops) {
        return new UrlState(url, FetchStatus.DISCOVERED, depth, redirectHops, 0, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The same URL visited again in {@code inPass} with a new status. Validators, hash and duplicate
     * reference describe what is stored: a failed visit keeps them, a redirect or a 404 (whose
     * record holds no content) clears them. Redirect target and reason belong to the previous
     * visit and are cleared.
     */
    public UrlState visited(FetchStatus newStatus, int inPass, int newHttpStatus, Instant at) {
        boolean noContent = newStatus == FetchStatus.REDIRECTED || newStatus == FetchStatus.GONE;
        return new UrlState(url, newStatus, depth, redirectHops, inPass, newHttpStatus,
                noContent ? Optional.empty() : etag, noContent ? Optional.empty() : lastModified,
                noContent ? Optional.empty() : sha256, Optional.of(at), noContent ? Optional.empty() : duplicateOf,
                Optional.empty(), Optional.empty());
    }

    /**
     * True when the newest WARC record of this URL holds a 200 response (or a revisit of one):
     * fetched, or fetched earlier and failed since. Gone and redirected URLs have a newer record
     * without content.
     */
    public boolean hasStoredContent() {
        return (status == FetchStatus.FETCHED || status == FetchStatus.FAILED) && sha256.isPresent();
    }

    public UrlState withValidators(Optional<String> newEtag, Optional<String> newLastModified) {
        return new UrlState(url, status, depth, redirectHops, pass, httpStatus, newEtag, newLastModified, sha256, fetchedAt,
                duplicateOf, redirectTo, reason);
    }

    public UrlState withSha256(String hex) {
        return new UrlState(url, status, depth, redirectHops, pass, httpStatus, etag, lastModified, Optional.of(hex), fetchedAt,
                duplicateOf, redirectTo, reason);
    }

    /** Empty when this URL's own content is stored; else the URL that stored the same content first. */
    public UrlState withDuplicateOf(Optional<String> firstUrl) {
        return new UrlState(url, status, depth, redirectHops, pass, httpStatus, etag, lastModified, sha256, fetchedAt,
                firstUrl, redirectTo, reason);
    }

    public UrlState withRedirectTo(String target) {
        return new UrlState(url, status, depth, redirectHops, pass, httpStatus, etag, lastModified, sha256, fetchedAt,
                duplicateOf, Optional.of(target), reason);
    }

    public UrlState withReason(String why) {
        return new UrlState(url, status, depth, redirectHops, pass, httpStatus, etag, lastModified, sha256, fetchedAt,
                duplicateOf, redirectTo, Optional.of(why));
    }
}
