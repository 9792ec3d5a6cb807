package de.tenor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code tenor} launcher: picocli dispatches to one subcommand per pipeline step. */
@Command(name = "tenor", mixinStandardHelpOptions = true, version = "Tenor 0.1",
        description = "Suche in Entscheidungen und Nachrichten zur Arbeitnehmereigenschaft von Unionsbürgern.",
        subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, ExtractCommand.class, CrawlCommand.class, BenchCommand.class, ImportCommand.class,
                CommandLine.HelpCommand.class})
public final class TenorCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command. Try: tenor serve");
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        // Javalin and Tika leave non-daemon helper threads behind; a finished command must not linger.
        if (!(args.length > 0 && args[0].equals("serve") && code == 0)) {
            System.exit(code);
        }
    }

    /** The configured command line, shared by main and the CLI tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new TenorCommand());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }
}
