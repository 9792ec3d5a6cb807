package de.tenor.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: the corpus's one write path (imports and uploads) on a real folder. */
class CorpusStoreWriteTest {

    @TempDir
    Path tmp;

    @Test
    void writes_whole_files_replaces_only_when_asked_and_stays_inside_the_corpus() throws IOException {
        CorpusStore store = new CorpusStore(tmp.resolve("corpus"));
        byte[] first = "Erste Fassung".getBytes(StandardCharsets.UTF_8);
        byte[] second = "Zweite Fassung".getBytes(StandardCharsets.UTF_8);

        assertTrue(store.write("upload/a.txt", first, false));
        assertFalse(store.write("upload/a.txt", second, false), "an existing file is kept unless replacing");
        assertArrayEquals(first, Files.readAllBytes(store.root().resolve("upload/a.txt")));
        assertTrue(store.write("upload/a.txt", second, true));
        assertArrayEquals(second, Files.readAllBytes(store.root().resolve("upload/a.txt")));
        assertEquals(1, store.list().size());
        try (Stream<Path> files = Files.list(store.root().resolve("upload"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
        assertThrows(IllegalArgumentException.class, () -> store.write("../outside.txt", first, true));
        assertFalse(Files.exists(tmp.resolve("outside.txt")));
    }
}
