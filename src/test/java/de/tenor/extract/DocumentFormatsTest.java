package de.tenor.extract;

import de.tenor.corpus.CorpusFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PDF and DOCX files built at test time and run through the real Tika pipeline (no mocks). */
class DocumentFormatsTest {

    /** A social-court order as a court PDF prints it: labelled header, tenor, numbered reasons. */
    private static final List<String> SG_ORDER = List.of(
            "Sozialgericht Duisburg",
            "Beschluss",
            "Az.: S 31 AS 370/24 ER",
            "Datum: 13.05.2024",
            "ECLI: ECLI:DE:SGDU:2024:0513.S31AS370.24ER.00",
            "",
            "In dem Rechtsstreit der Frau A. B., Antragstellerin,",
            "gegen das Jobcenter Duisburg, Antragsgegner,",
            "",
            "Tenor",
            "Der Antragsgegner wird im Wege der einstweiligen Anordnung verpflichtet, der",
            "Antragstellerin vorläufig Leistungen nach dem SGB II zu gewähren.",
            "Der Antragsgegner trägt die außergerichtlichen Kosten der Antragstellerin.",
            "",
            "Gründe",
            "I.",
            "1 Die Antragstellerin ist bulgarische Staatsangehörige und arbeitet zwölf Stunden",
            "in der Woche als Küchenhilfe.",
            "2 Der Antragsgegner lehnte Leistungen nach § 7 Abs. 1 Satz 2 Nr. 2 SGB II ab.",
            "II.",
            "3 Der Antrag ist begründet. Die Antragstellerin ist Arbeitnehmerin (vgl. EuGH, C-67/14).");

    private final Extractor extractor = new Extractor(TestFiles.CLOCK);

    @Test
    void pdf_ruling_is_extracted_through_tika(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("sg-du-s-31-as-370-24-er.pdf");
        writePdf(pdf, SG_ORDER);
        Document d = extractor.extract(corpusFile(dir, pdf));

        assertEquals(DocType.RULING, d.type());
        assertEquals("SG Duisburg", d.ruling().court());
        assertEquals(CourtBranch.SG, d.ruling().courtBranch());
        assertEquals("Beschluss", d.ruling().decisionType());
        assertEquals(LocalDate.of(2024, 5, 13), d.ruling().date());
        assertEquals("S 31 AS 370/24 ER", d.ruling().docket());
        assertEquals(Procedure.URGENT, d.ruling().procedure());
        assertEquals("ECLI:DE:SGDU:2024:0513.S31AS370.24ER.00", d.ruling().ecli());
        assertEquals("Duisburg", d.ruling().city());
        assertEquals(Outcome.WON, d.ruling().outcome());
        assertEquals("Der Antragsgegner wird im Wege der einstweiligen Anordnung verpflichtet, der Antragstellerin "
                + "vorläufig Leistungen nach dem SGB II zu gewähren.\n"
                + "Der Antragsgegner trägt die außergerichtlichen Kosten der Antragstellerin.", d.ruling().tenor());
        assertEquals("SG Duisburg, Beschluss vom 13.05.2024, S 31 AS 370/24 ER", d.title());
        assertEquals(List.of("§ 7 Abs. 1 S. 2 Nr. 2 SGB II"), d.references().norms());
        assertEquals(List.of("C-67/14 (Alimanovic)"), d.references().euCases());
        assertEquals("tmp/sg-du-s-31-as-370-24-er.pdf", d.sourcePath());
    }

