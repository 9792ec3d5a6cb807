package de.tenor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.bench.OldpDumpWriter;
import de.tenor.bench.RawLuceneIngest;
import de.tenor.bench.SampleRulings;
import de.tenor.bench.ScaleCorpus;
import de.tenor.index.IndexLocation;
import de.tenor.ingest.Ingest;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import de.tenor.web.UploadConfig;
import de.tenor.web.WebApp;
import de.tenor.web.WebConfig;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Issue 18's acceptance at scale ({@code tenor bench ingest --oldp N}): an Open Legal Data JSONL
 * export of N generated rulings goes through the real commands ({@code tenor import}, then
 * {@code tenor index}, in this process), then: 10 more cases imported and indexed (time against
 * the full run, all 10 searchable), one case file changed in place (same size and modification
 * time) and one removed, uploads to a running server over HTTP while a client searches (time
 * until searchable), and a {@code tenor index} child process killed with -9 while it adds 200
 * cases, completed by the next run. Everything happens in a temporary folder that is removed.
 */
final class BenchOldpIngest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "bench-upload-token-0123456789";
    private static final long SEED = 18;

    private final int cases;
    private final int uploads;
    private final PrintWriter out;
    private final ScaleCorpus scale = new ScaleCorpus(SEED);
    private final OldpDumpWriter writer = new OldpDumpWriter(scale);

    BenchOldpIngest(int cases, int uploads, PrintWriter out) {
        this.cases = cases;
        this.uploads = uploads;
        this.out = out;
    }

    void run() throws Exception {
        Path tmp = Files.createTempDirectory("tenor-bench-oldp-");
        try {
            run(tmp);
        } finally {
            IndexLocation.deleteTree(tmp);
        }
    }

    private void run(Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path index = tmp.resolve("index");
        out.printf("ingest of an Open Legal Data export: %d generated rulings, %d cores%n", cases,
                Runtime.getRuntime().availableProcessors());
        Path dump = dump(tmp.resolve("cases.jsonl.gz"), 0, cases);
        out.printf("  dump: %s (%,d bytes)%n", dump.getFileName(), Files.size(dump));
        out.flush();

        long importMs = command("import", dump.toString(), "--corpus", corpus.toString(), "--index", index.toString());
        long indexMs = command("index", "--corpus", corpus.toString(), "--index", index.toString());
        long full = importMs + indexMs;
        long documents = count(index);
        out.printf("  full: tenor import %,d ms + tenor index %,d ms = %,d ms; %d documents; %.0f docs/s end to end%n",
                importMs, indexMs, full, documents, documents * 1000.0 / full);
        RawLuceneIngest.Result raw = RawLuceneIngest.run(dump, tmp.resolve("raw-lucene"));
        out.printf("  raw Lucene, same export (JSON, jsoup text, German analyzer, one thread, no extraction): %,d ms,"
                + " %.0f docs/s; Tenor end to end takes %.1f× as long%n", raw.millis(), raw.perSecond(), (double) full / raw.millis());
        out.flush();

        // Ten more cases: import + index, and all ten found.
        Path more = dump(tmp.resolve("more.jsonl.gz"), cases, 10);
        long addImport = command("import", more.toString(), "--corpus", corpus.toString(), "--index", index.toString());
        long addIndex = command("index", "--corpus", corpus.toString(), "--index", index.toString());
        int found = 0;
        try (Searcher searcher = new Searcher(new IndexLocation(index))) {
            for (String ecli : eclis(more)) {
                found += searcher.search(SearchRequest.of("ecli:\"" + ecli + "\"")).total() >= 1 ? 1 : 0;
            }
        }
        out.printf("  add 10: import %,d ms + index %,d ms = %,d ms = %.2f %% of the full run (index alone: %.2f %% of the"
                        + " full index); %d of 10 searchable; %d documents%n", addImport, addIndex, addImport + addIndex,
                100.0 * (addImport + addIndex) / full, 100.0 * addIndex / indexMs, found, count(index));
        out.flush();

        // One case changed in place: same size, same modification time, other content.
        Path changed = caseFiles(corpus).get(cases / 2);
        byte[] bytes = Files.readAllBytes(changed);
        FileTime mtime = Files.getLastModifiedTime(changed);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // A word of the Tenor replaced by one as long that occurs nowhere else: the bytes' count stays.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[A-Za-z]{8,}\\b").matcher(text);
        if (!m.find(text.indexOf("Tenor</h2>"))) {
            throw new IllegalStateException("no word to change in " + changed);
        }
        String word = "Qzw" + "q".repeat(m.group().length() - 3);
        String edited = text.substring(0, m.start()) + word + text.substring(m.end());
        Files.write(changed, edited.getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(changed, mtime);
        long changeMs = command("index", "--corpus", corpus.toString(), "--index", index.toString());
        long changedFound;
        try (Searcher searcher = new Searcher(new IndexLocation(index))) {
            changedFound = searcher.search(SearchRequest.of(word)).total();
        }
        out.printf("  change 1 file (same size and mtime): index %,d ms (%.2f %% of the full index); new word found in %d"
                + " document(s)%n", changeMs, 100.0 * changeMs / indexMs, changedFound);

        // One case removed.
        Path removed = caseFiles(corpus).get(cases / 3);
        String removedEcli = JSON.readTree(removed.toFile()).get("ecli").asText();
        Files.delete(removed);
        long removeMs = command("index", "--corpus", corpus.toString(), "--index", index.toString());
        long removedFound;
        try (Searcher searcher = new Searcher(new IndexLocation(index))) {
            removedFound = searcher.search(SearchRequest.of("ecli:\"" + removedEcli + "\"")).total();
        }
        out.printf("  remove 1 file: index %,d ms; its ECLI found %d times afterwards; %d documents%n", removeMs, removedFound,
                count(index));
        out.flush();

        uploads(corpus, index);
        kill(tmp, corpus, index);
        out.flush();
    }

    /** Uploads to a served index while one client searches all the time: time from the POST until a search finds it. */
    private void uploads(Path corpus, Path index) throws Exception {
        IndexLocation location = new IndexLocation(index);
        HttpClient http = HttpClient.newHttpClient();
        List<Long> answeredMs = new ArrayList<>();
        List<Long> searchableMs = new ArrayList<>();
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger failedSearches = new AtomicInteger();
        int refused = 0;
        try (Searcher searcher = new Searcher(location);
             Ingest ingest = new Ingest(new de.tenor.corpus.CorpusStore(corpus), location, Clock.systemUTC())) {
            ingest.keepUploadsReady(); // as tenor serve does when uploads are switched on
            Javalin app = WebApp.create(searcher, "127.0.0.1",
                    WebConfig.defaults().withUpload(new UploadConfig(TOKEN, UploadConfig.DEFAULT_MAX_BODY_BYTES, ingest))).start(0);
            String base = "http://127.0.0.1:" + app.port();
            AtomicBoolean stop = new AtomicBoolean();
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        int status = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=Arbeitnehmer")).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? searches : failedSearches).incrementAndGet();
                    } catch (IOException e) {
                        failedSearches.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-search-client");
            client.start();
            try {
                for (int n = 0; n < uploads; n++) {
                    String marker = "Belegbench" + n;
                    byte[] page = uploadText(n, marker);
                    long start = System.nanoTime();
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                                    .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer " + TOKEN)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(page)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    long answered = System.nanoTime();
                    if (r.statusCode() != 201) {
                        refused++;
                        out.printf("  upload %d refused: %d %s%n", n, r.statusCode(), r.body());
                        continue;
                    }
                    String id = JSON.readTree(r.body()).get("id").asText();
                    while (true) {
                        JsonNode hits = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q="
                                + URLEncoder.encode(marker, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body());
                        if (hits.get("hits").size() > 0 && hits.get("hits").get(0).get("id").asText().equals(id)) {
                            break;
                        }
                        if (System.nanoTime() - answered > TimeUnit.SECONDS.toNanos(30)) {
                            throw new IllegalStateException("upload " + n + " not searchable after 30 s");
                        }
                    }
                    long searchable = System.nanoTime();
                    answeredMs.add((answered - start) / 1_000_000);
                    searchableMs.add((searchable - start) / 1_000_000);
                }
            } finally {
                stop.set(true);
                client.join(10_000);
                app.stop();
            }
        }
        Collections.sort(answeredMs);
        Collections.sort(searchableMs);
        out.printf("  %d uploads over HTTP (%d refused) while a client searched (%d searches, %d failed): answered p50 %d ms,"
                        + " p95 %d ms; searchable after p50 %d ms, p95 %d ms, max %d ms (from the POST)%n",
                answeredMs.size(), refused, searches.get(), failedSearches.get(), pct(answeredMs, 50), pct(answeredMs, 95),
                pct(searchableMs, 50), pct(searchableMs, 95), searchableMs.isEmpty() ? 0 : searchableMs.getLast());
        out.flush();
    }

    /** A {@code tenor index} child killed with -9 while it adds 200 cases; the next run completes them. */
    private void kill(Path tmp, Path corpus, Path index) throws Exception {
        long before = count(index);
        Path batch = dump(tmp.resolve("kill.jsonl.gz"), cases + 100, 200);
        command("import", batch.toString(), "--corpus", corpus.toString(), "--index", index.toString());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), TenorCommand.class.getName(), "index", "--corpus", corpus.toString(),
                "--index", index.toString()).redirectErrorStream(true).start();
        boolean killedMidway = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains("indexing: ")) {
                    child.destroyForcibly(); // SIGKILL
                    killedMidway = true;
                    break;
                }
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        long afterKill = count(index);
        long completeMs = command("index", "--corpus", corpus.toString(), "--index", index.toString());
        long after = count(index);
        out.printf("  kill -9 of tenor index while adding 200 (%s): served %d → %d documents; next run %,d ms → %d"
                        + " documents (+%d)%n", killedMidway ? "killed at its first progress line" : "child finished before a progress line",
                before, afterKill, completeMs, after, after - before);
    }

    /** Runs a tenor command in this process; its output goes to a buffer (shown only when it fails). */
    private long command(String... args) {
        StringWriter text = new StringWriter();
        var cl = TenorCommand.commandLine();
        cl.setOut(new PrintWriter(text));
        cl.setErr(new PrintWriter(text));
        long start = System.nanoTime();
        int code = cl.execute(args);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("tenor " + String.join(" ", args) + " exited " + code + ":\n" + text);
        }
        return ms;
    }

    private static long count(Path index) throws IOException {
        try (Searcher searcher = new Searcher(new IndexLocation(index))) {
            return searcher.documentCount();
        }
    }

    private Path dump(Path file, int from, int count) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            writer.write(from, count, o);
        }
        return file;
    }

    /** The ECLIs of the cases in a gzipped export, in its order (read back rather than generated again: that was quadratic). */
    private static List<String> eclis(Path dump) throws IOException {
        List<String> eclis = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    eclis.add(JSON.readTree(line).get("ecli").asText());
                }
            }
        }
        return eclis;
    }

    private static List<Path> caseFiles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus.resolve("import"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static byte[] uploadText(int n, String marker) {
        return SampleRulings.ruling(5000 + n, marker).getBytes(StandardCharsets.UTF_8);
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
