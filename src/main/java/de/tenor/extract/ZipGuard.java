package de.tenor.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses ZIP containers (DOCX, ODT, EPUB, …) whose entries inflate far beyond the file's own
 * size before Tika unpacks them: a few kilobytes can hold gigabytes of one repeated byte, which
 * would take the parser minutes and the heap with it. The entries are inflated once into nothing,
 * counting bytes, and the count stops at the limit; the headers' declared sizes are not trusted,
 * since a crafted file lies about them. Stateless and thread-safe.
 */
final class ZipGuard {

    /** Real office files inflate to a few times their size (XML compresses about 10:1). */
    private static final long RATIO = 20;
    private static final long FLOOR_BYTES = 100L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    static void check(byte[] content, String fileName) throws ExtractionException {
        long limit = Math.max(FLOOR_BYTES, RATIO * content.length);
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ExtractionException(fileName, "zip bomb: more than " + MAX_ENTRIES + " entries");
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new ExtractionException(fileName, "zip bomb: entries expand to more than " + limit
                                + " bytes from a " + content.length + "-byte file (entry " + entry.getName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            // A damaged archive is for Tika to report in its own words; only the size is our concern here.
        }
    }
}
