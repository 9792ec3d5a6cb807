package de.tenor.web;

import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.index.IndexBuilder;
import de.tenor.index.IndexLocation;
import de.tenor.index.IndexProgress;
import de.tenor.index.IndexSummary;
import de.tenor.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The real app on a free port over an index built from the shipped demo corpus (real HTML, PDF
 * and DOCX through the extractor), as {@code tenor serve} runs it.
 */
final class DemoServer implements AutoCloseable {

    final IndexSummary summary;
    final Searcher searcher;
    final Javalin app;

    DemoServer(Path indexDir) throws IOException {
        IndexLocation location = new IndexLocation(indexDir);
        summary = new IndexBuilder(location, new Extractor(), Clock.systemUTC())
                .build(new CorpusStore(Path.of("corpus")).list(), IndexProgress.NONE);
        searcher = new Searcher(location);
        app = WebApp.create(searcher, "127.0.0.1").start(0);
    }

    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    @Override
    public void close() throws IOException {
        app.stop();
        searcher.close();
    }
}
