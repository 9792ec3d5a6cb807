package de.tenor.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * Which side of the dispute a party word names. The EU citizen sues or applies (Kläger(in),
 * Antragsteller(in)); the authority is sued (Beklagte(r), Antragsgegner(in), the Jobcenter, the city).
 */
enum Side {
    CITIZEN, AUTHORITY;

    /** The side of one word in any case form ("Klägers", "Antragsgegnerin", "beklagten"). */
    static Optional<Side> of(String word) {
        String w = word.toLowerCase(Locale.GERMAN);
        if (w.startsWith("kläger") || w.startsWith("antragsteller")) {
            return Optional.of(CITIZEN);
        }
        if (w.startsWith("beklagt") || w.startsWith("antragsgegner") || w.startsWith("jobcenter")
                || w.equals("stadt") || w.equals("ausländerbehörde") || w.equals("behörde")
                || w.startsWith("oberbürgermeister") || w.equals("kreis") || w.equals("kreises")) {
            return Optional.of(AUTHORITY);
        }
        return Optional.empty();
    }
}
