package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.search.CitationLinks;
import de.tenor.search.Facet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "zitiert" / "zitiert von" / Instanzenzug part of a document page (issue 7), formatted.
 * A citation links to the decision when it is in the corpus, else to a search for it.
 *
 * @param cites cited decisions (dockets and EuGH cases)
 * @param norms cited norms, each linking to the rulings that cite it too
 * @param citedBy documents in the corpus that cite this one
 * @param lower the decision under appeal, or null
 * @param higher decisions on appeal against this one
 */
public record CitationSection(List<Link> cites, List<Link> norms, List<Link> citedBy, Link lower, List<Link> higher) {

    public static final CitationSection NONE = new CitationSection(List.of(), List.of(), List.of(), null, List.of());

    /**
     * @param note a short remark after the link: the title of a cited decision in the corpus,
     *             "nicht im Korpus", or the higher court's verdict ("aufgehoben", "bestätigt")
     * @param inCorpus true when {@code href} goes to a document page, false for a search
     */
    public record Link(String label, String href, String note, boolean inCorpus) {
    }

    public boolean hasCitations() {
        return !cites.isEmpty() || !norms.isEmpty();
    }

    public boolean hasChain() {
        return lower != null || !higher.isEmpty();
    }

    public boolean hasCitedBy() {
        return !citedBy.isEmpty();
    }

    public boolean isEmpty() {
        return !hasCitations() && !hasChain() && !hasCitedBy();
    }

    static CitationSection of(Document d, CitationLinks links) {
        List<Link> cites = new ArrayList<>();
        for (CitationLinks.Cited c : links.cites()) {
            if (c.document().isPresent()) {
                cites.add(new Link(c.label(), "/doc/" + c.document().get().id(), c.document().get().title(), true));
            } else if (c.kind() == CitationLinks.Kind.EU_CASE) {
                cites.add(new Link(c.label(), "/search?" + Facet.EU_CASE.param() + "=" + SearchUrls.enc(c.label()),
                        "nicht im Korpus – Entscheidungen, die es ebenfalls zitieren", false));
            } else {
                cites.add(new Link(c.label(), "/search?q=" + SearchUrls.enc("\"" + c.label() + "\""),
                        "nicht im Korpus – Suche nach dem Aktenzeichen", false));
            }
        }
        List<Link> norms = d.references().norms().stream().distinct()
                .map(n -> new Link(n, "/search?" + Facet.NORM.param() + "=" + SearchUrls.enc(n.strip().replaceAll("\\s+", " ")),
                        null, false))
                .toList();
        List<Link> citedBy = links.citedBy().stream().map(c -> new Link(c.title(), "/doc/" + c.id(),
                c.ruling().outcome() == null ? null : "Ausgang: " + UiText.GERMAN.outcome(c.ruling().outcome()), true)).toList();
        Link lower = links.lower().map(CitationSection::instance).orElse(null);
        List<Link> higher = links.higher().stream().map(CitationSection::instance).toList();
        return new CitationSection(cites, norms, citedBy, lower, higher);
    }

    private static Link instance(CitationLinks.Instance i) {
        String verdict = i.verdict().orElse(null);
        Optional<Document> doc = i.document();
        if (doc.isPresent()) {
            return new Link(i.label(), "/doc/" + doc.get().id(), verdict, true);
        }
        return new Link(i.label(), "/search?q=" + SearchUrls.enc("\"" + docketOf(i.label()) + "\""),
                verdict == null ? "nicht im Korpus" : verdict + " (nicht im Korpus)", false);
    }

    /** "Verwaltungsgericht Gelsenkirchen, 16 L 1393/25" → "16 L 1393/25": what comes after the last comma. */
    private static String docketOf(String label) {
        int comma = label.lastIndexOf(',');
        return comma < 0 ? label : label.substring(comma + 1).strip();
    }
}
