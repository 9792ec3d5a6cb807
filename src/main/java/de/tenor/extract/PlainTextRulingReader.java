package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a ruling from plain text (Tika's output for PDF and DOCX, or the blocks of an HTML page
 * without NRWE fields): header lines with court, type, docket and date; the Tenor; then the
 * reasons with their paragraph numbers.
 *
 * <p>Tolerant by design: labels ("Az.:", "Datum:") are used when present, but a court PDF often
 * just prints "Sozialgericht Duisburg" and "Beschluss" on lines of their own. A blank line always
 * ends a paragraph; otherwise a line that ends a sentence does, so PDF line wrapping is undone.
 * Stateless and thread-safe.
 */
final class PlainTextRulingReader {

    private static final int HEADER_LINES = 40;
    private static final Pattern TENOR = Pattern.compile("^(?:Tenor|T\\s?e\\s?n\\s?o\\s?r)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TENOR_INTRO = Pattern.compile("(?:für\\s?Recht\\s?erkannt|beschlossen|entschieden)\\s*:$");
    /** A copy that ran rubrum and Tenor into one line: "… hat die 3. Kammer … für Recht erkannt: Die Klage wird abgewiesen." */
    private static final Pattern INTRO_INLINE = Pattern.compile(
            "^(.*\\b(?:hat|haben)\\b.*\\b(?:für Recht erkannt|beschlossen)\\s*:)\\s+(\\p{Lu}.*)$");
    /** A line of letters spaced out for emphasis, as court templates print them: "f ü r R e c h t e r k a n n t :". */
    private static final Pattern SPACED_OUT = Pattern.compile("^(?:\\p{L} ){3,}\\p{L}(?: ?:)?$");
    private static final Pattern REASONS = Pattern.compile(
            "^(?:Gründe|Tatbestand|Entscheidungsgründe|Sachverhalt|G\\s?r\\s?ü\\s?n\\s?d\\s?e)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile(
            "^(?:Gründe|Tatbestand|Entscheidungsgründe|Sachverhalt|Rechtsmittelbelehrung|G\\s?r\\s?ü\\s?n\\s?d\\s?e"
                    + "|[IVX]{1,4}\\.|[A-H]\\.)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:\\s+|\\t)(\\S.*)$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(\\d{1,3})$");
    /** Issue 16: juris-style portals label the margin number, e.g. "Randnummer1" (a hidden span before the number). */
    private static final Pattern LABELLED_NUMBER = Pattern.compile("^(?:Randnummer|Rn\\.?|Rz\\.?)\\s*(\\d{1,4})$");
    /** Issue 16: "Rn. 4 Der Antrag …" — label, number and text on one line (the count must continue). */
    private static final Pattern LABELLED_INLINE = Pattern.compile("^(?:Randnummer|Rn\\.|Rz\\.)\\s*(\\d{1,4})\\s+(\\S.*)$");
    private static final Pattern LABEL = Pattern.compile(
            "^(Az\\.?|AZ|Aktenzeichen|Geschäftszeichen|Datum|Entscheidungsdatum|ECLI|Gericht|Entscheidungsart|Dokumenttyp"
                    + "|Dokumententyp|Entscheidungstyp|Vorinstanz|Normen)(?![\\p{L}])\\s*:?\\s*(.*)$");
    private static final Pattern DECISION_TYPE = Pattern.compile(
            "^(Beschluss|Urteil|Gerichtsbescheid|Teilurteil|Endurteil|Versäumnisurteil|Zwischenurteil|Teilbeschluss)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;!?]$");

    RulingParts read(String text, String pageTitle) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            lines.add(Texts.normalizeSpace(line));
        }
        int tenorAt = indexOf(lines, 0, TENOR);
        if (tenorAt < 0) {
            lines = introOnItsOwnLine(lines);
        }
        boolean tenorHeading = tenorAt >= 0;
        if (!tenorHeading) {
            tenorAt = indexOfEnd(lines, TENOR_INTRO);
        }
        int reasonsAt = indexOf(lines, Math.max(tenorAt, 0), REASONS);
        int headerEnd = tenorAt >= 0 ? tenorAt : reasonsAt >= 0 ? reasonsAt : Math.min(HEADER_LINES, lines.size());
        List<String> header = nonBlank(lines.subList(0, headerEnd));
        if (!tenorHeading && tenorAt >= 0) {
            // "… hat die Kammer beschlossen:" belongs to the rubrum; a spaced-out intro is read as words.
            header.add(unspaced(lines.get(tenorAt)).replace("fürRechterkannt", "für Recht erkannt"));
        }
        int tenorEnd = reasonsAt >= 0 ? reasonsAt : tenorAt >= 0 ? endOfTenor(lines, tenorAt + 1) : lines.size();
        List<String> tenor = tenorAt >= 0 ? paragraphs(lines.subList(tenorAt + 1, tenorEnd)) : List.of();
        List<Paragraph> body = body(lines.subList(tenorAt >= 0 ? tenorEnd : headerEnd, lines.size()));

