package de.tenor.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 18: what each source of a generation became, so the next {@code tenor index} extracts only
 * new and changed sources. One JSON line per source in {@value #FILE} inside the generation folder,
 * written before the generation's Lucene commit and published with it (the pointer swap makes both
 * visible at once), so the record always describes exactly the documents of the served commit.
 * The file is always written anew, never changed in place: an incremental generation shares the
 * Lucene files of its predecessor by hard links, and an in-place write would change both. A
 * generation that adds one upload ({@link #append}) shares its predecessor's {@value #FILE} by a
 * hard link too and lists the sources added since in a small {@value #ADDED}, so an upload costs
 * the same at 100,000 sources as at 100; the next {@link #write} folds them into one file again.
 */
final class SourceRecord {

    static final String FILE = "tenor-sources.jsonl";
    /** Sources added one at a time since {@value #FILE} was written; their lines win over its. */
    static final String ADDED = "tenor-sources-added.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One source as last indexed.
     *
     * @param uri        {@link de.tenor.corpus.Capture#sourceUri()}
     * @param version    {@link de.tenor.corpus.Capture#versionKey()} when it was extracted: path, size and
     *                   modification time of a file, URL and WARC place of a capture
     * @param docId      the id of the document it became (null when it became none)
     * @param source     what the document names as its source (URL or corpus path)
     * @param textLength for choosing the richest member of a decision
     * @param keys       {@link DecisionKey}s of the document, to re-merge a decision without re-extracting
     * @param state      what the index holds of it
     * @param quick      {@link de.tenor.corpus.Capture#quickKey()} when it was extracted (null: none)
     */
    record Entry(String uri, String version, String docId, String source, int textLength, String fetchedAt,
                 List<String> keys, State state, String quick) {

        Entry {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }

        /** When the source entered the corpus (ISO-8601 text in the file); null when unknown. */
        Instant fetchedAtTime() {
            return fetchedAt == null ? null : Instant.parse(fetchedAt);
        }

        boolean indexed() {
            return state == State.INDEXED;
        }

        /** Whether the capture still holds what this entry was extracted from: cheap key first, content hash second. */
        boolean matches(de.tenor.corpus.Capture capture) {
            if (quick != null && quick.equals(capture.quickKey())) {
                return true;
            }
            return version.equals(capture.versionKey());
        }
    }

    enum State {
        /** A document in the index (alone, or merged into its decision's document). */
        INDEXED,
        /** Left out by the {@link TopicPolicy}. */
        OFF_TOPIC,
        /** The extractor could not read it; tried again only when it changes. */
        FAILED
    }

    private SourceRecord() {
    }

    /** The record of {@code generation}, by source URI, in corpus order; empty when the generation has none. */
    static Map<String, Entry> read(Path generation) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String name : List.of(FILE, ADDED)) {
            Path file = generation.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        Entry e = JSON.readValue(line, Entry.class);
                        entries.put(e.uri(), e);
                    }
                }
            }
        }
        return entries;
    }

    /**
     * Writes {@code generation}'s record as {@code previous}'s plus one entry: {@value #FILE} by a
     * hard link (it is never written in place), {@value #ADDED} as a copy (never a link: appending
     * would change {@code previous} too) with one line appended and forced to disk. The new folder
     * entries are made durable by the Lucene commit that follows (it syncs the folder).
     */
    static void append(Path previous, Path generation, Entry entry) throws IOException {
        IndexLocation.linkOrCopy(previous.resolve(FILE), generation.resolve(FILE));
        Path file = generation.resolve(ADDED);
        Files.deleteIfExists(file);
        if (Files.isRegularFile(previous.resolve(ADDED))) {
            Files.copy(previous.resolve(ADDED), file);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            byte[] json = JSON.writeValueAsBytes(entry);
            ByteBuffer buffer = ByteBuffer.allocate(json.length + 1).put(json).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Writes a new file (never through an existing hard link) and forces it to disk. */
    static void write(Path generation, Iterable<Entry> entries) throws IOException {
        Path file = generation.resolve(FILE);
        Files.deleteIfExists(file);
        Files.deleteIfExists(generation.resolve(ADDED)); // folded into the new file
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (Entry e : entries) {
                out.write(JSON.writeValueAsBytes(e));
                out.write('\n');
            }
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
