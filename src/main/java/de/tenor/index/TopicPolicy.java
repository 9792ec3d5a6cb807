package de.tenor.index;

import de.tenor.corpus.Capture;
import de.tenor.extract.Document;

/**
 * Which documents go into the index (issue 15). The portals' full-text searches return far more
 * than the practice (tax-law "Verlustfeststellung", labour-law "Arbeitnehmereigenschaft", …): what
 * the topic sources fetched off the topic stays in the corpus but is left out by default, so the
 * search shows the practice. Files a user imports or uploads, and link-crawled pages, are always
 * indexed (with their {@code topic} value): someone chose them.
 */
public enum TopicPolicy {
    /** Default: documents of the topic sources only when the extractor judged them on topic. */
    ON_TOPIC_SOURCES,
    /** {@code tenor index --all}: everything, off-topic source documents too. */
    ALL;

    public boolean keeps(Capture capture, Document doc) {
        return this == ALL || !capture.fromTopicSource() || doc.topic();
    }
}
