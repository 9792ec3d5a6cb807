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
        String pageTitle) {

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
    }

    private static String nn(String s) {
        return s == null ? "" : Texts.normalizeLines(s).strip();
    }
}
