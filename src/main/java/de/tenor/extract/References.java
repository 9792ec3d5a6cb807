package de.tenor.extract;

import java.util.List;

/**
 * What a document cites, rulings and news alike: norms ("§ 7 SGB II"), EuGH cases ("C-14/09 Genc") and
 * other dockets, each as printed and in order of first mention. Lists are never null. Immutable.
 *
 * @param dockets the dockets of other decisions; a ruling's own docket is left out
 */
public record References(List<String> norms, List<String> euCases, List<String> dockets) {

    public static final References NONE = new References(List.of(), List.of(), List.of());

    public References {
        norms = norms == null ? List.of() : List.copyOf(norms);
        euCases = euCases == null ? List.of() : List.copyOf(euCases);
        dockets = dockets == null ? List.of() : List.copyOf(dockets);
    }
}
