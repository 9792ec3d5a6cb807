package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.extract.Paragraph;
import de.tenor.search.Facet;
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
                String.join(" · ", Stream.of(s.ruling().court(), t.date(s.sortDate()),
                        s.ruling().city() == null ? null : t.value(Facet.CITY, s.ruling().city()),
                        s.ruling().outcome() == null ? null : t.value(Facet.OUTCOME, s.ruling().outcome().json()))
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
        add(fields, t.get("field.type"), t.value(Facet.TYPE, d.type().json()), null);
        add(fields, t.get("field.court"), d.ruling().court(), d.ruling().court() == null ? null : "/search?court=" + SearchUrls.enc(d.ruling().court()));
        add(fields, t.get("field.decisionType"), d.ruling().decisionType(), null);
        add(fields, t.get("field.date"), t.date(d.ruling().date()), null);
        add(fields, t.get("field.docket"), d.ruling().docket(), null);
        add(fields, t.get("field.ecli"), d.ruling().ecli(), null);
        add(fields, t.get("field.procedure"), d.ruling().procedure() == null ? null : t.value(Facet.PROCEDURE, d.ruling().procedure().json()), null);
        add(fields, t.get("field.city"), d.ruling().city() == null ? null : t.value(Facet.CITY, d.ruling().city()),
                d.ruling().city() == null ? null : "/search?city=" + SearchUrls.enc(d.ruling().city()));
        add(fields, t.get("field.outcome"), d.ruling().outcome() == null ? null : t.value(Facet.OUTCOME, d.ruling().outcome().json()), null);
        add(fields, t.get("field.lowerCourt"), d.ruling().lowerCourt(), null);
        add(fields, t.get("field.origin"), Ingest.isUpload(d) ? t.get("field.origin.upload") : null, null);
        add(fields, t.get("field.sources"), d.sources().size() > 1 ? String.join(" · ", d.sources()) : null, null); // issue 16
        add(fields, t.get("field.norms"), String.join("; ", d.references().norms()), null);
        add(fields, t.get("field.euCases"), String.join("; ", d.references().euCases()), null);
        add(fields, t.get("field.outlet"), d.news().outlet(), null);
        add(fields, t.get("field.published"), t.date(d.news().published()), null);
        add(fields, t.get("field.cities"), String.join(", ", d.news().cities()), null);
        List<String> tenor = d.ruling().tenor() == null ? List.of()
                : d.ruling().tenor().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Paragraph> paragraphs = d.paragraphs().isEmpty()
                ? d.text().lines().map(String::strip).filter(l -> !l.isEmpty()).map(l -> new Paragraph(null, l, false)).toList()
                : d.paragraphs();
        boolean remote = d.url() != null && (d.url().startsWith("http://") || d.url().startsWith("https://"));
        String sourceLabel = remote ? d.url() : t.get("doc.source.local", d.sourcePath() == null ? "?" : d.sourcePath());
        String summary = String.join(" · ", Stream.of(d.ruling().court(), d.ruling().decisionType(), d.news().outlet(), t.date(d.sortDate()),
                d.ruling().docket() == null ? null : t.get("hit.docket", d.ruling().docket())).filter(v -> v != null && !v.isBlank()).toList());
        return new DocumentPage(d.id(), d.title(), fields, tenor, paragraphs,
                d.ruling().outcome() == null ? null : d.ruling().outcome().json(),
                d.ruling().outcome() == null ? null : t.value(Facet.OUTCOME, d.ruling().outcome().json()),
                remote ? d.url() : null, sourceLabel, List.of(), CitationSection.NONE,
                d.ruling().outcomeEvidence() == null || d.ruling().outcomeEvidence().isBlank() ? null : d.ruling().outcomeEvidence(),
                citation(d), summary, FactsCard.of(d), d.sample(), d.ruling().headnotes());
    }

    /**
     * The usual German form, whatever the UI language, since it goes into German briefs:
     * "VG Gelsenkirchen, Beschluss vom 13.05.2024 – 8 L 469/24, ECLI:…"; news as "Titel, Medium, Datum".
     */
    static String citation(Document d) {
        String date = UiText.GERMAN.date(d.sortDate());
        if (d.ruling().court() == null || d.ruling().court().isBlank()) {
            return String.join(", ", Stream.of(d.title(), d.news().outlet(), date).filter(v -> v != null && !v.isBlank()).toList());
        }
        StringBuilder sb = new StringBuilder(d.ruling().court());
        if (d.ruling().decisionType() != null && !d.ruling().decisionType().isBlank()) {
            sb.append(", ").append(d.ruling().decisionType());
            if (!date.isEmpty()) {
                sb.append(" vom ").append(date);
            }
        } else if (!date.isEmpty()) {
            sb.append(", ").append(date);
        }
        if (d.ruling().docket() != null && !d.ruling().docket().isBlank()) {
            sb.append(" – ").append(d.ruling().docket());
        }
        if (d.ruling().ecli() != null && !d.ruling().ecli().isBlank()) {
            sb.append(", ").append(d.ruling().ecli());
        }
        return sb.toString();
    }

    private static void add(List<Field> fields, String label, String value, String href) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value, href));
        }
    }
}
