package de.tenor.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointerWatchTest {

    @TempDir
    Path dir;

    @Test
    void seesEveryReplacementOfThePointerButNotTheSameFileTwice() throws Exception {
        Path pointer = dir.resolve("CURRENT");
        PointerWatch watch = new PointerWatch(pointer, java.util.concurrent.TimeUnit.HOURS.toNanos(1));
        assertTrue(watch.changed().isPresent(), "the first look always reads");
        watch.read(watch.changed().orElseThrow());
        assertTrue(watch.changed().isEmpty(), "still no pointer");
        for (int i = 0; i < 20; i++) {
            // As IndexLocation.publish: a new file renamed over the pointer, here with the same length each time.
            Path tmp = dir.resolve("CURRENT.tmp");
            Files.writeString(tmp, "gen-" + (1000 + i) + "\n");
            Files.move(tmp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            var changed = watch.changed();
            assertTrue(changed.isPresent(), "publish " + i + " must be seen at once");
            assertTrue(watch.changed().isPresent(), "seen as changed until the caller has read it");
            watch.read(changed.get());
            assertTrue(watch.changed().isEmpty(), "unchanged after publish " + i);
        }
    }

    @Test
    void looksAgainAfterTheRecheckIntervalEvenWithoutAChange() throws Exception {
        Files.writeString(dir.resolve("CURRENT"), "gen-1\n");
        PointerWatch watch = new PointerWatch(dir.resolve("CURRENT"), 0);
        watch.read(watch.changed().orElseThrow());
        assertTrue(watch.changed().isPresent(), "an interval of 0 reads the pointer every time, as before issue 21");
    }
}
