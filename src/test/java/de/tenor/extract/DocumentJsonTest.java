package de.tenor.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentJsonTest {

    /** The fast reading of stored timestamps gives what {@link Instant#parse} gives, for every precision {@link Instant#toString} writes. */
    @Test
    void storedTimestampsReadAsInstantParseReadsThem() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-2_000_000_000L, 5_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String written = Instant.ofEpochSecond(second, nanos).toString();
            assertEquals(Instant.parse(written), DocumentJson.instant(written), written);
        }
        assertEquals(Instant.parse("2026-01-15T12:00:00Z"), DocumentJson.instant("2026-01-15T12:00:00Z"));
        assertEquals(Instant.parse("2026-01-15T12:00:00+01:00"), DocumentJson.instant("2026-01-15T12:00:00+01:00"));
        assertThrows(DateTimeException.class, () -> DocumentJson.instant("2026-02-30T12:00:00Z"));
        assertEquals(Instant.parse("2026-01-15T12:00:00.Z"), DocumentJson.instant("2026-01-15T12:00:00.Z"));
        assertThrows(DateTimeException.class, () -> DocumentJson.instant("2026-01-15 12:00:00Z"));
    }
}
