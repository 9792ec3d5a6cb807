package de.tenor.demo;

import static de.tenor.demo.Texts.between;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Invents unique dockets in each court's real format and derives the matching ECLI. */
final class Dockets {

    /** Famous real dockets the fictional ones must never hit. */
    private static final Set<String> REAL = Set.of("B 4 AS 2/21 R", "B 14 AS 25/20 R", "1 C 22.14", "1 C 48.18",
            "C-14/09", "C-67/14", "C-333/13", "C-181/19", "C-299/14");

    private final Random rnd;
    private final Set<String> used = new HashSet<>(REAL);

    Dockets(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * A docket for {@code court}, filed in {@code year}: VG {@code 8 L 469/24}, OVG {@code 18 B 1063/24},
     * SG {@code S 31 AS 370/24 ER}, LSG {@code L 19 AS 2035/24 B ER}, BSG {@code B 4 AS 12/24 R},
     * BVerwG {@code 1 C 12.24}, EuGH {@code C-412/24}.
     */
    String next(Court court, int panel, boolean urgent, int year) {
        String yy = String.format(Locale.ROOT, "%02d", year % 100);
        while (true) {
            String docket = switch (court.branch) {
                case VG -> panel + (urgent ? " L " + between(rnd, 120, 2900) : " K " + between(rnd, 400, 9800)) + "/" + yy;
                case OVG -> panel + (urgent ? " B " + between(rnd, 90, 1900) : " A " + between(rnd, 300, 3500)) + "/" + yy;
                case SG -> "S " + panel + " AS " + between(rnd, 40, 3400) + "/" + yy + (urgent ? " ER" : "");
                case LSG -> "L " + panel + " AS " + between(rnd, 50, 2400) + "/" + yy + (urgent ? " B ER" : "");
                case BSG -> "B " + panel + " AS " + between(rnd, 3, 60) + "/" + yy + " R";
                case BVerwG -> "1 C " + between(rnd, 2, 45) + "." + yy;
                case EuGH -> "C-" + between(rnd, 300, 890) + "/" + yy;
            };
            if (used.add(docket)) {
                return docket;
            }
        }
    }

    /**
     * The ECLI of a German decision: {@code ECLI:DE:VGGE:2024:0513.8L469.24.00} for NRW courts,
     * {@code ECLI:DE:BSG:2023:230523UB4AS1223R0} and {@code ECLI:DE:BVerwG:2023:230523U1C12.23.0}
     * for the federal courts. The EuGH's ECLI holds a running number we cannot derive, so none.
     */
    static String ecli(Court court, LocalDate date, String docket) {
        String compact = docket.replace(" ", "");
        String ddMMyy = String.format(Locale.ROOT, "%02d%02d%02d", date.getDayOfMonth(), date.getMonthValue(),
                date.getYear() % 100);
        return switch (court.branch) {
            case BSG -> "ECLI:DE:BSG:" + date.getYear() + ":" + ddMMyy + "U" + compact.replace("/", "") + "0";
            case BVerwG -> "ECLI:DE:BVerwG:" + date.getYear() + ":" + ddMMyy + "U" + compact + ".0";
            case EuGH -> "";
            default -> String.format(Locale.ROOT, "ECLI:DE:%s:%d:%02d%02d.%s.00", court.ecliCode, date.getYear(),
                    date.getMonthValue(), date.getDayOfMonth(), compact.replace("/", "."));
        };
    }

    /** {@code vg-gelsenkirchen-8-l-469-24}. */
    static String fileStem(Court court, String docket) {
        return court.slug + "-" + Texts.slug(docket);
    }
}
