package de.tenor.cli;

import de.tenor.index.TopicPolicy;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Brings the index up to date with the corpus: reads only new and changed sources, drops removed ones; swaps it in atomically.")
final class IndexCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Mixin
    PathOptions paths;

    @Option(names = "--rebuild", description = "Build the whole index anew from every source (also done by itself after a schema change).")
    boolean rebuild;

    @Option(names = "--all", description = "Also index what the topic sources fetched off the topic (left out by default).")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IndexRun.run(paths, rebuild, all ? TopicPolicy.ALL : TopicPolicy.ON_TOPIC_SOURCES, spec.commandLine().getErr());
        return 0;
    }
}
