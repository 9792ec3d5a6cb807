package de.tenor.search;

import de.tenor.extract.Document;
import java.util.List;
import java.util.Optional;

/**
 * How one document is tied to others in the corpus: what it cites, what cites it, and its appeal
 * chain. Built by {@link Citations}. Immutable.
 *
 * @param cites dockets and EuGH cases the document cites, in its order, each with the cited
 *              decision when that is in the corpus
 * @param citedBy documents whose cited dockets or EuGH cases name this document's docket, newest first
 *                (higher instances are in {@code higher}, not here)
 * @param lower the decision under appeal, when the document names one
 * @param higher decisions of higher courts on appeal against this one, newest first
 */
public record CitationLinks(List<Cited> cites, List<Document> citedBy, Optional<Instance> lower, List<Instance> higher) {

    public static final CitationLinks NONE = new CitationLinks(List.of(), List.of(), Optional.empty(), List.of());

    public CitationLinks {
        cites = List.copyOf(cites);
        citedBy = List.copyOf(citedBy);
        higher = List.copyOf(higher);
    }

    /** What kind of reference a citation is; decides where a link goes when the decision is not in the corpus. */
    public enum Kind { DOCKET, EU_CASE }

    /**
     * One cited decision.
     *
     * @param label as printed, e.g. "S 49 AS 257/15" or "C-14/09 (Genc)"
     */
    public record Cited(String label, Kind kind, Optional<Document> document) {
    }

    /**
     * One step of the appeal chain.
     *
     * @param label the court and docket as the document names them, e.g. "Verwaltungsgericht Gelsenkirchen, 16 L 1393/25"
     * @param document the decision, when it is in the corpus
     * @param verdict what the higher court's Tenor says about the lower decision ("aufgehoben", "bestätigt", …)
     */
    public record Instance(String label, Optional<Document> document, Optional<String> verdict) {
    }

    public boolean isEmpty() {
        return cites.isEmpty() && citedBy.isEmpty() && lower.isEmpty() && higher.isEmpty();
    }
}
