package de.tenor.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real decisions in ../shared (not part of this repository) that tests use beside the demo corpus. */
public final class RealDecisions {

    /** {@code ../shared/corpora}, or {@code -Dtenor.shared=DIR}/corpora. */
    static final Path CORPORA = Path.of(System.getProperty("tenor.shared", "../shared"), "corpora");

    private RealDecisions() {
    }

    /**
     * The 50 bverwg.de decision pages, sorted; none when ../shared is not beside the repo, which the
     * console then says, with what {@code test} checks instead.
     */
    public static List<Path> bverwgPages(String test, String instead) throws IOException {
        Path dir = CORPORA.resolve("bverwg-2024-pages/html");
        if (!Files.isDirectory(dir)) {
            System.out.println(test + ": " + dir + " not present (a plain clone has no ../shared): " + instead);
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
