package de.tenor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Smoke run of {@code tenor bench search} (issue 9): the real command on 2,000 generated documents, in seconds. */
class BenchSearchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bench_search_on_2000_docs_prints_both_systems_ratios_and_targets() throws Exception {
        CommandLine cl = TenorCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        Path work = tmp.resolve("work");

        int code = cl.execute("bench", "search", "--docs", "2000", "--queries", "20", "--work", work.toString());

        String report = out.toString();
        assertEquals(0, code, err.toString() + report);
        assertTrue(report.contains("2,000 documents"), report);
        assertTrue(report.matches("(?s).*throughput docs/s\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+×.*"), report);
        assertTrue(report.matches("(?s).*1 thread  p99 ms\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+×.*"), report);
        assertTrue(report.matches("(?s).*2 threads QPS\\s+[\\d,.]+\\s+[\\d,.]+\\s+[\\d.]+×.*"), report);
        for (String kind : new String[] {"words", "phrase", "docket", "browse"}) {
            assertTrue(report.matches("(?s).*\\n    " + kind + " +\\d+ queries  Tenor .*"), kind + " row missing:\n" + report);
        }
        assertTrue(report.contains("search p99 ≤ 1.5× baseline"), report);
        assertTrue(report.contains("indexing throughput ≥ 0.8× baseline"), report);
        assertTrue(!Files.exists(work) || Files.list(work).findAny().isEmpty(), "indexes are removed after the run");
    }

    @Test
    void bench_search_with_too_few_docs_exits_2() {
        CommandLine cl = TenorCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("bench", "search", "--docs", "5"));
        assertTrue(err.toString().contains("--docs must be 100.."), err.toString());
    }
}
