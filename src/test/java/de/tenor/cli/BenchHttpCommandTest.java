package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Smoke run of {@code tenor bench http} (issue 21): the real server and the raw-Lucene baseline on
 * 500 generated documents; the second run reuses the index, a folder with another size is refused.
 */
class BenchHttpCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bench_http_builds_once_reuses_the_index_and_prints_both_systems_and_the_targets() {
        Path work = tmp.resolve("idx");
        String first = run(0, "--docs", "500", "--queries", "40", "--warm-up", "0", "--work", work.toString());
        assertTrue(first.contains("500 documents") && first.contains("index built in"), first);
        assertTrue(first.matches("(?s).*one client.*\\n  p50 ms\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+×.*"), first);
        assertTrue(first.matches("(?s).*2 clients.*\\n  QPS\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+×.*"), first);
        assertTrue(first.contains("errors 0"), "every HTTP request answered 200 with a total: " + first);
        for (String kind : new String[] {"words", "docket", "rare"}) {
            assertTrue(first.matches("(?s).*\\n" + kind + " +\\d+ +[\\d.]+ / [\\d.]+ +[\\d.]+ / [\\d.]+.*"), kind + " row missing:\n" + first);
        }
        // CPU per query of the server's own threads: a request costs them something, the baseline's search too.
        java.util.regex.Matcher cpu = java.util.regex.Pattern.compile("\\nall +([\\d.]+) +([\\d.]+) +[\\d.]+×").matcher(first);
        assertTrue(cpu.find(), "CPU per query missing:\n" + first);
        assertTrue(Double.parseDouble(cpu.group(1)) > 0 && Double.parseDouble(cpu.group(2)) > 0, cpu.group());
        assertTrue(first.contains("target p99 ≤ 2× raw Lucene") && first.contains("target rare-word p50 ≤ raw + 3 ms"), first);

        String second = run(0, "--docs", "500", "--queries", "20", "--warm-up", "0", "--work", work.toString());
        assertTrue(second.contains("index reused"), second);

        StringWriter err = new StringWriter();
        CommandLine cl = TenorCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("bench", "http", "--docs", "600", "--queries", "20", "--work", work.toString()));
        assertTrue(err.toString().contains("holds an index of 500 documents"), err.toString());
    }

    private static String run(int expected, String... args) {
        CommandLine cl = TenorCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        all[0] = "bench";
        all[1] = "http";
        System.arraycopy(args, 0, all, 2, args.length);
        int code = cl.execute(all);
        assertEquals(expected, code, err + "\n" + out);
        return out.toString();
    }
}
