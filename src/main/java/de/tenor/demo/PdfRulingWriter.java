package de.tenor.demo;

import de.tenor.corpus.Sha256;
import de.tenor.demo.PlainLayout.Block;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a ruling as a plain text PDF (PDFBox 3, standard 14 Helvetica, WinAnsi so umlauts and §
 * print). Dates and the document ID are fixed so the same ruling always gives the same bytes.
 */
final class PdfRulingWriter {

    private static final float MARGIN = 56;
    private static final float SIZE = 10;
    private static final float LEADING = 13.5f;
    private static final float INDENT = 18;

    private PdfRulingWriter() {
    }

    static byte[] write(DemoCase d) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(d.title());
            info.setSubject(Texts.NOTICE);
            info.setCreator("Tenor DemoCorpusGenerator");
            info.setProducer("Apache PDFBox");
            Calendar when = fixedDate(d);
            info.setCreationDate(when);
            info.setModificationDate(when);
            doc.getDocument().getTrailer().setItem(COSName.ID, documentId(d));

            Writer w = new Writer(doc, regular, bold);
            for (Block b : PlainLayout.of(d)) {
                if (b.number() > 0) {
                    w.paragraph(b.number() + " " + b.text(), false, true);
                } else {
                    w.paragraph(b.text(), b.heading(), false);
                }
            }
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Noon UTC on the decision date: PDFs carry no clock time of the generator run. */
    private static Calendar fixedDate(DemoCase d) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cal.clear();
        cal.set(d.date().getYear(), d.date().getMonthValue() - 1, d.date().getDayOfMonth(), 12, 0, 0);
        return cal;
    }

    /**
     * PDFBox would derive the trailer ID from the current time; derive it from the file name instead (16 bytes, the
     * length PDF readers expect, of the project's one hash).
     */
    private static COSArray documentId(DemoCase d) {
        byte[] id16 = Arrays.copyOf(Sha256.of(d.file()), 16);
        COSArray id = new COSArray();
        id.add(new COSString(id16));
        id.add(new COSString(id16));
        return id;
    }

    /** Fills pages top to bottom, wrapping words and starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font regular;
        private final PDType1Font bold;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument doc, PDType1Font regular, PDType1Font bold) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
        }

        void paragraph(String text, boolean heading, boolean hanging) throws IOException {
            PDType1Font font = heading ? bold : regular;
            float size = heading ? SIZE + 1 : SIZE;
            List<String> lines = wrap(text, font, size, hanging);
            if (heading) {
                y -= LEADING / 2;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (stream == null || y < MARGIN + LEADING) {
                    newPage();
                }
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN + (hanging && i > 0 ? INDENT : 0), y);
                stream.showText(lines.get(i));
                stream.endText();
                y -= LEADING;
            }
            y -= LEADING / 3;
        }

        private List<String> wrap(String text, PDType1Font font, float size, boolean hanging) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                float available = width - (hanging && !lines.isEmpty() ? INDENT : 0);
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > available) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
            }
        }
    }
}
