package de.tenor.extract;

import java.util.Objects;

/**
 * A court as Tenor names it: the canonical short name users see and filter by, plus its branch.
 *
 * @param name short name, e.g. {@code "VG Gelsenkirchen"}, {@code "OVG NRW"}, {@code "BSG"}
 */
public record Court(String name, CourtBranch branch) {
    public Court {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(branch, "branch");
        if (name.isBlank()) {
            throw new IllegalArgumentException("court name must not be blank");
        }
    }
}
