package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Separates what stands before a ruling's Tenor into the Leitsätze / Orientierungssätze and the
 * decision's own header (issue 16). Database texts start with the headnotes, and headnotes cite
 * other decisions ("vgl. BGH, Urteil vom 5. März 2008 – IV ZR 119/06"): read as header, such a
 * citation gave a ruling the cited court and date. Lines that cite are therefore not header either.
 * Stateless and thread-safe.
 */
final class HeaderSections {

    private static final Pattern HEADNOTE_LABEL = Pattern.compile(
            "^(?:Leitsatz|Leitsätze|Orientierungssatz|Orientierungssätze|Amtliche Leitsätze|Amtlicher Leitsatz)\\s*:?$");
    /** Where the headnotes end: the rubrum, the Tenor, the reasons, or a decision's own opening lines. */
    private static final Pattern HEADNOTE_END = Pattern.compile(
            "^(?:Tenor|T e n o r|Tatbestand|Gründe|Entscheidungsgründe|Im Namen des Volkes|IM NAMEN DES VOLKES"
                    + "|In (?:der|dem|den) (?:\\p{L}+sache|\\p{L}+streitsache|\\p{L}+verfahren)\\b.*"
                    + "|(?:Beschluss|Urteil|Gerichtsbescheid|BESCHLUSS|URTEIL)|[IVX]{1,4}\\.\\s.*"
                    + "|.*(?:für Recht erkannt|beschlossen|entschieden)\\s*:)\\s*:?$");
    /** "(Rn.14)": the portal's pointer from a headnote to the paragraph it summarises. */
    private static final Pattern RN_POINTER = Pattern.compile("^\\(Rn\\.?\\s?\\d+(?:\\s?[-–,]\\s?\\d+)*\\)\\s*\\.?$");
    /** A line that cites another decision rather than stating this one's own data. */
    private static final Pattern CITATION = Pattern.compile(
            "\\bvgl\\.|\\bVergleiche\\b|\\b(?:siehe|s\\.)\\s+(?:auch\\s+)?[A-Z]{2,}\\b"
                    + "|\\b[A-ZÄÖÜ][\\p{L}]*[A-Z][\\p{L}]*,\\s*(?:Urteil|Beschluss|Gerichtsbescheid|Urt\\.|Beschl\\.)\\s+v(?:om|\\.)\\s"
                    + "|\\b[A-ZÄÖÜ][\\p{L}]*[A-Z]\\p{L}*,\\s*\\d{4}-\\d{2}-\\d{2}"
                    // A Tenor names the decision under appeal and the court of the next instance.
                    + "|\\b(?:Urteil|Beschluss|Gerichtsbescheid)(?:es|s)?\\s+des\\s"
                    + "|\\b(?:Revision|Berufung|Beschwerde|Rechtsbeschwerde)\\s+(?:an\\s+das|zum|zur)\\s");

    private HeaderSections() {
    }

    /** The header split into headnotes (one entry per paragraph) and the remaining lines. */
    record Split(List<String> headnotes, List<String> header) {
    }

    static boolean isHeadnoteLabel(String line) {
        return HEADNOTE_LABEL.matcher(line).matches();
    }

    static Split split(List<String> lines) {
        List<String> headnoteLines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        boolean inHeadnote = false;
        for (String line : lines) {
            if (isHeadnoteLabel(line)) {
                inHeadnote = true;
                headnoteLines.add("");
            } else if (inHeadnote && HEADNOTE_END.matcher(line).matches()) {
                inHeadnote = false;
                header.add(line);
            } else if (inHeadnote) {
                if (!RN_POINTER.matcher(line).matches()) {
                    headnoteLines.add(line);
                }
            } else {
                header.add(line);
            }
        }
        return new Split(paragraphs(headnoteLines), header);
    }

    /** The header without lines that cite other decisions. */
    static List<String> withoutCitations(List<String> header) {
        return header.stream().filter(l -> !CITATION.matcher(l).find()).toList();
    }

    /** Headnote lines joined into paragraphs: a numbered line ("1. …") or a label starts a new one. */
    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty() || line.matches("^\\d{1,2}\\.\\s.*")) {
                flush(out, current);
            }
            if (!line.isEmpty()) {
                if (!current.isEmpty() && !line.startsWith(".") && !line.startsWith(",") && !line.startsWith(")")) {
                    current.append(' ');
                }
                current.append(line);
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        String s = Texts.normalizeSpace(current.toString());
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
