package de.tenor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.extract.PageText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores main-content extraction on the Zyte article-extraction benchmark
 * ({@code ground-truth.json} plus {@code html/<id>.html.gz}; see its SOURCE.md) with
 * {@link ShingleScore}, next to the whole-page-text baseline computed in the same run.
 * Stateless; each {@link #run} reads the folder afresh.
 */
public final class ArticleBenchmark {

    /** Scores of one run; {@code worst} lists the pages with the lowest F1 first, for debugging. */
    public record Result(ShingleScore.Summary extractor, ShingleScore.Summary baseline, List<PageResult> worst) {
    }

    /** One page's score under the extractor. */
    public record PageResult(String id, String url, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    private final PageText pageText = new PageText();

    /** Runs the benchmark with Tenor's main-content extractor. */
    public Result run(Path dataset) throws IOException {
        Path truthFile = dataset.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new IOException("No ground-truth.json in " + dataset + ": pass the article-extraction folder");
        }
        JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
        List<ShingleScore.Page> ours = new ArrayList<>();
        List<ShingleScore.Page> baseline = new ArrayList<>();
        List<PageResult> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dataset.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                continue;
            }
            String url = e.getValue().path("url").asText("");
            String body = e.getValue().path("articleBody").asText("");
            org.jsoup.nodes.Document page = pageText.parse(gunzip(html), url);
            ShingleScore.Page p = ShingleScore.page(body, pageText.mainContent(page));
            ours.add(p);
            baseline.add(ShingleScore.page(body, pageText.wholePage(page)));
            double precision = p.hasOutput() ? p.tp() / (p.tp() + p.fp()) : 0;
            double recall = p.hasTruth() ? p.tp() / (p.tp() + p.fn()) : 0;
            pages.add(new PageResult(e.getKey(), url, precision, recall));
        }
        if (pages.isEmpty()) {
            throw new IOException("No pages found under " + dataset.resolve("html"));
        }
        pages.sort((a, b) -> Double.compare(a.f1(), b.f1()));
        return new Result(ShingleScore.summarize(ours), ShingleScore.summarize(baseline), List.copyOf(pages));
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
