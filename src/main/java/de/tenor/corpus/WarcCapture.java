package de.tenor.corpus;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * An HTTP response the crawler stored in a WARC file: where it is, so the payload can be read
 * again without scanning the file.
 *
 * @param mediaType base media type of the payload, e.g. {@code application/pdf}
 * @param truncated the body was cut at the crawler's size cap
 * @param sourceType the topic source that fetched it ({@code nrwe}, {@code neuris}, {@code oldp}, {@code feed}),
 *                   empty for the link-following crawl
 */
public record WarcCapture(String url, Instant fetchedAt, String mediaType, Path warcFile, long offset,
                          boolean truncated, String sourceType) implements Capture {

    /** WARC field naming the topic source of a record (an extension field, ignored by other WARC tools). */
    public static final String SOURCE_FIELD = "Tenor-Source";
    /** WARC field saying what a topic source's record is; {@link #ROLE_LISTING} records are never indexed. */
    public static final String ROLE_FIELD = "Tenor-Role";
    public static final String ROLE_LISTING = "listing";

    public WarcCapture(String url, Instant fetchedAt, String mediaType, Path warcFile, long offset, boolean truncated) {
        this(url, fetchedAt, mediaType, warcFile, offset, truncated, "");
    }

    /** File extension per media type; the extractor picks its reader by content and, failing that, by name. */
    static final Map<String, String> EXTENSIONS = Map.of(
            "text/html", "html",
            "application/xhtml+xml", "xhtml",
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/msword", "doc",
            "application/rtf", "rtf",
            "text/rtf", "rtf",
            "application/vnd.oasis.opendocument.text", "odt",
            // Case JSON of the APIs (NeuRIS, Open Legal Data); read only from topic-source records.
            "application/json", "json");

    public WarcCapture {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(warcFile, "warcFile");
        Objects.requireNonNull(sourceType, "sourceType");
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, got " + offset + " in " + warcFile);
        }
    }

    @Override
    public String sourceUri() {
        return url;
    }

    /** The last path segment of the URL with the extension of the media type, e.g. {@code 8_K_1598_22_Urteil.html}. */
    @Override
    public String fileName() {
        String path = URI.create(url).getPath();
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        String ext = EXTENSIONS.getOrDefault(mediaType, "bin");
        if (last.isEmpty()) {
            return "index." + ext;
        }
        int dot = last.lastIndexOf('.');
        String stem = dot > 0 ? last.substring(0, dot) : last;
        String current = dot > 0 ? last.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return current.equals(ext) || (ext.equals("html") && current.equals("htm")) ? last : stem + "." + ext;
    }

    /** Fetched by a topic source: off-topic documents of these are left out of the index by default. */
    @Override
    public boolean fromTopicSource() {
        return !sourceType.isEmpty();
    }

    @Override
    public String label() {
        return url;
    }

    /** A new capture of a URL lands at a new place, so the place identifies the version. */
    @Override
    public String versionKey() {
        return url + "\t" + warcFile.getFileName() + "\t" + offset;
    }

    @Override
    public byte[] readBytes() throws IOException {
        try (WarcReader reader = new WarcReader(FileChannel.open(warcFile))) {
            reader.position(offset);
            WarcRecord record = reader.next().orElseThrow(
                    () -> new IOException("No WARC record at offset " + offset + " of " + warcFile));
            if (!(record instanceof WarcResponse response)) {
                throw new IOException("Expected a response record at offset " + offset + " of " + warcFile
                        + ", found " + record.type());
            }
            return response.http().body().stream().readAllBytes();
        }
    }
}
