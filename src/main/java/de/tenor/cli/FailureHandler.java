package de.tenor.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr and exit code 1
 * ({@link UsageError}: exit 2). {@code --verbose} on the command shows the stack trace.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        // The command that ran is the innermost one: "tenor bench extract --verbose" sets it on "extract".
        CommandLine.ParseResult ran = parsed;
        while (ran.subcommand() != null) {
            ran = ran.subcommand();
        }
        boolean verbose = ran.hasMatchedOption(VerboseOption.NAME);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cl.getErr().println("tenor: " + message);
        if (verbose) {
            e.printStackTrace(cl.getErr());
        }
        return e instanceof UsageError ? 2 : 1;
    }
}
