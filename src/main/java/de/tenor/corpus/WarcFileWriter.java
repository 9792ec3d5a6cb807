package de.tenor.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Appends WARC records to {@code tenor-<time>-<serial>.warc.gz} files in one folder, one gzip
 * member per record, and starts a new file when the current one reaches {@code maxFileBytes}.
 *
 * <p>Never appends to a file an earlier process wrote: after a {@code kill -9} that file may end
 * in a torn record, which readers skip; everything written later goes to a fresh file. The first
 * file is created on the first write, so a run that stores nothing leaves no empty file.
 * Not thread-safe; {@link CrawlArchive} serialises access.
 */
final class WarcFileWriter implements Closeable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    /** Where one record was written, enough to read it again without scanning. */
    record Position(Path file, long offset) {
    }

    private final Path dir;
    private final long maxFileBytes;
    private final Clock clock;
    private final String software;
    private final String runStamp;
    private int serial;
    private FileChannel channel;
    private WarcWriter writer;
    private Path current;

    WarcFileWriter(Path dir, long maxFileBytes, Clock clock, String software) {
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
        this.software = software;
        this.runStamp = STAMP.format(clock.instant());
    }

    /** Writes the records back to back in the current file; returns the position of the first. */
    Position write(List<WarcRecord> records) throws IOException {
        if (writer == null || writer.position() >= maxFileBytes) {
            rotate();
        }
        Position first = new Position(current, writer.position());
        for (WarcRecord r : records) {
            writer.write(r);
        }
        return first;
    }

    /** Forces written records to the disk (they reach the OS on every write already). */
    void sync() throws IOException {
        if (channel != null) {
            channel.force(false);
        }
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            sync();
            writer.close();
            writer = null;
            channel = null;
        }
    }

    private void rotate() throws IOException {
        close();
        Files.createDirectories(dir);
        String name;
        do {
            name = String.format("tenor-%s-%05d.warc.gz", runStamp, serial++);
        } while (Files.exists(dir.resolve(name)));
        current = dir.resolve(name);
        channel = FileChannel.open(current, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of(software));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
        writer.write(new Warcinfo.Builder().date(clock.instant()).filename(name).fields(fields).build());
    }
}
