package de.tenor.cli;

import de.tenor.corpus.CorpusStore;
import de.tenor.index.IndexLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --corpus and --index options every command that touches data shares. */
final class PathOptions {

    @Option(names = "--corpus", defaultValue = "corpus", description = "Corpus folder with the raw sources (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--index", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    CorpusStore corpusStore() {
        return new CorpusStore(corpus);
    }

    IndexLocation indexLocation() {
        return new IndexLocation(index);
    }
}
