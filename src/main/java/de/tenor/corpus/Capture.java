package de.tenor.corpus;

import java.io.IOException;
import java.time.Instant;

/**
 * One source to extract: a loose file in the corpus folder ({@link CorpusFile}) or an HTTP
 * response stored in a WARC file by the crawler ({@link WarcCapture}). The index reads both the
 * same way. Implementations are immutable records; reading the bytes touches the disk.
 */
public sealed interface Capture permits CorpusFile, WarcCapture {

    /** {@code corpus:demo/x.html} for a file, the URL for a crawled page; the document id derives from it. */
    String sourceUri();

    /** A file name with an extension that fits the content; the extractor uses it as a format hint. */
    String fileName();

    /** When the content was written (file) or fetched (capture). */
    Instant fetchedAt();

    /** What progress lines and failure reports show: the relative path of a file, the URL of a capture. */
    String label();

    /** Changes whenever the content changed (a file: its content hash); the index fingerprints the corpus with these. */
    String versionKey();

    /**
     * True for what {@code tenor crawl --sources} fetched from the portals' searches, APIs and feeds:
     * the index leaves such a document out when it is off the topic (unless asked for all).
     * Imported, uploaded and link-crawled sources are always indexed.
     */
    default boolean fromTopicSource() {
        return false;
    }

    /**
     * Issue 18: a cheap fingerprint of where the content lies (a file's size, modification and
     * status-change time), or null when there is none. When it equals the one recorded at the last
     * index run, the content is taken as unchanged without hashing it; otherwise {@link #versionKey()}
     * decides. The status-change time cannot be set back, so a file rewritten with the same size and
     * modification time still differs here.
     */
    default String quickKey() {
        return null;
    }

    /** The raw bytes (a capture's payload without HTTP headers). */
    byte[] readBytes() throws IOException;
}
