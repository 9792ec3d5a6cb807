package de.tenor.web;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.extract.Paragraph;
import de.tenor.search.SearchHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The "Zitierliste": the result list as citations to paste into a letter or a Widerspruch, one
 * per line, e.g. {@code VG Gelsenkirchen, Beschluss vom 13.05.2024 – 8 L 469/24 –,
 * ECLI:DE:VGGE:2024:0513.8L469.24.00, Rn. 23, https://…}. The Rn. is the paragraph of the first
 * highlighted passage, when the search highlighted one in a numbered paragraph. Stateless.
 */
final class CitationList {

    /** How far into a highlighted passage a paragraph must match it; passages are whole sentences. */
    private static final int PROBE_CHARS = 60;

    private CitationList() {
    }

    static String write(ExportRows rows, String baseUrl, LocalDate today) {
        StringBuilder out = new StringBuilder();
        out.append("Zitierliste aus Tenor, erstellt am ").append(UiText.GERMAN.date(today)).append('\n');
        out.append("Suche: ").append(ExportRoutes.describe(rows.request())).append('\n');
        out.append("Rn. = Randnummer der ersten hervorgehobenen Fundstelle (wenn die Entscheidung Randnummern hat).\n\n");
        if (rows.hits().isEmpty()) {
            out.append("Keine Treffer.\n");
        }
        int n = 1;
        for (SearchHit hit : rows.hits()) {
            out.append(n++).append(". ").append(cite(hit.document(), hit.snippetHtml(), baseUrl)).append('\n');
        }
        if (rows.capped()) {
            out.append('\n').append(rows.capNote()).append('\n');
        }
        return out.toString();
    }

    static String cite(Document d, String snippetHtml, String baseUrl) {
        String url = d.url() != null && (d.url().startsWith("https://") || d.url().startsWith("http://"))
                ? d.url() : baseUrl + "/doc/" + d.id();
        StringJoiner c = new StringJoiner(", ");
        if (d.type() == DocType.NEWS) {
            add(c, d.news().outlet());
            add(c, "„" + d.title() + "“");
            add(c, UiText.GERMAN.date(d.sortDate()));
            c.add(url);
            return c.toString();
        }
        StringBuilder head = new StringBuilder(d.ruling().court() == null ? "Gericht unbekannt" : d.ruling().court());
        head.append(", ").append(d.ruling().decisionType() == null ? "Entscheidung" : d.ruling().decisionType());
        if (d.ruling().date() != null) {
            head.append(" vom ").append(UiText.GERMAN.date(d.ruling().date()));
        }
        if (d.ruling().docket() != null) {
            head.append(" – ").append(d.ruling().docket()).append(" –");
        }
        c.add(head);
        add(c, d.ruling().ecli());
        rn(d, snippetHtml).ifPresent(rn -> c.add("Rn. " + rn));
        c.add(url);
        return c.toString();
    }

    /** The number of the paragraph that holds the first {@code <mark>}ed passage of the snippet. */
    static Optional<String> rn(Document d, String snippetHtml) {
        if (snippetHtml == null || !snippetHtml.contains("<mark>")) {
            return Optional.empty();
        }
        String passage = null;
        for (String p : snippetHtml.split(" … ")) {
            if (p.contains("<mark>")) {
                passage = p;
                break;
            }
        }
        if (passage == null) {
            return Optional.empty();
        }
        int markAt = passage.indexOf("<mark>");
        String plain = plain(passage);
        String fromMark = plain(passage.substring(markAt));
        List<String> probes = List.of(prefix(plain), prefix(fromMark));
        for (String probe : probes) {
            if (probe.length() < 8) {
                continue;
            }
            for (Paragraph p : d.paragraphs()) {
                if (p.number() != null && !p.heading() && spaced(p.text()).contains(probe)) {
                    return Optional.of(p.number());
                }
            }
        }
        return Optional.empty();
    }

    private static String prefix(String s) {
        return s.length() <= PROBE_CHARS ? s : s.substring(0, PROBE_CHARS);
    }

    private static String plain(String html) {
        String text = html.replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return spaced(text).replaceAll("^[ …]+", "");
    }

    private static String spaced(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static void add(StringJoiner c, String value) {
        if (value != null && !value.isBlank()) {
            c.add(value);
        }
    }
}
