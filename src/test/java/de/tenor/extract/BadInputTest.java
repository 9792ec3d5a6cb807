package de.tenor.extract;

import de.tenor.corpus.CorpusFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input (issue 4, "Bad input"): every case is reported with the file name and a reason, or
 * truncated with a note; none crashes or hangs the extractor. Corrupt and encrypted PDFs are in
 * {@link DocumentFormatsTest}.
 */
class BadInputTest {

    private static final Extractor extractor = new Extractor(TestFiles.CLOCK);

    @AfterAll
    static void close() {
        extractor.close();
    }

    @Test
    void zero_byte_file_is_reported_as_empty() {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(new byte[0], "leer.pdf", "corpus:leer.pdf", TestFiles.FETCHED));
        assertEquals("leer.pdf: empty file (0 bytes)", e.getMessage());
    }

    @Test
    void truncated_pdf_is_reported_not_thrown_through() throws IOException {
        byte[] pdf = pdf("Verwaltungsgericht Gelsenkirchen", "8 L 469/24", "Beschluss");
        byte[] cut = Arrays.copyOf(pdf, pdf.length / 3);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(cut, "abgeschnitten.pdf", "corpus:abgeschnitten.pdf", TestFiles.FETCHED));
        assertTrue(e.getMessage().startsWith("abgeschnitten.pdf: "), e.getMessage());
    }

    @Test
    @Timeout(30)
    void zip_bomb_docx_is_refused() throws IOException {
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(zipBombDocx(), "bombe.docx", "corpus:bombe.docx", TestFiles.FETCHED));
        assertTrue(e.getMessage().startsWith("bombe.docx: "), e.getMessage());
        assertTrue(e.reason().contains("zip bomb"), e.reason());
    }

    @Test
    void file_over_the_size_cap_is_skipped_unread(@TempDir Path dir) throws Exception {
        ExtractionLimits small = new ExtractionLimits(1024, 10_000, Duration.ofSeconds(10));
        try (Extractor capped = new Extractor(TestFiles.CLOCK, small)) {
            byte[] big = "Das Sozialgericht Duisburg hat entschieden. ".repeat(100).getBytes(StandardCharsets.UTF_8);
            ExtractionException bytes = assertThrows(ExtractionException.class,
                    () -> capped.extract(big, "gross.txt", "corpus:gross.txt", TestFiles.FETCHED));
            assertEquals("gross.txt: file too large (" + big.length + " bytes, limit 1024 bytes); skipped", bytes.getMessage());

            Path file = dir.resolve("gross.txt");
            Files.write(file, big);
            CorpusFile capture = new CorpusFile(file, "import/gross.txt", Files.size(file), TestFiles.FETCHED);
            ExtractionException onDisk = assertThrows(ExtractionException.class, () -> capped.extract(capture));
            assertTrue(onDisk.getMessage().startsWith("import/gross.txt: file too large"), onDisk.getMessage());
        }
    }

    @Test
    void html_with_a_wrong_charset_header_keeps_its_umlauts() throws ExtractionException {
        // UTF-8 bytes although the page claims ISO-8859-1: the bytes win, as in a browser that sniffs.
        String html = """
                <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
                <title>Sozialgericht Düsseldorf</title></head><body><article>
                <h1>Jobcenter Düsseldorf muss zahlen</h1>
                <p>Beispieldaten – keine echten Entscheidungen. Das Sozialgericht Düsseldorf hat das Jobcenter zur Zahlung
                von Bürgergeld verpflichtet. Die Klägerin arbeitet zwölf Stunden pro Woche in einer Bäckerei.</p>
                </article></body></html>""";
        Document d = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "falsch.html", "corpus:falsch.html",
                TestFiles.FETCHED);
        assertTrue(d.text().contains("Bürgergeld"), d.text());
        assertTrue(d.text().contains("Düsseldorf"), d.text());
        assertFalse(d.text().contains("Ã"), d.text());

        // And the other way round: windows-1252 bytes declared as UTF-8.
        Document latin = extractor.extract(html.replace("iso-8859-1", "utf-8").getBytes(Charset.forName("windows-1252")),
                "falsch2.html", "corpus:falsch2.html", TestFiles.FETCHED);
        assertTrue(latin.text().contains("Bürgergeld"), latin.text());
        assertFalse(latin.text().contains("\uFFFD"), latin.text());
    }

    @Test
    @Timeout(45)
    void fifty_megabyte_text_file_is_truncated_with_a_note() throws ExtractionException {
        byte[] line = ("Beispieldaten – keine echten Entscheidungen. Die Stadt Herne prüft den Aufenthalt von "
                + "Unionsbürgern und ihre Arbeitnehmereigenschaft nach § 2 FreizügG/EU.\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[50 * 1024 * 1024];
        for (int i = 0; i < content.length; i += line.length) {
            System.arraycopy(line, 0, content, i, Math.min(line.length, content.length - i));
        }
        Extraction result = extractor.read(content, "riesig.txt", "corpus:riesig.txt", TestFiles.FETCHED);
        assertTrue(result.truncated());
        assertEquals(extractor.limits().maxTextChars(), result.document().text().length());
        assertEquals("text truncated at " + extractor.limits().maxTextChars() + " characters (limit per file)",
                result.notes().getFirst());
    }

    @Test
    void extraction_past_the_time_limit_is_abandoned_and_reported() throws IOException {
        ExtractionLimits tight = new ExtractionLimits(1024 * 1024, 10_000, Duration.ofMillis(1));
        // 300 pages: a warm JVM reads a one-page PDF in under a millisecond, which made this test flaky.
        byte[] pdf = pdf(300, "Verwaltungsgericht Gelsenkirchen", "8 L 469/24", "Beschluss");
        try (Extractor hurried = new Extractor(TestFiles.CLOCK, tight)) {
            ExtractionException e = assertThrows(ExtractionException.class,
                    () -> hurried.extract(pdf, "langsam.pdf", "corpus:langsam.pdf", TestFiles.FETCHED));
            assertEquals("langsam.pdf: timed out after 1 ms (per-file limit); skipped", e.getMessage());
        }
    }

    @Test
    void json_lines_dump_given_to_extract_points_to_import() {
        byte[] dump = "{\"court\":{\"name\":\"SG Duisburg\"},\"file_number\":\"S 1 AS 1/25\",\"content\":\"<p>x</p>\"}\n{\"court\":{\"name\":\"SG Duisburg\"},\"file_number\":\"S 1 AS 2/25\",\"content\":\"<p>y</p>\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(dump, "cases.json", "corpus:cases.json", TestFiles.FETCHED));
        assertTrue(e.reason().contains("tenor import"), e.reason());
    }

    @Test
    void broken_json_and_foreign_json_are_reported() {
        ExtractionException broken = assertThrows(ExtractionException.class, () -> extractor.extract(
                "{\"file_number\": \"S 1 AS 1/25\", ".getBytes(StandardCharsets.UTF_8), "kaputt.json", "corpus:kaputt.json",
                TestFiles.FETCHED));
        assertTrue(broken.reason().startsWith("invalid JSON"), broken.reason());
        ExtractionException foreign = assertThrows(ExtractionException.class, () -> extractor.extract(
                "{\"name\": \"etwas anderes\"}".getBytes(StandardCharsets.UTF_8), "fremd.json", "corpus:fremd.json",
                TestFiles.FETCHED));
        assertTrue(foreign.reason().startsWith("JSON is not an Open Legal Data case"), foreign.reason());
    }

    @Test
    void random_bytes_named_docx_are_reported() {
        byte[] junk = new byte[2048];
        new java.util.Random(4).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(junk, "zufall.docx", "corpus:zufall.docx", TestFiles.FETCHED));
        assertTrue(e.getMessage().startsWith("zufall.docx: "), e.getMessage());
    }

    /** A DOCX whose document.xml inflates from a few kilobytes to half a gigabyte of spaces. */
    private static byte[] zipBombDocx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 512; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] pdf(String... lines) throws IOException {
        return pdf(1, lines);
    }

    /** A PDF of {@code pages} pages, each printing {@code lines}. */
    private static byte[] pdf(int pages, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    s.setLeading(14);
                    s.newLineAtOffset(50, 740);
                    for (String l : lines) {
                        s.showText(l);
                        s.newLine();
                    }
                    s.endText();
                }
            }
            doc.save((OutputStream) out);
            return out.toByteArray();
        }
    }
}
