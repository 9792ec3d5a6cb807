package de.tenor.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.tenor.corpus.CorpusStore;
import de.tenor.extract.Extractor;
import de.tenor.search.SearchHit;
import de.tenor.search.SearchRequest;
import de.tenor.search.Searcher;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index builds from real HTML, PDF and DOCX files through the real extractor. */
class IndexBuilderTest {

    @TempDir
    Path tmp;
    Path corpus;
    IndexLocation location;
    IndexBuilder builder;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        location = new IndexLocation(tmp.resolve("index"));
        builder = new IndexBuilder(location, new Extractor(), Clock.systemUTC());
        Files.writeString(corpus.resolve("vg.html"), """
                <html><head><meta charset="utf-8"><title>Verwaltungsgericht Gelsenkirchen, 8 L 469/24</title></head><body>
                <p class="sample-notice">Beispieldaten – keine echten Entscheidungen.</p>
                <div class="maindiv">
                <div class="feldbezeichnung">Datum:</div><div class="feldinhalt">13.05.2024</div>
                <div class="feldbezeichnung">Gericht:</div><div class="feldinhalt">Verwaltungsgericht Gelsenkirchen</div>
                <div class="feldbezeichnung">Entscheidungsart:</div><div class="feldinhalt">Beschluss</div>
                <div class="feldbezeichnung">Aktenzeichen:</div><div class="feldinhalt">8 L 469/24</div></div>
                <div class="maindiv"><div class="feldbezeichnung">Tenor:</div><div class="feldinhalt">
                <p>Die aufschiebende Wirkung der Klage gegen die Ordnungsverfügung der Stadt Gelsenkirchen wird wiederhergestellt.</p>
                <p>Die Kosten des Verfahrens trägt die Antragsgegnerin.</p></div></div>
                <div class="maindiv"><span class="absatzRechts">1</span><p class="absatzLinks"><b>Gründe:</b></p>
                <span class="absatzRechts">2</span><p class="absatzLinks">Die Verlustfeststellung der Stadt Gelsenkirchen ist rechtswidrig; der Minijob ist eine tatsächliche und echte Tätigkeit.</p></div>
                </body></html>""", StandardCharsets.UTF_8);
        writePdf(corpus.resolve("sg.pdf"), List.of(
                "Beispieldaten – keine echten Entscheidungen.",
                "Sozialgericht Duisburg", "Beschluss", "Az.: S 31 AS 370/24 ER", "Datum: 13.05.2024",
                "In dem Rechtsstreit des Herrn A. P. gegen das Jobcenter Duisburg",
                "Tenor", "Der Antrag auf Erlass einer einstweiligen Anordnung wird abgelehnt.",
                "Gründe", "1 Der Leistungsausschluss nach § 7 Abs. 1 S. 2 SGB II greift, Pfandflaschensammler ist kein Arbeitnehmer."));
        writeDocx(corpus.resolve("lsg.docx"), List.of(
                "Beispieldaten – keine echten Entscheidungen.",
                "Landessozialgericht Nordrhein-Westfalen", "Beschluss", "Az.: L 19 AS 2035/24 B ER", "Datum: 02.09.2024",
                "In dem Rechtsstreit des Herrn A. P. gegen das Jobcenter Essen",
                "Tenor", "Die Beschwerde des Antragsgegners wird zurückgewiesen.",
                "Gründe", "1 Die Zeitungszustellerin ist Arbeitnehmerin im Sinne des Unionsrechts."));
        Files.write(corpus.resolve("broken.pdf"), "%PDF-1.4\n%âãÏÓ\nthis is not really a pdf\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("README.md"), "not a source");
    }

    @Test
    void builds_from_html_pdf_and_docx_and_skips_a_corrupt_pdf_with_its_path() throws IOException {
        IndexSummary summary = builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);

        assertEquals(3, summary.indexed());
        assertEquals(1, summary.failures().size());
        assertEquals("broken.pdf", summary.failures().getFirst().path());
        try (Searcher searcher = new Searcher(location)) {
            assertEquals(3, searcher.documentCount());
            SearchHit pdf = searcher.search(SearchRequest.of("Pfandflaschensammler")).hits().getFirst();
            assertEquals("SG Duisburg", pdf.document().ruling().court());
            assertEquals("S 31 AS 370/24 ER", pdf.document().ruling().docket());
            SearchHit docx = searcher.search(SearchRequest.of("Zeitungszustellerin")).hits().getFirst();
            assertEquals("LSG NRW", docx.document().ruling().court());
            SearchHit html = searcher.search(SearchRequest.of("\"tatsächliche und echte\"")).hits().getFirst();
            assertEquals("VG Gelsenkirchen", html.document().ruling().court());
            assertEquals("Gelsenkirchen", html.document().ruling().city());
        }
    }

    @Test
    void unchanged_corpus_is_up_to_date_and_a_new_file_is_not() throws IOException {
        builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);
        assertTrue(builder.isUpToDate(new CorpusStore(corpus).list()));
        IndexSummary again = builder.buildIfNeeded(new CorpusStore(corpus).list(), false, IndexProgress.NONE);
        assertTrue(again.upToDate());

        Files.writeString(corpus.resolve("more.txt"), "Beispieldaten. Ein weiterer Text über Freizügigkeit.");
        assertFalse(builder.isUpToDate(new CorpusStore(corpus).list()));
    }

    @Test
    void rebuild_publishes_a_new_generation_and_keeps_only_its_predecessor() throws IOException {
        builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);
        builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);
        IndexSummary third = builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);

        assertEquals(third.generation(), location.current().orElseThrow().getFileName().toString());
        try (Stream<Path> gens = Files.list(location.root())) {
            assertEquals(2, gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
        }
    }

    @Test
    void failed_build_leaves_the_served_generation_untouched() throws IOException {
        builder.build(new CorpusStore(corpus).list(), IndexProgress.NONE);
        Path served = location.current().orElseThrow();
        IndexProgress failing = (done, total, path) -> {
            throw new IllegalStateException("disk full (simulated)");
        };
        assertThrows(IllegalStateException.class, () -> builder.build(new CorpusStore(corpus).list(), failing));
        assertEquals(served, location.current().orElseThrow());
        try (Stream<Path> gens = Files.list(location.root())) {
            assertEquals(1, gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count(),
                    "the aborted generation is removed");
        }
    }

    static void writePdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(50, 740);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }

    static void writeDocx(Path file, List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
    }
}
