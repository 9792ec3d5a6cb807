package de.tenor.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the decision pages of bverwg.de. A page holds the press release, the case information and
 * one or more decisions of the same case, each as {@code <span id="…" class="target">} with a
 * heading "Urteil vom 22.02.2024 - BVerwG 1 C 12.22 ECLI:…", the Leitsätze, the Instanzenzug, the
 * rubrum ({@code div.rubrum}), the Tenor ({@code div.tenor}) and the reasons
 * ({@code div.rdn[data-rdn]} paragraphs between {@code h2.entscheidung-zwischen} headings).
 *
 * <p>Some pages print an earlier decision of the case (the order admitting the appeal) before the
 * judgment the page is about; the page title names the latter, so the block whose heading carries
 * the title's docket is read. Menus, sidebar and footer are never read. Stateless and thread-safe.
 */
final class BverwgHtmlReader {

    /** "Urteil vom 22.02.2024 - BVerwG 1 C 12.22 ECLI:DE:BVerwG:2024:220224U1C12.22.0". */
    private static final Pattern HEADING = Pattern.compile(
            "^(\\p{L}+)\\s+vom\\s+(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*-\\s*BVerwG\\s+(.+?)\\s*(ECLI:\\S+)?$");
    /** "BVerwG 8 C 9.22, Urteil vom 14. Dezember 2023 | Bundesverwaltungsgericht". */
    private static final Pattern TITLE_DOCKET = Pattern.compile("BVerwG\\s+([^,|]+?)\\s*,");
    /** "VGH Kassel - 02.06.2022 - AZ: 5 A 2120/19". */
    private static final Pattern INSTANCE = Pattern.compile("^(.+?)\\s+-\\s+(\\d{2}\\.\\d{2}\\.\\d{4})\\s+-\\s+AZ:\\s*(.+)$");
    private static final Pattern LEITSATZ_LABEL = Pattern.compile("^Leits(?:atz|ätze|aetze)\\s*:?$");

    /** A bverwg.de page: decision blocks with the court's ECLI in their heading. */
    boolean accepts(Document page) {
        return !blocks(page).isEmpty();
    }

    RulingParts read(Document page) {
        Element block = ownBlock(page);
        Matcher h = HEADING.matcher(HtmlText.text(block.selectFirst("h2.h1")));
        String type = "", date = "", docket = "", ecli = "";
        if (h.matches()) {
            type = h.group(1);
            date = h.group(2);
            docket = h.group(3);
            ecli = h.group(4) == null ? "" : h.group(4);
        }
        List<String> headnotes = headnotes(block);
        List<String> instances = instances(block);
        List<String> rubrum = blocks(block.selectFirst("div.rubrum"));
        List<String> tenor = tenor(block.selectFirst("div.tenor"));
        List<Paragraph> body = body(block);

        List<String> text = new ArrayList<>();
        text.add(HtmlText.text(block.selectFirst("h2.entscheidung-upper")) + " BVerwG " + docket);
        text.addAll(headnotes);
        text.addAll(rubrum);
        text.addAll(tenor);
        body.forEach(p -> text.add(p.text()));
        String header = String.join("\n", List.of("Bundesverwaltungsgericht", type + " vom " + date, "BVerwG " + docket));
        return new RulingParts("BVerwG", type, date, docket, ecli,
                instances.isEmpty() ? "" : instances.getLast(), String.join("\n", rubrum), normsField(block), header,
                tenor, body, String.join("\n\n", text.stream().filter(s -> !s.isBlank()).toList()), page.title(),
                headnotes);
    }

    private static List<Element> blocks(Document page) {
        return page.select("span.target[id]").stream()
                .filter(e -> HtmlText.text(e.selectFirst("h2.h1 .inconsolata")).startsWith("ECLI:DE:BVerwG:"))
                .toList();
    }

