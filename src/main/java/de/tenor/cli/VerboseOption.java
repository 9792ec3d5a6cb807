package de.tenor.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --verbose} option every command shares: {@link FailureHandler} prints the stack trace of a failure
 * when the command that ran had it on the command line.
 */
final class VerboseOption {

    static final String NAME = "--verbose";

    @Option(names = NAME, description = "Show stack traces of failures.")
    boolean verbose;
}
