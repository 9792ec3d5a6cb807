package de.tenor.search;

import de.tenor.corpus.Capture;
import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The shipped demo corpus (corpus/demo) through the real extractor: as documents, or as a published index. */
public final class DemoIndex {

    public static final Path CORPUS = Path.of("corpus");

    private DemoIndex() {
    }

    public static IndexLocation build(Path dir) throws IOException {
        IndexLocation location = new IndexLocation(dir);
        new IndexBuilder(location, new Extractor(), Clock.systemUTC()).build(new CorpusStore(CORPUS).captures(), IndexProgress.NONE);
        return location;
    }

    public static List<Document> documents() throws IOException {
        Extractor extractor = new Extractor();
        List<Document> docs = new ArrayList<>();
        for (Capture c : new CorpusStore(CORPUS).captures()) {
            try {
                docs.add(extractor.extract(c.readBytes(), c.fileName(), c.sourceUri(), c.fetchedAt()));
            } catch (ExtractionException e) {
                throw new IllegalStateException("Demo file " + c.label() + " no longer extracts: " + e.getMessage(), e);
            }
        }
        return docs;
    }
}
