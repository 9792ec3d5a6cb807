package de.tenor.search;

import de.tenor.extract.CourtBranch;
import de.tenor.extract.Document;
import de.tenor.index.DocumentMapper;
import de.tenor.index.IndexFields;
import de.tenor.index.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;

/**
 * Finds the citation and appeal links of a document in the served index (issue 7): the decisions
 * it cites that are in the corpus, the documents that cite it, and its lower and higher instances.
 * Dockets match in their normalised form ("8 L 469/24" = "8L469/24"); where one docket exists at
 * several courts, the court named with it decides. Thread-safe.
 *
 * <pre>{@code
 * CitationLinks links = new Citations(searcher).of(document);
 * }</pre>
 */
public final class Citations {

    /** More would not help a reader of one page; the search finds the rest. */
    static final int MAX_LINKS = 50;

    private final Searcher searcher;

    public Citations(Searcher searcher) {
        this.searcher = searcher;
    }

    public CitationLinks of(Document d) throws IOException {
        Optional<CitationLinks.Instance> lower = lower(d);
        List<CitationLinks.Instance> higher = higher(d);
        Set<String> chain = new HashSet<>();
        chain.add(d.id());
        lower.flatMap(CitationLinks.Instance::document).ifPresent(l -> chain.add(l.id()));
        higher.forEach(h -> h.document().ifPresent(doc -> chain.add(doc.id())));
        Optional<String> lowerKey = DocumentMapper.lowerDocket(d);

        List<CitationLinks.Cited> cites = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (d.ruling().docketNormalized() != null) {
            seen.add(d.ruling().docketNormalized());
        }
        lowerKey.ifPresent(seen::add);
        for (String docket : d.references().dockets()) {
            String key = SearchFields.normalizeDocket(docket);
            if (seen.add(key)) {
                cites.add(new CitationLinks.Cited(docket, CitationLinks.Kind.DOCKET, byDocket(key, null)));
            }
        }
        for (String euCase : d.references().euCases()) {
            String key = SearchFields.euCaseNumber(euCase);
            if (seen.add(key)) {
                cites.add(new CitationLinks.Cited(euCase, CitationLinks.Kind.EU_CASE, byDocket(key, null)));
            }
        }
        List<Document> citedBy = citing(d).stream().filter(c -> !chain.contains(c.id())).toList();
        return new CitationLinks(cites, citedBy, lower, higher);
    }

    /** Documents that cite {@code d}'s docket, or its case number if it is an EuGH decision. */
    private List<Document> citing(Document d) throws IOException {
        if (d.ruling().docket() == null) {
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(IndexFields.CITED_DOCKET, key(d)));
        if (d.ruling().courtBranch() == CourtBranch.EuGH) {
            terms.add(new Term(IndexFields.EU_CASE, SearchFields.euCaseNumber(d.ruling().docket())));
        }
        return searcher.withAnyTerm(terms, MAX_LINKS);
    }

    private Optional<CitationLinks.Instance> lower(Document d) throws IOException {
        if (d.ruling().lowerCourt() == null || d.ruling().lowerCourt().isBlank()) {
            return Optional.empty();
        }
        Optional<Document> found = Optional.empty();
        Optional<String> key = DocumentMapper.lowerDocket(d);
        if (key.isPresent()) {
            found = byDocket(key.get(), d.ruling().lowerCourt());
        }
        return Optional.of(new CitationLinks.Instance(d.ruling().lowerCourt(), found, AppealVerdict.of(d.ruling().tenor())));
    }

    private List<CitationLinks.Instance> higher(Document d) throws IOException {
        if (d.ruling().docket() == null) {
            return List.of();
        }
        List<CitationLinks.Instance> out = new ArrayList<>();
        for (Document h : searcher.withAnyTerm(List.of(new Term(IndexFields.LOWER_DOCKET, key(d))), MAX_LINKS)) {
            if (!h.id().equals(d.id()) && namesCourt(h.ruling().lowerCourt(), d)) {
                out.add(new CitationLinks.Instance(h.title(), Optional.of(h), AppealVerdict.of(h.ruling().tenor())));
            }
        }
        return out;
    }

    /** The decision with this normalised docket; with {@code courtText}, one of the court named there. */
    private Optional<Document> byDocket(String key, String courtText) throws IOException {
        return searcher.withAnyTerm(List.of(new Term(IndexFields.DOCKET_NORMALIZED, key)), MAX_LINKS).stream()
                .filter(doc -> courtText == null || namesCourt(courtText, doc))
                .findFirst();
    }

    private static String key(Document d) {
        return d.ruling().docketNormalized() != null ? d.ruling().docketNormalized() : SearchFields.normalizeDocket(d.ruling().docket());
    }

    /**
     * Whether {@code text} ("Verwaltungsgericht Gelsenkirchen, 16 L 1393/25") names the court of
     * {@code doc} ("VG Gelsenkirchen"): its place must appear. Unknown courts are not contradicted.
     */
    static boolean namesCourt(String text, Document doc) {
        if (text == null || doc.ruling().court() == null) {
            return true;
        }
        int space = doc.ruling().court().indexOf(' ');
        if (space < 0) {
            return true;
        }
        String place = doc.ruling().court().substring(space + 1).strip();
        if (place.equals("NRW")) {
            return text.contains("NRW") || text.contains("Nordrhein-Westfalen");
        }
        return text.contains(place);
    }
}