    /** The block of the decision the page title names; the last one when the title names none. */
    private static Element ownBlock(Document page) {
        List<Element> blocks = blocks(page);
        Matcher t = TITLE_DOCKET.matcher(page.title());
        Optional<Element> named = Optional.empty();
        if (t.find()) {
            String docket = Texts.normalizeSpace(t.group(1));
            named = blocks.stream().filter(b -> {
                Matcher h = HEADING.matcher(HtmlText.text(b.selectFirst("h2.h1")));
                return h.matches() && h.group(3).equals(docket);
            }).findFirst();
        }
        return named.orElse(blocks.getLast());
    }

    /** The paragraphs after "Leitsatz:" / "Leitsätze:" up to the document information. */
    private static List<String> headnotes(Element block) {
        List<String> out = new ArrayList<>();
        for (Element label : block.select("div.entscheidung > p")) {
            if (!LEITSATZ_LABEL.matcher(HtmlText.text(label)).matches()) {
                continue;
            }
            for (Element p = label.nextElementSibling(); p != null && p.nameIs("p"); p = p.nextElementSibling()) {
                String s = HtmlText.text(p);
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * The Instanzenzug, lowest court first, as "VGH Kassel, 02.06.2022, 5 A 2120/19"; the last
     * entry is the decision under appeal.
     */
    private static List<String> instances(Element block) {
        List<String> out = new ArrayList<>();
        for (Element e : block.select("div.az div.instanz")) {
            Matcher m = INSTANCE.matcher(HtmlText.text(e));
            if (m.matches()) {
                out.add(m.group(1) + ", " + m.group(2) + ", " + m.group(3));
            }
        }
        return out;
    }

    /** "AufenthG § 66 Abs. 3 Satz 1; Chicagoer Abkommen Art. 37" from the Rechtsquellen table. */
    private static String normsField(Element block) {
        List<String> rows = new ArrayList<>();
        for (Element tr : block.select("table.rq tr")) {
            rows.add(HtmlText.text(tr));
        }
        return String.join("; ", rows);
    }

    /** Tenor items: list items when the Tenor is a numbered list, else its paragraphs. */
    private static List<String> tenor(Element tenor) {
        if (tenor == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!tenor.select("li").isEmpty()) {
            tenor.select("li").forEach(li -> addIfText(out, HtmlText.text(li)));
        } else {
            out.addAll(HtmlText.lines(tenor));
        }
        return out;
    }

    /** Headings and paragraphs after the Tenor; {@code data-rdn} is the Rn. */
    private static List<Paragraph> body(Element block) {
        Element tenor = block.selectFirst("div.tenor");
        List<Paragraph> body = new ArrayList<>();
        if (tenor == null) {
            return body;
        }
        for (Element e = tenor.nextElementSibling(); e != null; e = e.nextElementSibling()) {
            if (e.nameIs("h2") || e.nameIs("h3")) {
                addIfText(body, HtmlText.text(e), null, true);
            } else if (e.hasClass("rdn")) {
                String number = e.attr("data-rdn");
                Element rn = e.selectFirst("span.rdn");
                String text = HtmlText.text(e);
                if (rn != null && text.startsWith(HtmlText.text(rn))) {
                    text = text.substring(HtmlText.text(rn).length()).strip();
                }
                addIfText(body, text, number.isBlank() ? null : number, false);
            } else {
                for (String line : HtmlText.lines(e)) {
                    addIfText(body, line, null, false);
                }
            }
        }
        return body;
    }

    private static List<String> blocks(Element e) {
        if (e == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Element p : e.select("p")) {
            addIfText(out, HtmlText.text(p));
        }
        return out.isEmpty() ? HtmlText.lines(e) : out;
    }

    private static void addIfText(List<Paragraph> out, String text, String number, boolean heading) {
        if (!text.isBlank()) {
            out.add(new Paragraph(number, text, heading));
        }
    }

    private static void addIfText(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s);
        }
    }
}
