package de.tenor.extract;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in a ruling, still as printed: the structure readers (NRWE HTML, plain text)
 * fill it, {@link RulingAssembler} interprets it. Splitting the two keeps the layout knowledge
 * apart from the legal knowledge. Absent values are empty strings, never null.
 *
 * @param header the text where court, type, date and docket stand when there are no labelled
 *               fields (the lines before the tenor); searched only for what the fields lack
 * @param text   the full readable text: rubrum, tenor and body, paragraphs separated by a blank line
 * @param headnotes the Leitsätze as printed, one per entry (issue 16); also part of {@code text}
 */
record RulingParts(
        String court,
        String decisionType,
        String date,
        String docket,
        String ecli,
        String lowerCourt,
        String rubrum,
        String normsField,
        String header,
        List<String> tenor,
        List<Paragraph> body,
        String text,
        String pageTitle,
        List<String> headnotes) {

    /** Parts of a reader that finds no Leitsätze. */
    RulingParts(String court, String decisionType, String date, String docket, String ecli, String lowerCourt,
                String rubrum, String normsField, String header, List<String> tenor, List<Paragraph> body, String text,
                String pageTitle) {
        this(court, decisionType, date, docket, ecli, lowerCourt, rubrum, normsField, header, tenor, body, text, pageTitle,
                List.of());
    }

    RulingParts {
        court = nn(court);
        decisionType = nn(decisionType);
        date = nn(date);
        docket = nn(docket);
        ecli = nn(ecli);
        lowerCourt = nn(lowerCourt);
        rubrum = nn(rubrum);
        normsField = nn(normsField);
        header = nn(header);
        tenor = List.copyOf(Objects.requireNonNull(tenor, "tenor"));
        body = List.copyOf(Objects.requireNonNull(body, "body"));
        text = nn(text);
        pageTitle = nn(pageTitle);
        headnotes = List.copyOf(Objects.requireNonNull(headnotes, "headnotes"));
    }

    /** These parts with empty court, type, date and docket taken from elsewhere (a URL, a dump's metadata). */
    RulingParts orElse(String court, String decisionType, String date, String docket) {
        return new RulingParts(this.court.isEmpty() ? court : this.court,
                this.decisionType.isEmpty() ? decisionType : this.decisionType,
                this.date.isEmpty() ? date : this.date, this.docket.isEmpty() ? docket : this.docket,
                ecli, lowerCourt, rubrum, normsField, header, tenor, body, text, pageTitle, headnotes);
    }

    /** These parts with the given metadata winning over what the text reader found. */
    RulingParts override(String court, String decisionType, String date, String docket, String ecli, String lowerCourt) {
        return new RulingParts(first(court, this.court), first(decisionType, this.decisionType), first(date, this.date),
                first(docket, this.docket), first(ecli, this.ecli), first(lowerCourt, this.lowerCourt),
                rubrum, normsField, header, tenor, body, text, pageTitle, headnotes);
    }

    private static String first(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

    private static String nn(String s) {
        return s == null ? "" : Texts.normalizeLines(s).strip();
    }
}
