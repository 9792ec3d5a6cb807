package de.tenor.crawl;

import java.io.IOException;

/** Runs one source's searches and fetches its documents, counting into the tally. */
interface Connector {

    /**
     * @throws SourceRun.SourceStop when the source must end early (changed portal, quota, budget)
     * @throws IOException          when the corpus cannot be written (ends the whole run)
     */
    void run(SourceTally tally) throws IOException, InterruptedException, SourceRun.SourceStop;
}
