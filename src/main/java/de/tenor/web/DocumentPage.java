package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.Paragraph;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruling or article as its page shows it: metadata card, Tenor first, then the text with Rn.
 *
 * @param sourceUrl link to the original, or null for files that came from the local corpus
 * @param similar "Ähnliche Entscheidungen" (issue 6): up to five rulings like this one
 * @param citations "zitiert", "zitiert von" and the appeal chain (issue 7)
 */
public record DocumentPage(String id, String title, List<Field> fields, List<String> tenor,
                           List<Paragraph> paragraphs, String outcome, String outcomeLabel,
                           String sourceUrl, String sourceLabel, List<Similar> similar,
                           CitationSection citations) {

    /** A link to a similar ruling with a short line of metadata. */
    public record Similar(String url, String title, String meta) {
    }

    public boolean hasSimilar() {
        return !similar.isEmpty();
    }

    /** The page with links to similar rulings. */
    static DocumentPage of(Document d, List<Document> similar) {
        DocumentPage page = of(d);
        List<Similar> links = similar.stream().map(s -> new Similar("/doc/" + s.id(), s.title(),
                String.join(" · ", java.util.stream.Stream.of(s.court(), Labels.date(s.sortDate()),
                        s.city() == null ? null : Labels.value("city", s.city()),
                        s.outcome() == null ? null : s.outcome().label())
                        .filter(v -> v != null && !v.isBlank()).toList()))).toList();
        return new DocumentPage(page.id(), page.title(), page.fields(), page.tenor(), page.paragraphs(), page.outcome(),
                page.outcomeLabel(), page.sourceUrl(), page.sourceLabel(), links, page.citations());
    }

    /** Issue 7: the page with its "zitiert" / "zitiert von" / Instanzenzug section. */
    DocumentPage withCitations(CitationSection section) {
        return new DocumentPage(id, title, fields, tenor, paragraphs, outcome, outcomeLabel, sourceUrl, sourceLabel,
                similar, section);
    }

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
        add(fields, "Ergebnis", d.outcomeEvidence() == null ? null : d.outcome().label() + " — laut Tenor: " + d.outcomeEvidence(), null);
        add(fields, "Vorinstanz", d.lowerCourt(), null);
        add(fields, "Herkunft", DocumentImport.isUpload(d)
                ? "Hochgeladen von einer Beratungsstelle – nicht aus einer amtlichen Quelle" : null, null);
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
                remote ? d.url() : null, sourceLabel, List.of(), CitationSection.NONE);
    }

    private static void add(List<Field> fields, String label, String value, String href) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value, href));
        }
    }
}
