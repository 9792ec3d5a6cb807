package de.tenor.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the WARC files in one folder and answers: which crawled documents are there now?
 * That is the newest capture of each URL, when it is a 200 response of a type the extractor
 * reads (HTML, PDF, DOCX, …). A newer 404, or a revisit record saying the URL's content is a
 * duplicate of another URL's, removes the URL. Files are read oldest first (their names start
 * with the time they were opened); a torn record at the end of a file — left by a killed crawl —
 * is skipped with a warning.
 *
 * <p>Issue 18: a WARC file is only ever appended to, so what one file says is read once: beside
 * each file a hidden summary ({@code .<name>.captures.jsonl}) lists its records' verdicts in order,
 * valid while the file keeps the size and modification time it had then. An index run after a
 * crawl reads only the new or grown WARC files. A missing or unreadable summary means reading the
 * file. Thread-safe apart from two runs writing the same summary (both write the same lines).
 */
public final class WarcCaptures {

    private static final Logger log = LoggerFactory.getLogger(WarcCaptures.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    public WarcCaptures(Path dir) {
        this.dir = dir;
    }

    /** WARC files in the folder ({@code .warc.gz} or {@code .warc}), oldest first. */
    public List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> isWarc(p.getFileName().toString())).sorted(Comparator.comparing(Path::getFileName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list WARC folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public static boolean isWarc(String fileName) {
        return fileName.endsWith(".warc.gz") || fileName.endsWith(".warc");
    }

    /** The documents the WARC files hold now, sorted by URL. */
    public List<WarcCapture> latest() {
        Map<String, WarcCapture> byUrl = new LinkedHashMap<>();
        for (Path file : files()) {
            try {
                for (Seen seen : verdicts(file)) {
                    apply(seen, byUrl);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read WARC file " + file + ": " + e.getMessage(), e);
            }
        }
        List<WarcCapture> captures = new ArrayList<>(byUrl.values());
        captures.sort(Comparator.comparing(WarcCapture::url));
        return List.copyOf(captures);
    }

    /** What one record says about its URL; taken before the reader moves on, which invalidates the record. */
    private record Seen(String url, Optional<WarcCapture> capture) {
    }

    /** One line of a summary: a {@link Seen}, flat (no capture: {@code mediaType} is null). */
    private record SummaryLine(String url, String fetchedAt, String mediaType, long offset, boolean truncated, String source) {
    }

    /** The verdicts of one file's records in order: from its summary when the file is as summarised, else read. */
    private static List<Seen> verdicts(Path file) throws IOException {
        String stamp = Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        Path summary = file.resolveSibling("." + file.getFileName() + ".captures.jsonl");
        Optional<List<Seen>> known = readSummary(summary, stamp, file);
        if (known.isPresent()) {
            return known.get();
        }
        List<Seen> seen = scan(file);
        writeSummary(summary, stamp, seen);
        return seen;
    }

    private static Optional<List<Seen>> readSummary(Path summary, String stamp, Path file) {
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().equals(stamp)) {
                return Optional.empty();
            }
            List<Seen> seen = new ArrayList<>(lines.size() - 1);
            for (String line : lines.subList(1, lines.size())) {
                SummaryLine l = JSON.readValue(line, SummaryLine.class);
                seen.add(new Seen(l.url(), l.mediaType() == null ? Optional.empty() : Optional.of(new WarcCapture(l.url(),
                        Instant.parse(l.fetchedAt()), l.mediaType(), file, l.offset(), l.truncated(), l.source()))));
            }
            return Optional.of(seen);
        } catch (IOException | RuntimeException e) {
            log.warn("Reading {} again: its summary {} is unreadable ({})", file, summary, e.getMessage());
            return Optional.empty();
        }
    }

    /** A summary is a convenience: when it cannot be written, the file is simply read again next time. */
    private static void writeSummary(Path summary, String stamp, List<Seen> seen) {
        try {
            Path tmp = Files.createTempFile(summary.getParent(), ".summary-", ".tmp");
            try {
                StringBuilder text = new StringBuilder(stamp).append('\n');
                for (Seen s : seen) {
                    WarcCapture c = s.capture().orElse(null);
                    text.append(JSON.writeValueAsString(c == null ? new SummaryLine(s.url(), null, null, 0, false, null)
                            : new SummaryLine(c.url(), c.fetchedAt().toString(), c.mediaType(), c.offset(), c.truncated(),
                            c.sourceType()))).append('\n');
                }
                Files.writeString(tmp, text, StandardCharsets.UTF_8);
                Files.move(tmp, summary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            log.warn("Could not write the WARC summary {}: {}", summary, e.getMessage());
        }
    }

    private static List<Seen> scan(Path file) throws IOException {
        List<Seen> seen = new ArrayList<>();
        try (WarcReader reader = new WarcReader(FileChannel.open(file))) {
            Optional<Seen> pending = Optional.empty();
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException e) {
                    // Only a complete record is followed by a readable one (or a clean end of file);
                    // the record before a parse failure may itself be torn, so it is dropped too.
                    log.warn("Skipped a torn record at the end of {} (an interrupted crawl): {}", file, e.getMessage());
                    return seen;
                }
                pending.ifPresent(seen::add);
                if (next.isEmpty()) {
                    return seen;
                }
                pending = describe(next.get(), file);
            }
        }
    }

    private static void apply(Seen seen, Map<String, WarcCapture> byUrl) {
        byUrl.remove(seen.url());
        seen.capture().ifPresent(c -> byUrl.put(c.url(), c));
    }

    private static Optional<Seen> describe(WarcRecord record, Path file) throws IOException {
        if (record instanceof WarcResponse response) {
            String url = response.target();
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                return Optional.empty();
            }
            int status = response.http().status();
            String type = response.identifiedPayloadType().map(MediaType::base).map(MediaType::toString)
                    .orElseGet(() -> baseType(response));
            String source = response.headers().first(WarcCapture.SOURCE_FIELD).orElse("");
            if (response.headers().first(WarcCapture.ROLE_FIELD).filter(WarcCapture.ROLE_LISTING::equals).isPresent()) {
                return Optional.empty(); // a result list: neither a document nor news about its URL
            }
            // JSON is a document only when a topic source fetched it as one (an API's case record).
            boolean readable = WarcCapture.EXTENSIONS.containsKey(type) && (!type.equals("application/json") || !source.isEmpty());
            if (status != 200 || !readable) {
                return Optional.of(new Seen(url, Optional.empty()));
            }
            boolean truncated = response.truncated() != WarcTruncationReason.NOT_TRUNCATED;
            Instant date = response.date();
            return Optional.of(new Seen(url, Optional.of(
                    new WarcCapture(url, date, type, file, record.position(), truncated, source))));
        }
        if (record instanceof WarcRevisit revisit) {
            // A revisit of the URL itself means "unchanged": keep the earlier capture. One that refers
            // to another URL records a duplicate: that other URL carries the document.
            Optional<URI> refersTo = revisit.refersToTargetURI();
            if (refersTo.isPresent() && !refersTo.get().toString().equals(revisit.target())) {
                return Optional.of(new Seen(revisit.target(), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static String baseType(WarcResponse response) {
        try {
            return response.http().contentType().base().toString().toLowerCase(Locale.ROOT);
        } catch (IOException | IllegalArgumentException e) {
            return "application/octet-stream";
        }
    }
}
