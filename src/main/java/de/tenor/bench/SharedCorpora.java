package de.tenor.bench;

import de.tenor.corpus.CorpusUri;
import de.tenor.extract.Document;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.ExtractionLimits;
import de.tenor.extract.Extractor;
import de.tenor.extract.OldpDump;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17: the real documents of the relevance benchmark, read from the shared data folder at
 * bench time and never copied into the repository: 50 BVerwG decision pages, the 10-case Open
 * Legal Data sample, the 15 decisions of the refex benchmark, and 181 news and blog pages (mostly
 * English) as documents that no German legal query should find. A judged document is named by its
 * file name there (the refex decisions as {@code <doc_id>.txt}).
 */
public final class SharedCorpora {

    /** The parts, relative to the shared folder. */
    public static final List<String> PARTS = List.of("corpora/bverwg-2024-pages/html",
            "corpora/oldp-dump-sample/cases.10.jsonl.gz", "corpora/refex-benchmark/documents.jsonl",
            "evaldata/article-extraction/html");
    private static final Instant FETCHED = Instant.parse("2026-01-15T12:00:00Z");

    private SharedCorpora() {
    }

    /** The parts missing under {@code shared}; empty when all are there. */
    public static List<String> missing(Path shared) {
        return PARTS.stream().filter(p -> !Files.exists(shared.resolve(p))).toList();
    }

    /** Extracts every document; one that fails is reported on {@code err} and left out. */
    public static List<Document> load(Path shared, Extractor extractor, PrintWriter err) throws IOException {
        List<Document> out = new ArrayList<>();
        for (Path page : files(shared.resolve(PARTS.get(0)), ".html")) {
            add(out, extractor, Files.readAllBytes(page), page.getFileName().toString(), "bverwg/", err);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(shared.resolve(PARTS.get(1))))) {
            OldpDump cases = new OldpDump(in, ExtractionLimits.DEFAULTS.maxInputBytes());
            for (Optional<OldpDump.Item> i = cases.next(); i.isPresent(); i = cases.next()) {
                if (i.get().isCase()) {
                    add(out, extractor, i.get().json(), i.get().fileName(), "oldp/", err);
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(shared.resolve(PARTS.get(2)), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode d = json.readTree(line);
                add(out, extractor, d.get("text").asText().getBytes(StandardCharsets.UTF_8),
                        d.get("doc_id").asText() + ".txt", "refex/", err);
            }
        }
        for (Path page : files(shared.resolve(PARTS.get(3)), ".html.gz")) {
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                html = in.readAllBytes();
            }
            String name = page.getFileName().toString();
            add(out, extractor, html, name.substring(0, name.length() - ".gz".length()), "articles/", err);
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void add(List<Document> out, Extractor extractor, byte[] content, String name, String folder,
                            PrintWriter err) {
        try {
            out.add(extractor.extract(content, name, CorpusUri.of("shared/" + folder + name), FETCHED));
        } catch (ExtractionException e) {
            err.println("  skipped " + folder + name + ": " + e.getMessage());
        }
    }
}
