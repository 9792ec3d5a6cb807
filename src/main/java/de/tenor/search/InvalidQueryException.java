package de.tenor.search;

/**
 * The request cannot be run as given: unparsable query, unknown parameter value, too long.
 * The message is German and meant for the person who typed the query; web turns it into a 400.
 */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
