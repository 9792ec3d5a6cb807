package de.tenor.demo;

import static de.tenor.demo.Texts.html;

import de.tenor.demo.ReasonText.Section;
import java.util.List;

/**
 * Lays a ruling out like a page of the NRW court database (NRWE): a metadata block of
 * {@code feldbezeichnung}/{@code feldinhalt} pairs, Rubrum, Tenor, then paragraphs numbered with
 * {@code absatzRechts}. The demo extractor parses exactly these class names and labels.
 */
final class HtmlRulingWriter {

    private HtmlRulingWriter() {
    }

    static String write(DemoCase d) {
        StringBuilder b = new StringBuilder();
        String title = html(d.title());
        b.append("<!DOCTYPE html>\n");
        b.append("<html lang=\"de\"><head><meta charset=\"utf-8\"><title>").append(title).append("</title></head>\n");
        b.append("<body>\n");
        b.append("<p class=\"sample-notice\">").append(html(Texts.RULING_NOTICE)).append("</p>\n");
        b.append("<h3 id=\"nrwetitle\">").append(title).append("</h3>\n");
        b.append("<div id=\"enclosingDiv\" class=\"maindiv\">\n");
        field(b, "Datum:", Texts.shortDate(d.date()));
        field(b, "Gericht:", d.court().fullName);
        field(b, "Spruchkörper:", d.panel());
        field(b, "Entscheidungsart:", d.decisionType());
        field(b, "Aktenzeichen:", d.docket());
        if (!d.ecli().isEmpty()) {
            field(b, "ECLI:", d.ecli());
        }
        b.append("</div>\n");
        if (!d.lowerInstance().isEmpty()) {
            block(b, "maindiv", "Vorinstanz:", html(d.lowerInstance()));
        }
        block(b, "maindiv", "Schlagworte:", html(String.join("; ", d.keywords())));
        block(b, "maindiv", "Normen:", html(String.join("; ", d.norms())));
        if (!d.rubrum().isEmpty()) {
            block(b, "maindiv rubrum", "Rubrum:", paragraphs(d.rubrum()));
        }
        if (!d.tenor().isEmpty()) {
            block(b, "maindiv", "Tenor:", paragraphs(d.tenor()));
        }
        b.append("<div class=\"maindiv\">\n");
        int rn = 1;
        for (Section s : d.sections()) {
            if (s.firstNumber() > 0) {
                rn = s.firstNumber();
            }
            numbered(b, rn++, "<b>" + html(s.heading()) + ":</b>");
            for (String p : s.paragraphs()) {
                numbered(b, rn++, html(p));
            }
        }
        b.append("</div>\n");
        b.append("<p class=\"sample-notice\">").append(html(Texts.NOTICE)).append(".</p>\n");
        b.append("</body></html>\n");
        return b.toString();
    }

    private static void field(StringBuilder b, String label, String value) {
        b.append("  <div class=\"feldbezeichnung\">").append(label).append("</div><div class=\"feldinhalt\">")
                .append(html(value)).append("</div>\n");
    }

    private static void block(StringBuilder b, String cssClass, String label, String content) {
        b.append("<div class=\"").append(cssClass).append("\"><div class=\"feldbezeichnung\">").append(label)
                .append("</div><div class=\"feldinhalt\">").append(content).append("</div></div>\n");
    }

    private static String paragraphs(List<String> ps) {
        StringBuilder b = new StringBuilder("\n");
        for (String p : ps) {
            b.append("  <p>").append(html(p)).append("</p>\n");
        }
        return b.toString();
    }

    private static void numbered(StringBuilder b, int rn, String content) {
        b.append("  <span class=\"absatzRechts\">").append(rn).append("</span><p class=\"absatzLinks\">").append(content)
                .append("</p>\n");
    }
}
