package de.tenor.cli;

import de.tenor.corpus.CorpusStore;
import de.tenor.extract.ExtractionLimits;
import de.tenor.extract.OldpDump;
import de.tenor.ingest.Ingest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tenor import PATH…}: copies local sources into {@code corpus/import/}, where the next
 * {@code tenor index} picks them up. Every file is extracted first (through {@link Ingest}, on all
 * cores, the result kept for the index), so a corrupt, encrypted, empty or oversized file is
 * reported with its reason and left out instead of failing the index later. An Open Legal Data dump ({@code .jsonl}, {@code .jsonl.gz}) becomes one
 * {@code corpus/import/oldp/<id>-<slug>.json} per case. Files are written to a temporary name and
 * moved into place, so an interrupted import never leaves half a file in the corpus; importing
 * the same file again replaces it (same path, same document id).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds local files and folders (HTML, PDF, DOCX, DOC, RTF, ODT, TXT, federal XML, "
                + "Open Legal Data JSON and JSONL dumps, also .gz) to the corpus.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    /** Extensions of single sources; other files in a folder are ignored (and counted). */
    static final Set<String> SINGLE = CorpusStore.SOURCE_EXTENSIONS;
    static final String IMPORT_DIR = "import";
    static final String OLDP_DIR = "oldp";
    /** Sources read ahead per core: enough to keep every core busy, few enough to hold in memory. */
    private static final int BATCH_PER_THREAD = 16;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to add.")
    List<Path> sources;

    @Mixin
    PathOptions paths;

    @Spec
    CommandSpec spec;

    private int imported;
    private int truncated;
    private int ignored;
    private final List<String> skipped = new ArrayList<>();
    private final List<Ingest.Incoming> batch = new ArrayList<>();
    private Ingest ingest;
    private PrintWriter err;

    @Override
    public Integer call() throws Exception {
        for (Path p : sources) {
            if (!Files.exists(p)) {
                throw new UsageError("No such file or folder: " + p + ". Pass files or folders to import.");
            }
        }
        Path corpus = paths.corpusStore().root();
        Path target = corpus.resolve(IMPORT_DIR);
        PrintWriter out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        try (Ingest opened = IndexRun.ingest(paths)) {
            ingest = opened;
            ExtractionLimits limits = ingest.limits();
            for (Path p : sources) {
                Path abs = p.toAbsolutePath().normalize();
                if (abs.startsWith(corpus)) {
                    fail(err, p, "already inside the corpus folder " + corpus);
                } else if (Files.isDirectory(abs)) {
                    importFolder(limits, abs, target.resolve(safeName(abs.getFileName().toString())), err);
                } else {
                    importFile(limits, abs, target, abs.getFileName().toString(), true, err);
                }
            }
            flush();
        }
        out.printf("Imported %d source%s into %s (%d skipped, %d truncated, %d ignored: not a source type).%n", imported,
                imported == 1 ? "" : "s", target, skipped.size(), truncated, ignored);
        if (imported > 0) {
            out.println("Run \"tenor index\" to make them searchable.");
        }
        out.flush();
        err.flush();
        return skipped.isEmpty() ? 0 : 1;
    }

    private void importFolder(ExtractionLimits limits, Path folder, Path target, PrintWriter err) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path rel = folder.relativize(f);
            if (rel.toString().startsWith(".") || f.getFileName().toString().startsWith(".")) {
                continue;
            }
            Path dir = target;
            for (int i = 0; i < rel.getNameCount() - 1; i++) {
                dir = dir.resolve(safeName(rel.getName(i).toString()));
            }
            importFile(limits, f, dir, f.getFileName().toString(), false, err);
        }
    }

    /** @param explicit named on the command line: an unsupported type is an error, not silently ignored */
    private void importFile(ExtractionLimits limits, Path file, Path targetDir, String name, boolean explicit, PrintWriter err)
            throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson")
                || lower.endsWith(".ndjson.gz") || lower.endsWith(".json.gz")) {
            importDump(limits, file, err);
            return;
        }
        String ext = lower.contains(".") ? lower.substring(lower.lastIndexOf('.') + 1) : "";
        if (!SINGLE.contains(ext)) {
            if (explicit) {
                fail(err, file, "unsupported file type \"." + ext + "\" (supported: " + String.join(", ", SINGLE.stream().sorted().toList())
                        + ", jsonl, jsonl.gz)");
            } else {
                ignored++;
            }
            return;
        }
        long size = Files.size(file);
        if (size > limits.maxInputBytes()) {
            fail(err, file, "file too large (" + size + " bytes, limit " + limits.maxInputBytes() + " bytes)");
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        Path target = targetDir.resolve(safeName(name));
        if (ext.equals("json") && jsonValues(bytes) > 1) {
            importDump(limits, file, err); // a dump saved as .json
            return;
        }
        store(limits, file.toString(), bytes, target, err);
    }

    private void importDump(ExtractionLimits limits, Path dump, PrintWriter err) throws IOException {
        Path dir = paths.corpusStore().root().resolve(IMPORT_DIR).resolve(OLDP_DIR);
        int before = imported;
        try (InputStream raw = Files.newInputStream(dump);
             InputStream in = dump.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            OldpDump cases = new OldpDump(in, limits.maxInputBytes());
            for (Optional<OldpDump.Item> next = cases.next(); next.isPresent(); next = cases.next()) {
                OldpDump.Item item = next.get();
                String label = dump + ":" + item.line();
                if (!item.isCase()) {
                    fail(err, label, item.problem());
                } else {
                    store(limits, label, item.json(), dir.resolve(item.fileName()), err);
                }
            }
        } catch (IOException e) {
            // A truncated .gz ends the dump early; the cases before the damage are kept.
            fail(err, dump.toString(), "cannot read further (" + e.getMessage() + ")");
        }
        flush();
        err.printf("  %s: %d case%s imported%n", dump, imported - before, imported - before == 1 ? "" : "s");
    }

    /**
     * Queues a source for {@link Ingest#importSources}, which extracts a batch in parallel and writes
     * atomically, in order; a file the extractor refuses is reported and not stored.
     */
    private void store(ExtractionLimits limits, String label, byte[] bytes, Path target, PrintWriter err) throws IOException {
        String rel = paths.corpusStore().root().relativize(target).toString().replace('\\', '/');
        batch.add(new Ingest.Incoming(label, bytes, rel));
        if (batch.size() >= ingest.threads() * BATCH_PER_THREAD) {
            flush();
        }
    }

    private void flush() throws IOException {
        for (Ingest.Imported result : ingest.importSources(batch)) {
            String label = result.source().label();
            if (!result.stored()) {
                fail(err, label, result.failure());
                continue;
            }
            imported++;
            if (result.truncated()) {
                truncated++;
            }
            for (String note : result.notes()) {
                err.println("  note " + label + ": " + note);
            }
        }
        batch.clear();
    }

    private void fail(PrintWriter err, Object path, String reason) {
        skipped.add(path + ": " + reason);
        err.println("  skipped " + path + ": " + reason);
    }

    /** How many top-level JSON values the file holds (0, 1 or 2 meaning "more"); a dump saved as .json has several. */
    private static int jsonValues(byte[] bytes) {
        try (com.fasterxml.jackson.databind.MappingIterator<Object> it =
                     new com.fasterxml.jackson.databind.ObjectMapper().readerFor(Object.class).readValues(bytes)) {
            int n = 0;
            while (n < 2 && it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        } catch (IOException | RuntimeException e) {
            return 1; // not valid JSON: the extractor reports why when it tries the file
        }
    }

    /** A file or folder name that is safe in the corpus: no path separators, no leading dot. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceFirst("^\\.+", "_");
        return s.isBlank() ? "_" : s;
    }
}
