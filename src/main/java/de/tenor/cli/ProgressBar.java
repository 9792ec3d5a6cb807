package de.tenor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of counted work on stderr (issue 10). On a terminal one line is redrawn in place:
 * {@code   indexing [=========>          ] 45/120 files  37 %  12.3 files/s  ETA 0:06};
 * elsewhere (CI logs, pipes, tests) a plain line per tenth of the work, so logs stay readable:
 * {@code   indexing: 12/120 files (10 %), 11.8 files/s, ETA 0:09}. Not thread-safe: one worker calls it.
 */
final class ProgressBar {

    private static final int BAR_WIDTH = 24;
    /** Redraw at most this often on a terminal; a fast loop would otherwise spend its time printing. */
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final String label;
    private final String unit;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label, String unit, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.label = label;
        this.unit = unit;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastDraw = start - REDRAW_NANOS;
    }

    /** A bar on the real terminal when there is one, else plain lines. */
    static ProgressBar forConsole(PrintWriter err, String label, String unit) {
        return new ProgressBar(err, label, unit, Terminal.isInteractive(), System::nanoTime);
    }

    /** After each unit of work: {@code done} of {@code total} are finished. */
    void step(int done, int total) {
        long now = nanoTime.getAsLong();
        if (total <= 0) {
            return;
        }
        if (terminal) {
            if (done == total || now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                err.print("\r" + bar(done, total, now));
                drawn = true;
                if (done == total) {
                    err.println();
                    drawn = false;
                }
                err.flush();
            }
        } else {
            int step = Math.max(1, total / 10);
            if (done % step == 0 || done == total) {
                err.println(line(done, total, now));
                err.flush();
            }
        }
    }

    /** Ends a bar that stopped before its total (an error), so the next message starts on its own line. */
    void close() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }

    String bar(int done, int total, long now) {
        int filled = (int) ((long) BAR_WIDTH * done / total);
        String bar = "=".repeat(filled) + (filled < BAR_WIDTH ? ">" + " ".repeat(BAR_WIDTH - filled - 1) : "");
        return String.format(Locale.ROOT, "  %s [%s] %d/%d %s %3d %%  %s", label, bar, done, total, unit,
                done * 100L / total, rateAndEta(done, total, now));
    }

    String line(int done, int total, long now) {
        return String.format(Locale.ROOT, "  %s: %d/%d %s (%d %%), %s", label, done, total, unit, done * 100L / total,
                rateAndEta(done, total, now).replace("  ", ", "));
    }

    private String rateAndEta(int done, int total, long now) {
        double seconds = (now - start) / 1e9;
        if (done == 0 || seconds <= 0) {
            return "… " + unit + "/s  ETA …";
        }
        double rate = done / seconds;
        long eta = Math.round((total - done) / rate);
        return String.format(Locale.ROOT, "%.1f %s/s  ETA %d:%02d", rate, unit, eta / 60, eta % 60);
    }
}
