package de.tenor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.tenor.corpus.CorpusFile;
import de.tenor.extract.Document;
import de.tenor.extract.DocumentJson;
import de.tenor.extract.Extraction;
import de.tenor.extract.ExtractionException;
import de.tenor.extract.Extractor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints what the extractor finds in one file (text and metadata); --json prints every "
                + "document field of docs/INTERFACE.md, null where unknown.")
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    VerboseOption verbose;

    @Parameters(paramLabel = "FILE", description = "An HTML, PDF, DOCX, DOC, RTF, TXT, federal XML or Open Legal Data JSON file.")
    Path file;

    @Option(names = "--json", description = "Print the whole document as JSON, including the text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageError("No such file: " + file + ". Pass the path of an HTML, PDF or DOCX file.");
        }
        Path abs = file.toAbsolutePath().normalize();
        CorpusFile source = new CorpusFile(abs, abs.getFileName().toString(), Files.size(abs),
                Files.getLastModifiedTime(abs).toInstant());
        Extraction result;
        try (Extractor extractor = new Extractor()) {
            result = extractor.read(source);
        } catch (ExtractionException e) {
            throw new UsageError("Cannot extract " + file + ": " + e.reason());
        }
        Document doc = result.document();
        result.notes().forEach(n -> spec.commandLine().getErr().println("tenor: note: " + file + ": " + n));
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> map = DocumentJson.toMap(doc);
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(map));
        } else {
            map.forEach((k, v) -> {
                if (v != null && !k.equals("text") && !k.equals("paragraphs") && !(v instanceof java.util.List<?> l && l.isEmpty())) {
                    out.printf("%-22s %s%n", k + ":", v);
                }
            });
            String text = doc.text();
            out.printf("%-22s %d characters, %d paragraphs%n", "text:", text.length(), doc.paragraphs().size());
            out.println();
            out.println(text.length() > 600 ? text.substring(0, 600) + " …" : text);
        }
        out.flush();
        return 0;
    }
}