    @Test
    void pdf_reasons_keep_paragraph_numbers_and_joined_lines(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("order.pdf");
        writePdf(pdf, SG_ORDER);
        List<Paragraph> ps = extractor.extract(corpusFile(dir, pdf)).paragraphs();
        List<String> numbers = ps.stream().filter(p -> p.number() != null).map(Paragraph::number).toList();
        assertEquals(List.of("1", "2", "3"), numbers);
        assertTrue(ps.stream().anyMatch(p -> p.text().equals(
                "Die Antragstellerin ist bulgarische Staatsangehörige und arbeitet zwölf Stunden in der Woche als Küchenhilfe.")),
                ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.heading() && p.text().equals("Gründe")), ps.toString());
    }

    @Test
    void docx_judgment_without_labels_is_extracted(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("vg-d-7-k-1234-24.docx");
        writeDocx(docx, List.of(
                "Verwaltungsgericht Düsseldorf",
                "7 K 1234/24",
                "Urteil",
                "Im Namen des Volkes",
                "In dem verwaltungsgerichtlichen Verfahren der Frau C. D., Klägerin,",
                "gegen die Oberbürgermeisterin der Stadt Duisburg, Beklagte,",
                "hat die 7. Kammer des Verwaltungsgerichts Düsseldorf am 12. November 2024 durch die Richterin X "
                        + "für Recht erkannt:",
                "Die Ordnungsverfügung der Beklagten vom 3. April 2024 wird aufgehoben.",
                "Die Beklagte trägt die Kosten des Verfahrens.",
                "Tatbestand",
                "1 Die Klägerin arbeitet seit 2022 als Reinigungskraft.",
                "Entscheidungsgründe",
                "2 Die Klage ist begründet. Die Klägerin ist Arbeitnehmerin im Sinne von § 2 Abs. 2 Nr. 1 FreizügG/EU."));
        Document d = extractor.extract(corpusFile(dir, docx));

        assertEquals(DocType.RULING, d.type());
        assertEquals("VG Düsseldorf", d.ruling().court());
        assertEquals("Urteil", d.ruling().decisionType());
        assertEquals(LocalDate.of(2024, 11, 12), d.ruling().date());
        assertEquals("7 K 1234/24", d.ruling().docket());
        assertEquals(Procedure.MAIN, d.ruling().procedure());
        assertEquals(null, d.ruling().ecli()); // none printed, none invented
        assertEquals("Duisburg", d.ruling().city());
        assertEquals(Outcome.WON, d.ruling().outcome());
        assertEquals("Die Ordnungsverfügung der Beklagten vom 3. April 2024 wird aufgehoben.\n"
                + "Die Beklagte trägt die Kosten des Verfahrens.", d.ruling().tenor());
        assertEquals(List.of(new Paragraph(null, "Tatbestand", true),
                new Paragraph("1", "Die Klägerin arbeitet seit 2022 als Reinigungskraft.", false),
                new Paragraph(null, "Entscheidungsgründe", true),
                new Paragraph("2", "Die Klage ist begründet. Die Klägerin ist Arbeitnehmerin im Sinne von "
                        + "§ 2 Abs. 2 Nr. 1 FreizügG/EU.", false)), d.paragraphs());
    }

    @Test
    void text_ruling_with_capitalised_court_and_wrapped_date_is_read() throws Exception {
        String text = """
                Beispieldaten – keine echten Entscheidungen
                VERWALTUNGSGERICHT GELSENKIRCHEN
                BESCHLUSS
                11 L 2044/25
                In dem verwaltungsgerichtlichen Verfahren
                der Frau A. B., Antragstellerin,
                gegen
                die Stadt Herne, vertreten durch den Oberbürgermeister, Antragsgegnerin,
                hat die 11. Kammer des Verwaltungsgerichts Gelsenkirchen
                am 6. Oktober 2025
                beschlossen:
                Der Antrag wird abgelehnt.
                Die Antragstellerin trägt die Kosten des Verfahrens.
                G r ü n d e
                1 Der Antrag hat keinen Erfolg. Die Antragsgegnerin hat zu Recht festgestellt, dass die
                Antragstellerin ihr Recht auf Einreise und Aufenthalt nach § 5 Abs. 4 FreizügG/EU verloren hat.
                """;
        Document d = extractor.extract(text.getBytes(StandardCharsets.UTF_8), "vg.txt", "corpus:vg.txt", TestFiles.FETCHED);
        assertEquals(DocType.RULING, d.type());
        assertEquals("VG Gelsenkirchen", d.ruling().court());
        assertEquals("Beschluss", d.ruling().decisionType());
        assertEquals(LocalDate.of(2025, 10, 6), d.ruling().date());
        assertEquals("11 L 2044/25", d.ruling().docket());
        assertEquals("Herne", d.ruling().city());
        assertEquals(Outcome.LOST, d.ruling().outcome());
    }

    @Test
    void rtf_ruling_is_extracted_through_tika() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 "
                + "Beispieldaten \\endash  keine echten Entscheidungen\\par Sozialgericht Duisburg\\par Az.: S 49 AS 11/25 ER\\par "
                + "Beschluss\\par In dem Verfahren gegen das Jobcenter Oberhausen, Antragsgegner,\\par Tenor\\par "
                + "Der Antrag wird abgelehnt.\\par Gr\\'fcnde\\par 1 Der Antrag ist unbegr\\'fcndet. Der Antragsteller ist als "
                + "Unionsb\\'fcrger nach \\'a7 7 Abs. 1 Satz 2 SGB II von Leistungen ausgeschlossen.\\par}";
        Document d = extractor.extract(rtf.getBytes(StandardCharsets.US_ASCII), "sg.rtf", "corpus:sg.rtf", TestFiles.FETCHED);
        assertEquals("SG Duisburg", d.ruling().court());
        assertEquals("S 49 AS 11/25 ER", d.ruling().docket());
        assertEquals("Oberhausen", d.ruling().city());
        assertEquals(Outcome.LOST, d.ruling().outcome());
    }

    @Test
    void corrupt_pdf_raises_extraction_exception_naming_the_file(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        byte[] content = new byte[junk.length + 9];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        System.arraycopy(junk, 0, content, 9, junk.length);
        Path pdf = dir.resolve("kaputt.pdf");
        Files.write(pdf, content);

        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        ExtractionException e;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            e = assertThrows(ExtractionException.class, () -> extractor.extract(corpusFile(dir, pdf)));
        } finally {
            System.setOut(original);
        }
        assertTrue(e.getMessage().contains("kaputt.pdf"), e.getMessage());
        assertTrue(e.reason().startsWith("tika: "), e.reason());
        assertEquals("", stdout.toString(StandardCharsets.UTF_8), "nothing may be printed to stdout");
    }

    @Test
    void encrypted_pdf_is_reported_as_such(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("geschuetzt.pdf");
        writePdf(pdf, SG_ORDER);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(corpusFile(dir, pdf)));
        assertEquals("geschuetzt.pdf: tika: encrypted PDF", e.getMessage());
    }

    @Test
    void docx_that_is_not_a_zip_raises_extraction_exception(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("kaputt.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(corpusFile(dir, docx)));
        assertTrue(e.getMessage().startsWith("kaputt.docx: "), e.getMessage());
    }

    @Test
    void empty_text_raises_extraction_exception() {
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(
                "   \n\n ".getBytes(StandardCharsets.UTF_8), "leer.txt", "corpus:leer.txt", TestFiles.FETCHED));
        assertEquals("leer.txt: no text found", e.getMessage());
        ExtractionException empty = assertThrows(ExtractionException.class, () -> extractor.extract(
                new byte[0], "null.pdf", "corpus:null.pdf", TestFiles.FETCHED));
        assertEquals("null.pdf: empty file (0 bytes)", empty.getMessage());
    }

    @Test
    void unreadable_corpus_file_raises_extraction_exception(@TempDir Path dir) {
        CorpusFile missing = new CorpusFile(dir.resolve("weg.pdf"), "tmp/weg.pdf", 0, TestFiles.FETCHED);
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(missing));
        assertTrue(e.getMessage().startsWith("tmp/weg.pdf: cannot read file"), e.getMessage());
    }

    private static CorpusFile corpusFile(Path dir, Path file) throws IOException {
        return new CorpusFile(file, "tmp/" + dir.relativize(file), Files.size(file), TestFiles.FETCHED);
    }

    private static void writePdf(Path target, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(font, 10);
                out.setLeading(14);
                out.newLineAtOffset(50, 740);
                for (String line : lines) {
                    out.showText(line);
                    out.newLine();
                }
                out.endText();
            }
            doc.save(target.toFile());
        }
    }

    private static void writeDocx(Path target, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
    }
}
