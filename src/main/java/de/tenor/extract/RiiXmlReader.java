package de.tenor.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one decision in the XML format of rechtsprechung-im-internet.de (rii-dok.dtd), in which
 * the federal courts (BSG, BVerwG, BVerfG, BGH, …) publish: {@code doknr}, {@code ecli},
 * {@code gertyp}, {@code gerort}, {@code entsch-datum} (yyyyMMdd), {@code aktenzeichen} (one or a
 * comma-separated list of joined cases), {@code doktyp}, {@code norm}, {@code vorinstanz},
 * {@code tenor} and the reasons ({@code tatbestand}, {@code entscheidungsgruende} or {@code gruende})
 * as {@code <dl class="RspDL"><dt><a name="rd_1">1</a></dt><dd>…</dd></dl>}, where the {@code dt}
 * holds the paragraph number.
 *
 * <p>jsoup's XML parser never fetches the DTD the file names, so no network and no entity
 * expansion. Stateless and thread-safe.
 */
final class RiiXmlReader {

    private static final Pattern FEDERAL = Pattern.compile("^(?:BVerfG|BVerwG|BSG|BGH|BAG|BFH|BPatG|EuGH)$");
    private static final Pattern HEADING_TEXT = Pattern.compile(
            "^(?:[IVX]{1,4}\\.|[A-H]\\.|\\d{1,2}\\.|Gründe|Tatbestand|Entscheidungsgründe)\\s*:?$");
    private static final Pattern YYYYMMDD = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    RulingParts read(byte[] content, String fileName) throws ExtractionException {
        Document xml = Jsoup.parse(new String(content, charset(content)), "", Parser.xmlParser());
        Element root = xml.selectFirst("dokument");
        if (root == null) {
            throw new ExtractionException(fileName, "XML without <dokument> element: not a rechtsprechung-im-internet.de decision");
        }
        String gertyp = field(root, "gertyp");
        String gerort = field(root, "gerort");
        String court = FEDERAL.matcher(gertyp).matches() || gerort.isEmpty() ? gertyp : gertyp + " " + gerort;
        // Issue 16: a joined decision lists all its dockets; all of them are its own (searchable, shown).
        String docket = field(root, "aktenzeichen");
        Matcher date = YYYYMMDD.matcher(field(root, "entsch-datum"));
        String isoDate = date.matches() ? date.group(1) + "-" + date.group(2) + "-" + date.group(3) : field(root, "entsch-datum");

        List<String> tenor = blocks(root.selectFirst("tenor"));
        List<Paragraph> body = new ArrayList<>();
        for (String section : new String[] {"tatbestand", "entscheidungsgruende", "gruende", "abwmeinung", "sondervotum"}) {
            Element e = root.selectFirst(section);
            if (e != null && !HtmlText.text(e).isEmpty()) {
                if (section.equals("tatbestand") || section.equals("entscheidungsgruende")) {
                    body.add(new Paragraph(null, section.equals("tatbestand") ? "Tatbestand" : "Entscheidungsgründe", true));
                }
                body.addAll(paragraphs(e));
            }
        }
        List<String> text = new ArrayList<>();
        for (String intro : new String[] {"titelzeile", "leitsatz", "orientierungssatz", "sonstosatz"}) {
            text.addAll(blocks(root.selectFirst(intro)));
        }
        text.addAll(tenor);
        body.forEach(p -> text.add(p.text()));
        String title = court + (docket.isEmpty() ? "" : ", " + docket);
        return new RulingParts(court, decisionType(field(root, "doktyp"), gertyp), isoDate, docket, field(root, "ecli"),
                lowerCourt(root.selectFirst("vorinstanz")), "", field(root, "norm"), "", tenor, body,
                String.join("\n\n", text), title);
    }

    /**
     * "Urteil", "Beschluss", "Gerichtsbescheid". The BVerfG names its orders by content
     * ("Ablehnung einstweilige Anordnung", "Nichtannahmebeschluss"); every one that is not a
     * judgment is a Beschluss. Other courts' unknown types stay as printed.
     */
    private static String decisionType(String doktyp, String gertyp) {
        String t = doktyp.toLowerCase(Locale.GERMAN);
        if (t.contains("gerichtsbescheid")) {
            return "Gerichtsbescheid";
        }
        if (t.contains("urteil")) {
            return "Urteil";
        }
        return t.contains("beschluss") || t.contains("beschluß") || gertyp.equals("BVerfG") && !t.isBlank() ? "Beschluss" : doktyp;
    }

    /** The nearest lower instance: the last "vorgehend …" line (juris lists them from the first instance up). */
    private static String lowerCourt(Element vorinstanz) {
        List<String> lines = blocks(vorinstanz);
        String last = "";
        for (String line : lines) {
            if (line.toLowerCase(Locale.GERMAN).startsWith("vorgehend")) {
                last = line.replaceFirst("(?i)^vorgehend\\s*", "");
            }
        }
        return last.isEmpty() && !lines.isEmpty() ? lines.getFirst() : last;
    }

    private static List<Paragraph> paragraphs(Element xmlSection) {
        List<Paragraph> out = new ArrayList<>();
        Element section = html(xmlSection);
        List<Element> rows = section.select("dl");
        if (rows.isEmpty()) {
            blocks(section).forEach(b -> out.add(new Paragraph(null, b, HEADING_TEXT.matcher(b).matches())));
            return out;
        }
        for (Element dl : rows) {
            String number = HtmlText.text(dl.selectFirst("dt"));
            Element dd = dl.selectFirst("dd");
            for (String block : dd == null ? List.<String>of() : HtmlText.lines(dd)) {
                boolean heading = number.isEmpty() && (HEADING_TEXT.matcher(block).matches() || !dd.select("h1, h2, h3, h4").isEmpty());
                out.add(new Paragraph(number.isEmpty() ? null : number, block, heading));
                number = ""; // a second block in one row continues the same paragraph number
            }
        }
        return out;
    }

    private static List<String> blocks(Element e) {
        if (e == null) {
            return List.of();
        }
        return HtmlText.lines(html(e));
    }

    /**
     * The XML element's content as HTML: the sections hold XHTML ({@code p}, {@code dl}, {@code h2}),
     * whose block structure only the HTML parser knows.
     */
    private static Element html(Element xml) {
        return Jsoup.parseBodyFragment(xml.html()).body();
    }

    private static String field(Element root, String name) {
        Element e = root.selectFirst(name);
        return e == null ? "" : HtmlText.text(e);
    }

    private static java.nio.charset.Charset charset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("encoding=[\"']([A-Za-z0-9_-]+)[\"']").matcher(head);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8; // unknown encoding name: UTF-8 is the format's default
            }
        }
        return StandardCharsets.UTF_8;
    }
}
