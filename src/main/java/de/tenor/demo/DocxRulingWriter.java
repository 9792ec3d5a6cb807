package de.tenor.demo;

import de.tenor.demo.PlainLayout.Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a ruling as a Word document (POI XWPF), one paragraph per block, the notice first. The core
 * properties carry the decision date and the ZIP entries a fixed time, so the bytes are reproducible.
 */
final class DocxRulingWriter {

    private DocxRulingWriter() {
    }

    static byte[] write(DemoCase d) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date when = Date.from(d.date().atTime(12, 0).toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            core.setCreator("Tenor DemoCorpusGenerator");
            core.setTitle(d.title());
            core.setDescription(Texts.NOTICE);
            for (Block b : PlainLayout.of(d)) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setFontFamily("Arial");
                run.setFontSize(b.heading() ? 12 : 11);
                run.setBold(b.heading());
                run.setText(b.number() > 0 ? b.number() + " " + b.text() : b.text());
            }
            doc.write(raw);
        }
        return normaliseZip(raw.toByteArray());
    }

    /** Rewrites the package with every entry dated 1 January 2020, keeping order and content. */
    private static byte[] normaliseZip(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(LocalDateTime.of(2020, 1, 1, 0, 0));
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
