package de.tenor.search;

import de.tenor.extract.EuCaseExtractor;
import java.util.List;
import java.util.Optional;

/** Number ↔ name of the leading EuGH cases, as the extractor knows them ("C-14/09 (Genc)"). Stateless. */
final class EuCases {

    private static final EuCaseExtractor EXTRACTOR = new EuCaseExtractor();

    private EuCases() {
    }

    /** "C-14/09" → "Genc"; empty for a case the extractor has no name for. */
    static Optional<String> name(String number) {
        List<String> found = EXTRACTOR.find(number.startsWith("C-") || number.startsWith("T-") ? number : "Rs. " + number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String c = found.getFirst();
        int paren = c.indexOf(" (");
        return paren > 0 && c.endsWith(")") ? Optional.of(c.substring(paren + 2, c.length() - 1)) : Optional.empty();
    }
}
