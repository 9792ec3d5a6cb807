package de.tenor.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * is skipped with a warning. Stateless apart from the folder; thread-safe.
 */
public final class WarcCaptures {

    private static final Logger log = LoggerFactory.getLogger(WarcCaptures.class);

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
                scan(file, byUrl);
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

    private static void scan(Path file, Map<String, WarcCapture> byUrl) throws IOException {
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
                    return;
                }
                pending.ifPresent(seen -> apply(seen, byUrl));
                if (next.isEmpty()) {
                    return;
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
