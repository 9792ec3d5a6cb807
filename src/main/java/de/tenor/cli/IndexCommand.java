package de.tenor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Builds the index from the corpus when the corpus changed; swaps it in atomically.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Option(names = "--rebuild", description = "Build even if the index matches the corpus.")
    boolean rebuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IndexRun.run(paths, rebuild, spec.commandLine().getErr());
        return 0;
    }
}
