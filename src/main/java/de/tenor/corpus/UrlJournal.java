package de.tenor.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl state as an append-only JSON-lines file: one line per URL state change (the last line
 * for a URL wins) plus pass markers. Replayed on open.
 *
 * <p>Why a journal and not a database: every line is written with one {@code write} call, so a
 * {@code kill -9} loses at most the line being written, and {@link #open} cuts such a torn last
 * line off before appending. Lines reach the OS at once and the disk (fsync) every
 * {@code syncEvery} lines, on {@link #sync()} and on close. Not thread-safe on its own; the
 * {@link CrawlArchive} serialises access.
 */
public final class UrlJournal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UrlJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a replay found: the newest state per URL and the newest pass marker. */
    public record Contents(Map<String, UrlState> states, int lastPass, boolean lastPassFinished) {
        public Contents {
            // Insertion order is discovery order: resumed crawls queue URLs in the order they were found.
            states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
        }
    }

    private final FileChannel channel;
    private final int syncEvery;
    private final Contents contents;
    private int unsynced;

    private UrlJournal(FileChannel channel, int syncEvery, Contents contents) {
        this.channel = channel;
        this.syncEvery = syncEvery;
        this.contents = contents;
    }

    /** Repairs a torn last line, compacts when mostly superseded lines, then opens for appending. */
    public static UrlJournal open(Path file, int syncEvery) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        cutTornTail(file);
        Contents contents = replay(file);
        long lines = countLines(file);
        if (lines > 2L * contents.states().size() + 1000) {
            compact(file, contents);
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return new UrlJournal(channel, syncEvery, contents);
    }

    /** What the journal held when it was opened. */
    public Contents contents() {
        return contents;
    }

    /** Reads the journal; a missing file is an empty crawl. Unparsable lines are logged and skipped. */
    public static Contents replay(Path file) throws IOException {
        Map<String, UrlState> states = new LinkedHashMap<>();
        int lastPass = 0;
        boolean finished = false;
        if (!Files.exists(file)) {
            return new Contents(states, 0, false);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node.has("event")) {
                        lastPass = node.get("pass").asInt();
                        finished = "finished".equals(node.get("event").asText());
                    } else {
                        UrlState s = fromJson(node);
                        states.put(s.url(), s);
                    }
                } catch (JsonProcessingException | RuntimeException e) {
                    log.warn("Skipped unreadable line {} of {}: {}", number, file, e.getMessage());
                }
            }
        }
        return new Contents(states, lastPass, finished);
    }

    public void append(UrlState state) throws IOException {
        writeLine(toJson(state));
    }

    public void passStarted(int pass, Instant at) throws IOException {
        writeLine(passMarker(pass, "started", at));
        sync();
    }

    public void passFinished(int pass, Instant at) throws IOException {
        writeLine(passMarker(pass, "finished", at));
        sync();
    }

    /** Forces written lines to the disk. */
    public void sync() throws IOException {
        channel.force(false);
        unsynced = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            sync();
        } finally {
            channel.close();
        }
    }

    private void writeLine(String json) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap((json + "\n").getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        if (++unsynced >= syncEvery) {
            sync();
        }
    }

    private static String passMarker(int pass, String event, Instant at) {
        ObjectNode n = JSON.createObjectNode();
        n.put("pass", pass).put("event", event).put("at", at.toString());
        return n.toString();
    }

    static String toJson(UrlState s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("url", s.url()).put("status", s.status().name()).put("depth", s.depth()).put("pass", s.pass());
        if (s.redirectHops() != 0) {
            n.put("hops", s.redirectHops());
        }
        if (s.httpStatus() != 0) {
            n.put("http", s.httpStatus());
        }
        s.etag().ifPresent(v -> n.put("etag", v));
        s.lastModified().ifPresent(v -> n.put("lastModified", v));
        s.sha256().ifPresent(v -> n.put("sha256", v));
        s.fetchedAt().ifPresent(v -> n.put("fetchedAt", v.toString()));
        s.duplicateOf().ifPresent(v -> n.put("duplicateOf", v));
        s.redirectTo().ifPresent(v -> n.put("redirectTo", v));
        s.reason().ifPresent(v -> n.put("reason", v));
        return n.toString();
    }

    static UrlState fromJson(JsonNode n) {
        return new UrlState(n.get("url").asText(), FetchStatus.valueOf(n.get("status").asText()),
                n.get("depth").asInt(), n.path("hops").asInt(0), n.path("pass").asInt(0), n.path("http").asInt(0),
                text(n, "etag"), text(n, "lastModified"), text(n, "sha256"), text(n, "fetchedAt").map(Instant::parse),
                text(n, "duplicateOf"), text(n, "redirectTo"), text(n, "reason"));
    }

    private static Optional<String> text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }

    /** A kill during a write leaves a line without its newline; cut it so the next line starts clean. */
    private static void cutTornTail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                ch.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                log.warn("Cut a torn last line ({} bytes) from {}: the previous crawl was killed mid-write",
                        size - keep, file);
                ch.truncate(keep);
                ch.force(false);
            }
        }
    }

    private static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    /** Rewrites the journal with one line per URL; the rename makes the switch atomic. */
    private static void compact(Path file, Contents contents) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".compact");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            StringBuilder sb = new StringBuilder();
            if (contents.lastPass() > 0) {
                sb.append(passMarker(contents.lastPass(), "started", Instant.EPOCH)).append('\n');
            }
            contents.states().values().forEach(s -> sb.append(toJson(s)).append('\n'));
            if (contents.lastPassFinished()) {
                sb.append(passMarker(contents.lastPass(), "finished", Instant.EPOCH)).append('\n');
            }
            ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Compacted {} to {} URLs", file, contents.states().size());
    }
}
