package de.tenor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the benchmark commands. Benchmarks are commands, not tests: CI runs only tiny smoke runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each prints Tenor's figures next to a baseline measured in the same run.",
        subcommands = {BenchLoadCommand.class, BenchExtractCommand.class, BenchRelevanceCommand.class, BenchSearchCommand.class, BenchHttpCommand.class,
                BenchIngestCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark. Try: tenor bench --help");
    }
}
