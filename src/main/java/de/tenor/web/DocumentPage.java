package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.Paragraph;
import de.tenor.ingest.Ingest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A ruling or article as its page shows it: outcome and Tenor first, a table of contents, the
 * metadata card, then the text with Rn.
 *
 * @param sourceUrl link to the original, or null for files that came from the local corpus
 * @param similar "Ähnliche Entscheidungen" (issue 6): up to five rulings like this one
 * @param citations "zitiert", "zitiert von" and the appeal chain (issue 7)
 * @param outcomeEvidence the Tenor sentence the outcome was read from (issue 10), or null
 * @param citation how to cite the decision in a brief, e.g. "VG Gelsenkirchen, Beschluss vom 13.05.2024 – 8 L 469/24"
 * @param summary one line under the title: court · type · date · docket
 * @param facts issue 11: hours, pay and the court's verdict on worker status with its sentence, or null
 * @param sample issue 16: a document of the fictional demo corpus (badge and banner)
 * @param headnotes issue 16: the Leitsätze, shown above the Tenor
 */
public record DocumentPage(String id, String title, List<Field> fields, List<String> tenor,
                           List<Paragraph> paragraphs, String outcome, String outcomeLabel,
                           String sourceUrl, String sourceLabel, List<Similar> similar,
                           CitationSection citations, String outcomeEvidence, String citation, String summary,
                           FactsCard facts, boolean sample, List<String> headnotes) {

    /** Section headings that get an anchor and a line in the table of contents, lower case, without ":". */
    private static final Set<String> SECTIONS = Set.of("tatbestand", "gründe", "entscheidungsgründe", "sachverhalt",
            "begründung", "rechtsmittelbelehrung");

    /** A link to a similar ruling with a short line of metadata. */
    public record Similar(String url, String title, String meta) {
    }

    /** One line of the table of contents: text and the fragment it links to. */
    public record TocEntry(String label, String href) {
    }

    public boolean hasSimilar() {
        return !similar.isEmpty();
    }

    /** The page with links to similar rulings. */
    static DocumentPage of(Document d, List<Document> similar) {
        return of(d, similar, UiText.GERMAN);
    }

    /** Issue 10: the page in the UI language of {@code t}; the document's own text stays German. */
    static DocumentPage of(Document d, List<Document> similar, UiText t) {
        DocumentPage page = of(d, t);
        List<Similar> links = similar.stream().map(s -> new Similar("/doc/" + s.id(), s.title(),
                String.join(" · ", Stream.of(s.court(), t.date(s.sortDate()),
                        s.city() == null ? null : t.value("city", s.city()),
                        s.outcome() == null ? null : t.value("outcome", s.outcome().json()))
                        .filter(v -> v != null && !v.isBlank()).toList()))).toList();
        return new DocumentPage(page.id(), page.title(), page.fields(), page.tenor(), page.paragraphs(), page.outcome(),
                page.outcomeLabel(), page.sourceUrl(), page.sourceLabel(), links, page.citations(),
                page.outcomeEvidence(), page.citation(), page.summary(), page.facts(), page.sample(), page.headnotes());
    }

    /** Issue 7: the page with its "zitiert" / "zitiert von" / Instanzenzug section. */
    DocumentPage withCitations(CitationSection section) {
        return new DocumentPage(id, title, fields, tenor, paragraphs, outcome, outcomeLabel, sourceUrl, sourceLabel,
                similar, section, outcomeEvidence, citation, summary, facts, sample, headnotes);
    }

    /** One line of the metadata card; {@code href} links to a search, or is null. */
    public record Field(String label, String value, String href) {
    }

    public boolean hasTenor() {
        return !tenor.isEmpty();
    }

    /** Tenor, the main sections of the text (Tatbestand, Gründe …), citations and similar rulings. */
    public List<TocEntry> toc(UiText t) {
        List<TocEntry> toc = new ArrayList<>();
        if (hasTenor()) {
            toc.add(new TocEntry(t.get("doc.tenor"), "#tenor"));
        }
        toc.add(new TocEntry(t.get("doc.details"), "#angaben"));
        int sections = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            String anchor = anchor(i);
            if (anchor != null) {
                toc.add(new TocEntry(paragraphs.get(i).text().replaceAll("\\s*:\\s*$", ""), "#" + anchor));
                sections++;
            }
        }
        if (sections == 0) {
            toc.add(new TocEntry(t.get("doc.fulltext"), "#volltext"));
        }
        if (citations != null && !citations.isEmpty()) {
            toc.add(new TocEntry(t.get("doc.citations"), "#zitate"));
        }
        if (hasSimilar()) {
            toc.add(new TocEntry(t.get("doc.similar"), "#aehnliche"));
        }
        return toc;
    }

    /** The id of the heading at {@code index} if it is the first one naming a main section, else null. */
    public String anchor(int index) {
        Paragraph p = paragraphs.get(index);
        String name = sectionName(p);
        if (name == null) {
            return null;
        }
        for (int i = 0; i < index; i++) {
            if (name.equals(sectionName(paragraphs.get(i)))) {
                return null;
            }
        }
        return "abschnitt-" + name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }

    private static String sectionName(Paragraph p) {
        if (!p.heading()) {
            return null;
        }
        String name = p.text().strip().replaceAll("\\s*:$", "").toLowerCase(Locale.GERMAN);
        return SECTIONS.contains(name) ? name : null;
    }

    static DocumentPage of(Document d) {
        return of(d, UiText.GERMAN);
    }

    static DocumentPage of(Document d, UiText t) {
        List<Field> fields = new ArrayList<>();
        add(fields, t.get("field.type"), t.value("type", d.type().json()), null);
        add(fields, t.get("field.court"), d.court(), d.court() == null ? null : "/search?court=" + SearchUrls.enc(d.court()));
        add(fields, t.get("field.decisionType"), d.decisionType(), null);
        add(fields, t.get("field.date"), t.date(d.date()), null);
        add(fields, t.get("field.docket"), d.docket(), null);
        add(fields, t.get("field.ecli"), d.ecli(), null);
        add(fields, t.get("field.procedure"), d.procedure() == null ? null : t.value("procedure", d.procedure().json()), null);
        add(fields, t.get("field.city"), d.city() == null ? null : t.value("city", d.city()),
                d.city() == null ? null : "/search?city=" + SearchUrls.enc(d.city()));
        add(fields, t.get("field.outcome"), d.outcome() == null ? null : t.value("outcome", d.outcome().json()), null);
        add(fields, t.get("field.lowerCourt"), d.lowerCourt(), null);
        add(fields, t.get("field.origin"), Ingest.isUpload(d) ? t.get("field.origin.upload") : null, null);
        add(fields, t.get("field.sources"), d.sources().size() > 1 ? String.join(" · ", d.sources()) : null, null); // issue 16
        add(fields, t.get("field.norms"), String.join("; ", d.norms()), null);
        add(fields, t.get("field.euCases"), String.join("; ", d.euCases()), null);
        add(fields, t.get("field.outlet"), d.outlet(), null);
        add(fields, t.get("field.published"), t.date(d.published()), null);
        add(fields, t.get("field.cities"), String.join(", ", d.cities()), null);
        List<String> tenor = d.tenor() == null ? List.of()
                : d.tenor().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Paragraph> paragraphs = d.paragraphs().isEmpty()
                ? d.text().lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> new Paragraph(null, l, false)).toList()
                : d.paragraphs();
        boolean remote = d.url() != null && (d.url().startsWith("http://") || d.url().startsWith("https://"));
        String sourceLabel = remote ? d.url() : t.get("doc.source.local", d.sourcePath() == null ? "?" : d.sourcePath());
        String summary = String.join(" · ", Stream.of(d.court(), d.decisionType(), d.outlet(), t.date(d.sortDate()),
                d.docket() == null ? null : t.get("hit.docket", d.docket())).filter(v -> v != null && !v.isBlank()).toList());
        return new DocumentPage(d.id(), d.title(), fields, tenor, paragraphs,
                d.outcome() == null ? null : d.outcome().json(),
                d.outcome() == null ? null : t.value("outcome", d.outcome().json()),
                remote ? d.url() : null, sourceLabel, List.of(), CitationSection.NONE,
                d.outcomeEvidence() == null || d.outcomeEvidence().isBlank() ? null : d.outcomeEvidence(),
                citation(d), summary, FactsCard.of(d), d.sample(), d.headnotes());
    }

    /**
     * The usual German form, whatever the UI language, since it goes into German briefs:
     * "VG Gelsenkirchen, Beschluss vom 13.05.2024 – 8 L 469/24, ECLI:…"; news as "Titel, Medium, Datum".
     */
    static String citation(Document d) {
        String date = Labels.date(d.sortDate());
        if (d.court() == null || d.court().isBlank()) {
            return String.join(", ", Stream.of(d.title(), d.outlet(), date).filter(v -> v != null && !v.isBlank()).toList());
        }
        StringBuilder sb = new StringBuilder(d.court());
        if (d.decisionType() != null && !d.decisionType().isBlank()) {
            sb.append(", ").append(d.decisionType());
            if (!date.isEmpty()) {
                sb.append(" vom ").append(date);
            }
        } else if (!date.isEmpty()) {
            sb.append(", ").append(date);
        }
        if (d.docket() != null && !d.docket().isBlank()) {
            sb.append(" – ").append(d.docket());
        }
        if (d.ecli() != null && !d.ecli().isBlank()) {
            sb.append(", ").append(d.ecli());
        }
        return sb.toString();
    }

    private static void add(List<Field> fields, String label, String value, String href) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value, href));
        }
    }
}
