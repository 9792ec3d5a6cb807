package de.tenor.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Shared helpers for the extraction tests. */
final class TestFiles {

    /** "Now" for all extraction tests, so date plausibility does not depend on the day the build runs. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final Instant FETCHED = Instant.parse("2026-01-15T12:00:00Z");

    private TestFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /extract/" + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared data folder (real pages; not part of this repository). */
    static Path shared() {
        return Path.of(System.getProperty("tenor.shared", "../shared"));
    }
}
