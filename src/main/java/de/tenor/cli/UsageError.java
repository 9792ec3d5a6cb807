package de.tenor.cli;

/** Bad input from the user (missing file, unparsable query): exit code 2 with a message saying what to do. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
