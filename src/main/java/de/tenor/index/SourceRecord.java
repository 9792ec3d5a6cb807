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
 * Lucene files of its predecessor by hard links, and an in-place write would change both.
 */
final class SourceRecord {

    static final String FILE = "tenor-sources.jsonl";
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
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    Entry e = JSON.readValue(line, Entry.class);
                    entries.put(e.uri(), e);
                }
            }
        }
        return entries;
    }

    /**
     * Writes {@code generation}'s record as {@code previous}'s plus one entry: a copy of the file
     * (never a hard link, which would change {@code previous} too) with one line appended, forced
     * to disk. The entry must be for a source {@code previous} does not record.
     */
    static void append(Path previous, Path generation, Entry entry) throws IOException {
        Path file = generation.resolve(FILE);
        Files.deleteIfExists(file);
        Files.copy(previous.resolve(FILE), file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
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
