package de.tenor.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the page layout of NRWE (nrwe.justiz.nrw.de), the NRW courts' database, which our demo
 * corpus copies: labelled fields
 * {@code <div class="feldbezeichnung">Aktenzeichen:</div><div class="feldinhalt">8 L 469/24</div>},
 * then the body as {@code <span class="absatzRechts">12</span><p class="absatzLinks">…</p>}
 * where the span holds the paragraph number (Rn.) lawyers cite.
 *
 * <p>An element with class {@code sample-notice} (the demo corpus's "Beispieldaten" banner) is not
 * a paragraph of the decision, but its text stays in {@code text} so full-text search finds it.
 * Stateless and thread-safe.
 */
final class NrweHtmlReader {

    /** A paragraph that is only a section title ("Gründe:", "I.", "Tatbestand"). */
    private static final Pattern HEADING_TEXT = Pattern.compile(
            "^(?:Gründe|Tatbestand|Entscheidungsgründe|Rechtsmittelbelehrung|Tenor|Sachverhalt|Leitsätze?"
                    + "|[IVX]{1,4}\\.|[A-H]\\.)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BOLD_HEADING_CHARS = 80;

    /**
     * Labels followed by their {@code .feldinhalt}: other portals use the class name for table cells
     * ({@code <td class="feldbezeichnung">Datum:</td><td>14.08.2025</td>}) without that pairing, and
     * read by this reader they had no Tenor (issue 16); the generic path reads them.
     */
    boolean accepts(Document page) {
        return !page.select(".feldbezeichnung + .feldinhalt").isEmpty();
    }

    RulingParts read(Document page) {
        Map<String, Element> fields = fields(page);
        List<String> notices = page.select(".sample-notice").eachText();
        List<String> rubrum = blocks(fields.get("rubrum"));
        List<String> tenor = blocks(fields.get("tenor"));
        List<Paragraph> body = body(page);

        List<String> headnotes = new ArrayList<>(blocks(fields.get("leitsätze")));
        headnotes.addAll(blocks(fields.get("leitsatz")));
        List<String> text = new ArrayList<>(notices);
        text.addAll(headnotes);
        text.addAll(rubrum);
        text.addAll(tenor);
        body.forEach(p -> text.add(p.text()));

        return new RulingParts(
                value(fields, "gericht"), value(fields, "entscheidungsart"), value(fields, "datum"),
                value(fields, "aktenzeichen"), value(fields, "ecli"), value(fields, "vorinstanz"),
                String.join("\n", rubrum), value(fields, "normen"), "", tenor, body,
                String.join("\n\n", text), page.title(), headnotes);
    }

    /** Field label (lower case, without colon) → its content element. */
    private static Map<String, Element> fields(Document page) {
        Map<String, Element> fields = new LinkedHashMap<>();
        for (Element label : page.select(".feldbezeichnung")) {
            Element content = label.nextElementSibling();
            if (content != null && content.hasClass("feldinhalt")) {
                String name = HtmlText.text(label).replaceAll(":\\s*$", "").toLowerCase(Locale.GERMAN);
                fields.putIfAbsent(name, content);
            }
        }
        return fields;
    }

    private static String value(Map<String, Element> fields, String name) {
        return HtmlText.text(fields.get(name));
    }

    /** The paragraphs of a field: its {@code <p>} elements, or its lines when it has none. */
    private static List<String> blocks(Element field) {
        if (field == null) {
            return List.of();
        }
        Elements ps = field.select("p");
        List<String> out = new ArrayList<>();
        if (ps.isEmpty()) {
            out.addAll(HtmlText.lines(field));
        } else {
            ps.forEach(p -> addIfText(out, HtmlText.text(p)));
        }
        return out;
    }

    /** Numbered paragraphs: {@code <span class="absatzRechts">Rn</span><p class="absatzLinks">…</p>}. */
    static List<Paragraph> body(Element page) {
        List<Paragraph> body = new ArrayList<>();
        for (Element p : page.select(".absatzLinks")) {
            if (p.closest(".sample-notice, .feldinhalt") != null) {
                continue;
            }
            String text = HtmlText.text(p);
            if (text.isEmpty()) {
                continue;
            }
            Element before = p.previousElementSibling();
            String number = before != null && before.hasClass("absatzRechts") ? HtmlText.text(before) : "";
            body.add(new Paragraph(number.isEmpty() ? null : number, text, isHeading(p, text)));
        }
        return body;
    }

    /** Headings are known section titles, or short paragraphs printed entirely in bold. */
    private static boolean isHeading(Element p, String text) {
        if (HEADING_TEXT.matcher(text).matches()) {
            return true;
        }
        String bold = Texts.normalizeSpace(p.select("b, strong").text());
        return text.length() <= MAX_BOLD_HEADING_CHARS && bold.equals(text);
    }

    private static void addIfText(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s);
        }
    }
}
