package de.tenor.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Writes the PDF and DOCX files of the dev set ({@code src/test/resources/extract/dev}) from the
 * texts below, as a court's word processor would: the PDF with wrapped lines and margin numbers,
 * the DOCX with one paragraph per line. Run it after changing a text:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) de.tenor.extract.DevSetBinaries src/test/resources/extract/dev}.
 * The texts are fictional: Beispieldaten – keine echten Entscheidungen.
 */
final class DevSetBinaries {

    static final String PDF_NAME = "vg-arnsberg-6-l-881-25.pdf";
    static final String DOCX_NAME = "sg-dortmund-s-19-as-402-25.docx";

    static final List<String> VG_ARNSBERG = List.of(
            "Beispieldaten – keine echten Entscheidungen",
            "",
            "VERWALTUNGSGERICHT ARNSBERG",
            "",
            "BESCHLUSS",
            "",
            "6 L 881/25",
            "ECLI:DE:VGAR:2025:0930.6L881.25.00",
            "",
            "In dem verwaltungsgerichtlichen Verfahren",
            "der Frau R. S., Antragstellerin,",
            "Prozessbevollmächtigte: Rechtsanwältin U. V.,",
            "gegen",
            "den Oberbürgermeister der Stadt Hagen, Antragsgegner,",
            "wegen Feststellung des Verlusts des Freizügigkeitsrechts, hier: Antrag nach § 80 Abs. 5 VwGO",
            "",
            "hat die 6. Kammer des Verwaltungsgerichts Arnsberg am 30. September 2025 durch die Vorsitzende",
            "Richterin am Verwaltungsgericht W. als Einzelrichterin beschlossen:",
            "",
            "1. Die aufschiebende Wirkung der Klage 6 K 2210/25 gegen die Ordnungsverfügung des Antragsgegners vom",
            "1. August 2025 wird wiederhergestellt, hinsichtlich der Abschiebungsandrohung angeordnet.",
            "2. Der Antragsgegner trägt die Kosten des Verfahrens.",
            "3. Der Wert des Streitgegenstandes wird auf 2.500,00 Euro festgesetzt.",
            "",
            "Gründe",
            "",
            "I.",
            "1 Die Antragstellerin ist bulgarische Staatsangehörige. Sie arbeitet seit Juli 2024 mit 14 Wochenstunden",
            "als Reinigungskraft in einem Pflegeheim in Hagen und bezieht ergänzend Leistungen des Jobcenters",
            "Hagen. Mit Ordnungsverfügung vom 1. August 2025 stellte der Antragsgegner den Verlust ihres Rechts",
            "auf Einreise und Aufenthalt fest (§ 5 Abs. 4 FreizügG/EU) und ordnete die sofortige Vollziehung an.",
            "II.",
            "2 Der Antrag ist begründet. Die Antragstellerin ist Arbeitnehmerin im Sinne des § 2 Abs. 2 Nr. 1",
            "FreizügG/EU. Der ergänzende Leistungsbezug ändert daran nichts (vgl. EuGH, Urteil vom 23. März 1982",
            "– Rs. 53/81 –, Levin; EuGH, Urteil vom 14. Juni 2012 – C-542/09 –).",
            "3 Die Kostenentscheidung beruht auf § 154 Abs. 1 VwGO.");

    static final List<String> SG_DORTMUND = List.of(
            "Beispieldaten – keine echten Entscheidungen",
            "Sozialgericht Dortmund",
            "Az.: S 19 AS 402/25",
            "Gerichtsbescheid",
            "In dem Rechtsstreit",
            "des Herrn T. U., Kläger,",
            "gegen",
            "das Jobcenter Bochum, vertreten durch den Geschäftsführer, Beklagter,",
            "hat die 19. Kammer des Sozialgerichts Dortmund am 22. Juli 2025 ohne mündliche Verhandlung durch "
                    + "den Richter am Sozialgericht X. für Recht erkannt:",
            "Der Beklagte wird unter Abänderung des Bescheides vom 4. Februar 2025 in der Gestalt des "
                    + "Widerspruchsbescheides vom 20. März 2025 verurteilt, dem Kläger für die Zeit vom 1. Februar 2025 "
                    + "bis 31. März 2025 Bürgergeld in gesetzlicher Höhe zu gewähren.",
            "Im Übrigen wird die Klage abgewiesen.",
            "Der Beklagte trägt die Hälfte der außergerichtlichen Kosten des Klägers.",
            "Tatbestand",
            "Der Kläger ist slowakischer Staatsangehöriger. Er war von Oktober 2024 bis März 2025 als Lagerhelfer mit "
                    + "15 Wochenstunden beschäftigt; danach war er arbeitslos. Der Beklagte lehnte Leistungen ab Februar "
                    + "2025 nach § 7 Abs. 1 Satz 2 Nr. 2 SGB II ab.",
            "Entscheidungsgründe",
            "Die Klage ist teilweise begründet. Bis zum Ende seiner Beschäftigung war der Kläger Arbeitnehmer im Sinne "
                    + "des § 2 Abs. 2 Nr. 1 FreizügG/EU. Für die Zeit danach ist sein Status nicht nach § 2 Abs. 3 "
                    + "FreizügG/EU erhalten geblieben, weil er weniger als ein Jahr beschäftigt war und sich nicht "
                    + "arbeitsuchend gemeldet hat (vgl. EuGH, Urteil vom 15. September 2015 – C-67/14 –).",
            "Die Kostenentscheidung beruht auf § 193 SGG.");

    private DevSetBinaries() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/extract/dev");
        writePdf(dir.resolve(PDF_NAME), VG_ARNSBERG);
        writeDocx(dir.resolve(DOCX_NAME), SG_DORTMUND);
    }

    static void writePdf(Path target, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.setTimeInMillis(0);
            info.setCreationDate(fixed);
            info.setTitle("Beispieldaten – keine echten Entscheidungen");
            doc.setDocumentInformation(info);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<List<String>> pages = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += 48) {
                pages.add(lines.subList(i, Math.min(lines.size(), i + 48)));
            }
            for (List<String> pageLines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(font, 9);
                    out.setLeading(13);
                    out.newLineAtOffset(40, 750);
                    for (String line : pageLines) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.endText();
                }
            }
            doc.save(target.toFile());
        }
    }

    static void writeDocx(Path target, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            doc.getProperties().getCoreProperties().setTitle("Beispieldaten – keine echten Entscheidungen");
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
    }
}
