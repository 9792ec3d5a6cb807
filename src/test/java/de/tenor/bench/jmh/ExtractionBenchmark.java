package de.tenor.bench.jmh;

import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Extraction of one real-format NRWE ruling page (the test fixture), the step before indexing in {@code tenor index}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ExtractionBenchmark {

    private static final String FIXTURE = "src/test/resources/extract/nrwe-vg-gelsenkirchen-8-l-469-24.html";

    private byte[] html;
    private Extractor extractor;

    @Setup
    public void setUp() throws IOException {
        html = Files.readAllBytes(Path.of(FIXTURE));
        extractor = new Extractor();
    }

    @TearDown
    public void tearDown() throws Exception {
        extractor.close();
    }

    @Benchmark
    public Document extractNrweRuling() throws ExtractionException {
        return extractor.extract(html, "nrwe-vg-gelsenkirchen-8-l-469-24.html",
                "https://www.justiz.nrw.de/nrwe/ovgs/vg_gelsenkirchen/j2024/8_L_469_24_Beschluss_20240513.html",
                Instant.parse("2026-11-01T00:00:00Z"));
    }
}