        // Issue 16: Leitsätze are shown and searched as such, and what cites other decisions is no header.
        HeaderSections.Split sections = HeaderSections.split(header);
        List<String> own = HeaderSections.withoutCitations(sections.header());
        HeaderFields f = headerFields(own);
        List<String> all = new ArrayList<>(sections.headnotes());
        all.addAll(paragraphs(sections.header()));
        all.addAll(tenor);
        body.forEach(p -> all.add(p.text()));
        return new RulingParts(f.court, f.type, f.date, f.docket, f.ecli, f.lowerCourt, String.join("\n", sections.header()),
                f.norms, String.join("\n", own), tenor, body, String.join("\n\n", all), pageTitle, sections.headnotes());
    }

    /** Labelled values and a decision-type line; what is missing the assembler finds in the header text. */
    private static final class HeaderFields {
        String court = "", type = "", date = "", docket = "", ecli = "", lowerCourt = "", norms = "";
    }

    private static HeaderFields headerFields(List<String> header) {
        HeaderFields f = new HeaderFields();
        for (int i = 0; i < header.size(); i++) {
            String line = header.get(i);
            Matcher label = LABEL.matcher(line);
            if (label.matches()) {
                // Tables and some PDFs put the value on the line after the label.
                String value = label.group(2).isBlank() && i + 1 < header.size() ? header.get(i + 1) : label.group(2).strip();
                switch (label.group(1).toLowerCase(Locale.GERMAN).replace(".", "")) {
                    case "az", "aktenzeichen", "geschäftszeichen" -> f.docket = first(f.docket, value);
                    case "datum", "entscheidungsdatum" -> f.date = first(f.date, value);
                    case "ecli" -> f.ecli = first(f.ecli, value.startsWith("ECLI") ? value : "ECLI:" + value);
                    case "gericht" -> f.court = first(f.court, value);
                    case "entscheidungsart", "dokumenttyp", "dokumententyp", "entscheidungstyp" -> f.type = first(f.type, value);
                    case "vorinstanz" -> f.lowerCourt = first(f.lowerCourt, value);
                    case "normen" -> f.norms = first(f.norms, value);
                    default -> { }
                }
            }
            String unspaced = line.replaceAll("(?<=\\p{L}) (?=\\p{L}( |$))", ""); // "B e s c h l u s s"
            Matcher type = DECISION_TYPE.matcher(unspaced);
            if (f.type.isEmpty() && type.matches()) {
                String t = type.group(1).toLowerCase(Locale.GERMAN);
                f.type = Character.toUpperCase(t.charAt(0)) + t.substring(1);
            }
        }
        return f;
    }

    /** Joins wrapped lines into paragraphs: a blank line or a sentence end at the line end closes one. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(out, current);
                continue;
            }
            append(current, line);
            if (SENTENCE_END.matcher(line).find()) {
                flush(out, current);
            }
        }
        flush(out, current);
        return out;
    }

    /**
     * Body paragraphs. A leading number starts a numbered paragraph only when it continues the
     * count (1, 2, 3 …), so a wrapped line that begins with "2024 hat …" does not become Rn. 2024.
     */
    private static List<Paragraph> body(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String number = null;
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher numbered = NUMBERED.matcher(line);
            Matcher numberOnly = NUMBER_ONLY.matcher(line);
            Matcher labelled = LABELLED_NUMBER.matcher(line);
            if (labelled.matches() && i + 1 < lines.size()) {
                // Labelled, so no need to check the count: the portal says it is a margin number.
                flush(out, current, number);
                number = labelled.group(1);
                last = Integer.parseInt(number);
            } else if (line.isEmpty()) {
                number = flush(out, current, number);
            } else if (HEADING.matcher(line).matches()) {
                number = flush(out, current, number);
                out.add(new Paragraph(null, line, true));
            } else if (labelledInline(line, last + 1) != null) {
                flush(out, current, number);
                last++;
                number = String.valueOf(last);
                append(current, labelledInline(line, last));
            } else if (numbered.matches() && Integer.parseInt(numbered.group(1)) == last + 1) {
                flush(out, current, number);
                last++;
                number = numbered.group(1);
                append(current, numbered.group(2));
            } else if (numberOnly.matches() && Integer.parseInt(line) == last + 1 && i + 1 < lines.size()) {
                flush(out, current, number);
                last++;
                number = line; // margin number on its own line, text follows
            } else {
                boolean closesSentence = !current.isEmpty() && SENTENCE_END.matcher(current).find();
                if (closesSentence && number == null) {
                    flush(out, current, null);
                }
                append(current, line);
            }
        }
        flush(out, current, number);
        return out;
    }

    /** The text after "Rn. {@code expected}" at the start of the line, or null. */
    private static String labelledInline(String line, int expected) {
        Matcher m = LABELLED_INLINE.matcher(line);
        return m.matches() && Integer.parseInt(m.group(1)) == expected ? m.group(2) : null;
    }

    /** Ends the current paragraph; returns the number still waiting for its text (a margin number before a blank line). */
    private static String flush(List<Paragraph> out, StringBuilder current, String number) {
        String text = current.toString().strip();
        current.setLength(0);
        if (text.isEmpty()) {
            return number;
        }
        out.add(new Paragraph(number, text, false));
        return null;
    }

    private static void flush(List<String> out, StringBuilder current) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            out.add(text);
        }
        current.setLength(0);
    }

    /** Appends a wrapped line, undoing end-of-line hyphenation ("Verlust-" + "feststellung"). */
    private static void append(StringBuilder current, String line) {
        if (current.isEmpty()) {
            current.append(line);
        } else if (current.charAt(current.length() - 1) == '-' && Character.isLowerCase(line.charAt(0))) {
            current.setLength(current.length() - 1);
            current.append(line);
        } else if (current.charAt(current.length() - 1) == '-' && Character.isUpperCase(line.charAt(0))) {
            current.append(line); // "Nordrhein-" + "Westfalen": a real hyphen
        } else {
            current.append(' ').append(line);
        }
    }

    /** Without a "Gründe" line the tenor ends at the first heading or at paragraph "1". */
    private static int endOfTenor(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher numbered = NUMBERED.matcher(line);
            if (HEADING.matcher(line).matches() || numbered.matches() && numbered.group(1).equals("1")) {
                return i;
            }
        }
        return lines.size();
    }

    private static int indexOf(List<String> lines, int from, Pattern p) {
        for (int i = from; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfEnd(List<String> lines, Pattern p) {
        for (int i = 0; i < Math.min(lines.size(), HEADER_LINES * 2); i++) {
            if (p.matcher(unspaced(lines.get(i))).find()) {
                return i;
            }
        }
        return -1;
    }

    /** "f ü r R e c h t e r k a n n t :" as "fürRechterkannt:"; other lines unchanged. */
    private static String unspaced(String line) {
        return SPACED_OUT.matcher(line).matches() ? line.replace(" ", "") : line;
    }

    /** The lines with a Tenor that follows its introduction on the same line moved to a line of its own. */
    private static List<String> introOnItsOwnLine(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean split = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = INTRO_INLINE.matcher(lines.get(i));
            if (!split && i < HEADER_LINES * 2 && m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
                split = true;
            } else {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /**
     * True when the lines (a page's text after its metadata) open with a rubrum that ends in
     * "beschlossen:" or "für Recht erkannt:" before any reasons heading: the Tenor follows that line.
     */
    static boolean rubrumLeadsIntoTenor(List<String> lines) {
        List<String> normalized = lines.stream().map(Texts::normalizeSpace).toList();
        int intro = indexOfEnd(introOnItsOwnLine(normalized), TENOR_INTRO);
        int reasons = indexOf(normalized, 0, REASONS);
        return intro >= 0 && (reasons < 0 || intro < reasons);
    }

    private static List<String> nonBlank(List<String> lines) {
        List<String> out = new ArrayList<>();
        lines.stream().filter(l -> !l.isEmpty()).forEach(out::add);
        return out;
    }

    private static String first(String existing, String value) {
        return existing.isEmpty() ? value : existing;
    }
}
