package de.tenor.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads decision pages of sozialgerichtsbarkeit.de, the social courts' portal. They carry no
 * court-specific markup worth relying on, but a fixed metadata block of label/value lines:
 * {@code Land}, {@code Sozialgericht} (the deciding court, e.g. "SG Gelsenkirchen (NRW)"),
 * {@code Sachgebiet}, {@code Abteilung}, then {@code 1./2./3. Instanz} each with court,
 * {@code Aktenzeichen} and {@code Datum} ("-" when empty), then {@code Kategorie} (Beschluss,
 * Urteil, …); the Tenor follows without a heading, up to "Gründe:" or "Tatbestand:".
 *
 * <p>The reader works on the page's lines, not its tags, so it holds whether the block is a
 * table, a definition list or divs, and whether label and value share a line. The decision's own
 * docket and date are those of the instance whose court is the deciding court; the instance
 * below it is the lower court. Stateless and thread-safe.
 */
final class SgbHtmlReader {

    private static final Pattern LABEL = Pattern.compile(
            "^(Land|Sozialgericht|Gericht|Sachgebiet|Abteilung|[123]\\.\\s?Instanz|Aktenzeichen|Datum|Kategorie|Entscheidungsart"
                    + "|Bemerkung|Rechtskraft|Deskriptoren|Leitsätze|Normenkette)(?:\\s*:\\s*|\\s+|$)(.*)$");
    private static final Pattern REASONS = Pattern.compile(
            "^(?:Gründe|Tatbestand|Entscheidungsgründe|Sachverhalt|G r ü n d e)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_CODE = Pattern.compile("\\s*\\([A-Z]{2,3}\\)\\s*$");
    private static final Pattern EMPTY = Pattern.compile("^[-–—]?$");

    private final CourtNames courts = new CourtNames();
    private final PlainTextRulingReader plainText = new PlainTextRulingReader();

    /** One instance of the "Instanz" rows. */
    private record Instance(String court, String docket, String date) {
    }

    /** True for a page with the portal's metadata block: Land, (Sozial)Gericht, Aktenzeichen and Kategorie labels. */
    boolean accepts(Document page) {
        List<String> lines = lines(page);
        int land = indexOfLabel(lines, 0, "Land");
        return land >= 0 && indexOfLabel(lines, land, "Kategorie") > land && indexOfLabel(lines, land, "Aktenzeichen") > land
                && (indexOfLabel(lines, land, "Sozialgericht") > land || indexOfLabel(lines, land, "Gericht") > land);
    }

    RulingParts read(Document page) {
        List<String> lines = lines(page);
        int start = indexOfLabel(lines, 0, "Land");
        String court = "";
        String category = "";
        List<Instance> instances = new ArrayList<>();
        String instanceCourt = null;
        String docket = "";
        int i = start;
        int end = lines.size();
        while (i < lines.size()) {
            Matcher m = LABEL.matcher(lines.get(i));
            if (!m.matches()) {
                end = i;
                break;
            }
            String label = m.group(1).replace(" ", "");
            String value = m.group(2).strip();
            boolean valueOnNextLine = value.isEmpty() && i + 1 < lines.size() && !LABEL.matcher(lines.get(i + 1)).matches();
            if (valueOnNextLine) {
                value = lines.get(++i);
            }
            i++;
            switch (label) {
                // "Sozialgericht: Duisburg" names the court by its place only.
                case "Sozialgericht", "Gericht" -> court = courts.find(value).isPresent() || value.isEmpty() ? value
                        : m.group(1) + " " + value;
                case "Kategorie", "Entscheidungsart" -> category = value;
                case "1.Instanz", "2.Instanz", "3.Instanz" -> {
                    instanceCourt = value;
                    docket = "";
                }
                case "Aktenzeichen" -> docket = value;
                case "Datum" -> {
                    if (instanceCourt != null) {
                        instances.add(new Instance(instanceCourt, blankIfDash(docket), blankIfDash(value)));
                        instanceCourt = null;
                    }
                }
                default -> { }
            }
            if (label.equals("Kategorie") || label.equals("Entscheidungsart")) {
                end = i;
                break;
            }
        }
        if (instanceCourt != null) {
            instances.add(new Instance(instanceCourt, blankIfDash(docket), ""));
        }
        String courtName = STATE_CODE.matcher(court).replaceFirst("");
        int own = ownInstance(instances, courtName);
        Instance decision = own >= 0 ? instances.get(own) : new Instance(courtName, "", "");
        String lowerCourt = own > 0 ? describe(instances.get(own - 1)) : "";

        // The tenor has no heading here; give the text reader one so it finds tenor and reasons. Some
        // pages print the rubrum first ("… hat die 41. Kammer … am 14. Januar 2025 beschlossen:"): then
        // that line leads into the tenor, and the rubrum stays the header with parties and date.
        List<String> rest = new ArrayList<>();
        boolean heading = end < lines.size() && lines.get(end).matches("(?i)Tenor\\s*:?");
        if (!heading && !PlainTextRulingReader.rubrumLeadsIntoTenor(lines.subList(Math.min(end, lines.size()), lines.size()))) {
            rest.add("Tenor");
        }
        rest.addAll(lines.subList(end, lines.size()));
        String pageTitle = page.title();
        RulingParts parts = plainText.read(String.join("\n\n", withReasonHeading(rest)), pageTitle);
        return parts.override(courtName, category, decision.date(), decision.docket(), "", lowerCourt);
    }

    /** The instance decided by the page's court; else the last instance that has a docket. */
    private int ownInstance(List<Instance> instances, String court) {
        Optional<Court> deciding = court.isBlank() ? Optional.empty() : courts.find(court);
        for (int i = 0; i < instances.size(); i++) {
            Instance in = instances.get(i);
            String name = STATE_CODE.matcher(in.court()).replaceFirst("");
            Optional<Court> c = courts.find(name);
            boolean same = deciding.isPresent() && c.isPresent() ? deciding.get().equals(c.get())
                    : name.equalsIgnoreCase(court);
            if (same && !in.docket().isEmpty()) {
                return i;
            }
        }
        for (int i = instances.size() - 1; i >= 0; i--) {
            if (!instances.get(i).docket().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(Instance in) {
        if (in.docket().isEmpty()) {
            return "";
        }
        String court = STATE_CODE.matcher(in.court()).replaceFirst("");
        return court + (in.date().isEmpty() ? "" : ", " + in.date()) + ", " + in.docket();
    }

    /** Lines with "Gründe:" kept on a line of their own, so the text reader ends the tenor there. */
    private static List<String> withReasonHeading(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(REASONS.matcher(l).matches() ? l.replaceAll("\\s*:$", "") : l);
        }
        return out;
    }

    private static List<String> lines(Document page) {
        Element body = page.body().clone();
        body.select("nav, header, footer, aside, script, style, noscript, form, [role=navigation]").remove();
        // A date may stand only in a machine-readable attribute.
        for (Element time : body.select("time[datetime]")) {
            if (HtmlText.text(time).isEmpty()) {
                time.text(time.attr("datetime"));
            }
        }
        return HtmlText.lines(body);
    }

    private static int indexOfLabel(List<String> lines, int from, String label) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            Matcher m = LABEL.matcher(lines.get(i));
            if (m.matches() && m.group(1).replace(" ", "").equals(label.replace(" ", ""))) {
                return i;
            }
        }
        return -1;
    }

    private static String blankIfDash(String s) {
        String t = Texts.normalizeSpace(s);
        return EMPTY.matcher(t).matches() ? "" : t;
    }
}
