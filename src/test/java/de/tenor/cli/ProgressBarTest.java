package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Issue 10: a bar with rate and ETA on a terminal, plain lines in logs. */
class ProgressBarTest {

    private final StringWriter out = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    /** 40 files, one every 0.5 s. */
    private String run(boolean terminal) {
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "indexing", "files", terminal, clock::get);
        for (int done = 1; done <= 40; done++) {
            clock.addAndGet(500_000_000L);
            bar.step(done, 40);
        }
        bar.close();
        return out.toString();
    }

    @Test
    void without_a_terminal_one_plain_line_per_tenth_with_rate_and_eta() {
        List<String> lines = run(false).lines().toList();
        assertEquals(10, lines.size(), lines.toString());
        assertEquals("  indexing: 4/40 files (10 %), 2.0 files/s, ETA 0:18", lines.getFirst());
        assertEquals("  indexing: 40/40 files (100 %), 2.0 files/s, ETA 0:00", lines.getLast());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\r")));
    }

    @Test
    void on_a_terminal_one_line_is_redrawn_in_place_and_ended_at_the_end() {
        String text = run(true);
        assertTrue(text.startsWith("\r  indexing [>                       ] 1/40 files   2 %  2.0 files/s  ETA 0:20"), text);
        assertTrue(text.contains("\r  indexing [============>           ] 20/40 files  50 %  2.0 files/s  ETA 0:10"), text);
        assertTrue(text.endsWith("] 40/40 files 100 %  2.0 files/s  ETA 0:00" + System.lineSeparator()), text);
        assertEquals(1, text.chars().filter(c -> c == '\n').count(), "a single line, redrawn with carriage returns");
    }

    @Test
    void an_interrupted_bar_ends_its_line_on_close() {
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "indexing", "files", true, clock::get);
        clock.addAndGet(1_000_000_000L);
        bar.step(3, 10);
        bar.close();
        assertTrue(out.toString().endsWith(System.lineSeparator()), out.toString());
    }
}
