package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruling or article as its page shows it: metadata card, Tenor first, then the text with Rn.
 *
 * @param sourceUrl link to the original, or null for files that came from the local corpus
 */
public record DocumentPage(String id, String title, List<Field> fields, List<String> tenor,
                           List<Paragraph> paragraphs, String outcome, String outcomeLabel,
                           String sourceUrl, String sourceLabel) {

    /** One line of the metadata card; {@code href} links to a search, or is null. */
    public record Field(String label, String value, String href) {
    }

    public boolean hasTenor() {
        return !tenor.isEmpty();
    }

    static DocumentPage of(Document d) {
        List<Field> fields = new ArrayList<>();
        add(fields, "Art", d.type() == de.tenor.extract.DocType.RULING ? "Entscheidung" : "Nachricht", null);
        add(fields, "Gericht", d.court(), d.court() == null ? null : "/search?court=" + SearchUrls.enc(d.court()));
        add(fields, "Entscheidungsart", d.decisionType(), null);
        add(fields, "Datum", Labels.date(d.date()), null);
        add(fields, "Aktenzeichen", d.docket(), null);
        add(fields, "ECLI", d.ecli(), null);
        add(fields, "Verfahren", d.procedure() == null ? null : d.procedure().label(), null);
        add(fields, "Stadt (Behörde)", d.city() == null ? null : Labels.value("city", d.city()),
                d.city() == null ? null : "/search?city=" + SearchUrls.enc(d.city()));
        add(fields, "Ausgang für EU-Bürger", d.outcome() == null ? null : d.outcome().label(), null);
        add(fields, "Vorinstanz", d.lowerCourt(), null);
        add(fields, "Normen", String.join("; ", d.norms()), null);
        add(fields, "EuGH-Entscheidungen", String.join("; ", d.euCases()), null);
        add(fields, "Medium", d.outlet(), null);
        add(fields, "Veröffentlicht", Labels.date(d.published()), null);
        add(fields, "Erwähnte Städte", String.join(", ", d.cities()), null);
        List<String> tenor = d.tenor() == null ? List.of()
                : d.tenor().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Paragraph> paragraphs = d.paragraphs().isEmpty()
                ? d.text().lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> new Paragraph(null, l, false)).toList()
                : d.paragraphs();
        boolean remote = d.url() != null && (d.url().startsWith("http://") || d.url().startsWith("https://"));
        String sourceLabel = remote ? d.url() : "Lokale Datei im Korpus: " + (d.sourcePath() == null ? "?" : d.sourcePath());
        return new DocumentPage(d.id(), d.title(), fields, tenor, paragraphs,
                d.outcome() == null ? null : d.outcome().json(), d.outcome() == null ? null : d.outcome().label(),
                remote ? d.url() : null, sourceLabel);
    }

    private static void add(List<Field> fields, String label, String value, String href) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value, href));
        }
    }
}
