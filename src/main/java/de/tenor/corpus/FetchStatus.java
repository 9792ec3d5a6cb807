package de.tenor.corpus;

/**
 * What the crawler knows about one URL. A re-check that found the content unchanged (HTTP 304, or
 * the same bytes again) keeps {@link #FETCHED}: the status says what the URL is, not what the
 * last request returned.
 */
public enum FetchStatus {
    /** Found as a seed or link, in scope, not fetched yet (or not in the current pass). */
    DISCOVERED,
    /** Content stored (or confirmed unchanged); may be a duplicate of another URL's content. */
    FETCHED,
    /** Answered with a redirect (or named another URL as canonical); the target is a URL of its own. */
    REDIRECTED,
    /** Could not be fetched this time (timeout, 5xx, robots.txt, refused address); retried next pass. */
    FAILED,
    /** 404 or 410: the server says it is not there; not revisited by later passes. */
    GONE
}
