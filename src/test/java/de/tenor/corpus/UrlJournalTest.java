package de.tenor.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UrlJournalTest {

    @TempDir
    Path dir;

    private static final Instant AT = Instant.parse("2026-11-05T10:15:00Z");

    @Test
    void replay_returns_the_last_state_per_url_and_the_last_pass_marker() throws Exception {
        Path file = dir.resolve("state.jsonl");
        UrlState fetched = UrlState.discovered("https://a.example/x", 1)
                .visited(FetchStatus.FETCHED, 1, 200, AT)
                .withValidators(Optional.of("\"v1\""), Optional.of("Tue, 05 Nov 2026 10:00:00 GMT"))
                .withSha256("ab".repeat(32));
        try (UrlJournal journal = UrlJournal.open(file, 10)) {
            journal.passStarted(1, AT);
            journal.append(UrlState.discovered("https://a.example/x", 1));
            journal.append(UrlState.discovered("https://a.example/y", 2, 3));
            journal.append(fetched);
        }

        UrlJournal.Contents contents = UrlJournal.replay(file);

        assertEquals(fetched, contents.states().get("https://a.example/x"));
        assertEquals(3, contents.states().get("https://a.example/y").redirectHops());
        assertEquals(1, contents.lastPass());
        assertFalse(contents.lastPassFinished());
        assertEquals(java.util.List.of("https://a.example/x", "https://a.example/y"),
                java.util.List.copyOf(contents.states().keySet()), "discovery order");
    }

    @Test
    void torn_last_line_from_a_killed_run_is_cut_before_appending() throws Exception {
        Path file = dir.resolve("state.jsonl");
        try (UrlJournal journal = UrlJournal.open(file, 10)) {
            journal.append(UrlState.discovered("https://a.example/x", 0));
        }
        Files.writeString(file, "{\"url\":\"https://a.exa", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        try (UrlJournal journal = UrlJournal.open(file, 10)) {
            journal.append(UrlState.discovered("https://a.example/z", 0));
        }

        assertEquals(2, Files.readAllLines(file).size());
        assertTrue(UrlJournal.replay(file).states().containsKey("https://a.example/z"));
    }

    @Test
    void mostly_superseded_journal_is_compacted_on_open() throws Exception {
        Path file = dir.resolve("state.jsonl");
        try (UrlJournal journal = UrlJournal.open(file, 500)) {
            journal.passStarted(4, AT);
            for (int i = 0; i < 1200; i++) {
                journal.append(UrlState.discovered("https://a.example/only", 0).visited(FetchStatus.FETCHED, 4, 200, AT));
            }
            journal.passFinished(4, AT);
        }

        UrlJournal.open(file, 10).close();

        assertEquals(3, Files.readAllLines(file).size(), "start marker, one URL, finish marker");
        UrlJournal.Contents contents = UrlJournal.replay(file);
        assertEquals(4, contents.lastPass());
        assertTrue(contents.lastPassFinished());
    }
}
