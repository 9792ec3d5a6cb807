package de.tenor.search;

import de.tenor.extract.Document;
import de.tenor.index.DecisionKey;
import de.tenor.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.index.Term;

/** Issue 16: the indexed ruling of the same decision as a new document (an upload), if there is one. Stateless. */
public final class KnownDecisions {

    /** Rulings sharing an ECLI or docket with the new document, checked for being the same decision. */
    private static final int CANDIDATES = 20;

    private KnownDecisions() {
    }

    /** The indexed ruling with the same ECLI, or the same court, docket and date. */
    public static Optional<Document> find(Searcher searcher, Document doc) throws IOException {
        if (DecisionKey.of(doc).isEmpty()) {
            return Optional.empty();
        }
        List<Term> terms = new ArrayList<>();
        if (doc.ruling().ecli() != null) {
            terms.add(new Term(IndexFields.ECLI, doc.ruling().ecli().toUpperCase(Locale.ROOT)));
        }
        if (doc.ruling().docketNormalized() != null) {
            terms.add(new Term(IndexFields.DOCKET_NORMALIZED, doc.ruling().docketNormalized()));
        }
        return searcher.withAnyTerm(terms, CANDIDATES).stream().filter(d -> DecisionKey.same(d, doc)).findFirst();
    }
}
