package de.tenor.crawl;

import de.tenor.corpus.HttpExchange;

/** The result of one GET: a response (any status) or no response at all. */
sealed interface FetchOutcome {

    record Response(HttpExchange exchange) implements FetchOutcome {
    }

    /** No response: timeout, connection error, unknown host, or an address the crawler refuses. */
    record Failure(String reason) implements FetchOutcome {
    }
}
