package de.tenor.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A docket number (Aktenzeichen) as printed plus the spelling-independent form used for matching.
 *
 * @param text       as printed, whitespace collapsed, register letters upper case, e.g. {@code "S 31 AS 370/17 ER"}
 * @param normalized upper case without spaces, e.g. {@code "S31AS370/17ER"}; "8 L 469/22" and "8l469/22" agree
 * @param shape      which court family's numbering the docket follows
 * @param register   the register letters that tell the kind of proceeding ({@code "L"}, {@code "AS"}, {@code "C"}),
 *                   empty for {@link Shape#OTHER}
 */
public record Docket(String text, String normalized, Shape shape, String register) {

    /** Court families with distinct docket formats (docs/DOMAIN.md "Dockets"). */
    public enum Shape {
        /** VG and OVG: {@code 8 L 469/22}, {@code 18 B 1063/23}. */
        ADMINISTRATIVE,
        /** BVerwG: {@code 1 C 22.14} (dot, not slash). */
        FEDERAL_ADMINISTRATIVE,
        /** SG and LSG: {@code S 31 AS 370/17 ER}, {@code L 19 AS 2035/19 B ER}. */
        SOCIAL,
        /** BSG: {@code B 4 AS 2/21 R}. */
        FEDERAL_SOCIAL,
        /** EuGH: {@code C-67/14}, urgent preliminary rulings with the suffix {@code PPU}. */
        EUROPEAN,
        /** Anything else printed as a docket (civil, criminal, other states). */
        OTHER
    }

    // VG: K = action, L = urgent application. OVG NRW: A = appeal, B = complaint in urgent cases.
    // E (legal aid) and D (norm control) say nothing about urgency, so they stay unknown.
    private static final Set<String> ADMIN_URGENT = Set.of("L", "B");
    private static final Set<String> ADMIN_MAIN = Set.of("K", "A");

    public Docket {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(register, "register");
        if (text.isBlank()) {
            throw new IllegalArgumentException("docket must not be blank");
        }
    }

    /** Urgent or main proceedings, read from the docket alone; empty when the docket does not say. */
    public Optional<Procedure> procedure() {
        return switch (shape) {
            case SOCIAL -> Optional.of(normalized.endsWith("ER") ? Procedure.URGENT : Procedure.MAIN);
            case FEDERAL_SOCIAL -> Optional.of(Procedure.MAIN);
            // BVerwG "VR"/"W-VR" are its urgent registers; C (revision), B (leave to appeal), A (first instance) are main.
            case FEDERAL_ADMINISTRATIVE -> Optional.of(register.endsWith("VR") ? Procedure.URGENT : Procedure.MAIN);
            case ADMINISTRATIVE -> ADMIN_URGENT.contains(register) ? Optional.of(Procedure.URGENT)
                    : ADMIN_MAIN.contains(register) ? Optional.of(Procedure.MAIN) : Optional.empty();
            // A preliminary reference is main proceedings unless the Court took it as urgent (PPU).
            case EUROPEAN -> Optional.of(register.equals("PPU") ? Procedure.URGENT : Procedure.MAIN);
            case OTHER -> Optional.empty();
        };
    }
}
