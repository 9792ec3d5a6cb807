package de.tenor.demo;

import java.time.LocalDate;

/**
 * Legal constants the generated texts need to stay plausible for their date: minimum wage, the
 * Minijob limit, the standard benefit rate, the benefit's name, and the precedents a court could
 * already cite on a given day.
 */
final class Law {

    private Law() {
    }

    /** Statutory minimum wage per hour in euros (MiLoG) on the given day. */
    static double minimumWage(LocalDate d) {
        if (d.isBefore(LocalDate.of(2017, 1, 1))) return 8.50;
        if (d.isBefore(LocalDate.of(2019, 1, 1))) return 8.84;
        if (d.isBefore(LocalDate.of(2020, 1, 1))) return 9.19;
        if (d.isBefore(LocalDate.of(2021, 1, 1))) return 9.35;
        if (d.isBefore(LocalDate.of(2021, 7, 1))) return 9.50;
        if (d.isBefore(LocalDate.of(2022, 1, 1))) return 9.60;
        if (d.isBefore(LocalDate.of(2022, 7, 1))) return 9.82;
        if (d.isBefore(LocalDate.of(2022, 10, 1))) return 10.45;
        if (d.isBefore(LocalDate.of(2024, 1, 1))) return 12.00;
        if (d.isBefore(LocalDate.of(2025, 1, 1))) return 12.41;
        if (d.isBefore(LocalDate.of(2026, 1, 1))) return 12.82;
        return 13.90;
    }

    /** Monthly earnings limit of a geringfügige Beschäftigung (Minijob) on the given day. */
    static int minijobLimit(LocalDate d) {
        if (d.isBefore(LocalDate.of(2022, 10, 1))) return 450;
        if (d.isBefore(LocalDate.of(2024, 1, 1))) return 520;
        if (d.isBefore(LocalDate.of(2025, 1, 1))) return 538;
        if (d.isBefore(LocalDate.of(2026, 1, 1))) return 556;
        return 603;
    }

    /** Regelbedarf for a single adult (Regelbedarfsstufe 1). */
    static int standardRate(LocalDate d) {
        int[] rates = {399, 404, 409, 416, 424, 432, 446, 449, 502, 563, 563, 563};
        int i = Math.max(0, Math.min(rates.length - 1, d.getYear() - 2015));
        return rates[i];
    }

    /** "Bürgergeld" since 2023, "Arbeitslosengeld II" before. */
    static String benefit(LocalDate d) {
        return d.getYear() >= 2023 ? "Bürgergeld" : "Arbeitslosengeld II";
    }

    static String levin() {
        return "EuGH, Urteil vom 23. März 1982 – 53/81 (Levin) –";
    }

    static String lawrieBlum() {
        return "EuGH, Urteil vom 3. Juli 1986 – 66/85 (Lawrie-Blum) –";
    }

    static String kempf() {
        return "EuGH, Urteil vom 3. Juni 1986 – 139/85 (Kempf) –";
    }

    static String genc() {
        return "EuGH, Urteil vom 4. Februar 2010 – C-14/09 (Genc) –";
    }

    static String dano() {
        return "EuGH, Urteil vom 11. November 2014 – C-333/13 (Dano) –";
    }

    /** Empty before the judgment existed. */
    static String alimanovic(LocalDate d) {
        return d.isAfter(LocalDate.of(2015, 10, 1)) ? "EuGH, Urteil vom 15. September 2015 – C-67/14 (Alimanovic) –" : "";
    }

    static String garciaNieto(LocalDate d) {
        return d.isAfter(LocalDate.of(2016, 4, 1)) ? "EuGH, Urteil vom 25. Februar 2016 – C-299/14 (García-Nieto) –" : "";
    }

    static String krefeld(LocalDate d) {
        return d.isAfter(LocalDate.of(2020, 11, 1)) ? "EuGH, Urteil vom 6. Oktober 2020 – C-181/19 (Jobcenter Krefeld) –" : "";
    }

    static String bsgHagen(LocalDate d) {
        return d.isAfter(LocalDate.of(2022, 6, 1)) ? "BSG, Urteil vom 29. März 2022 – B 4 AS 2/21 R –" : "";
    }

    static String bsgObjective(LocalDate d) {
        return d.isAfter(LocalDate.of(2021, 4, 1)) ? "BSG, Urteil vom 27. Januar 2021 – B 14 AS 25/20 R –" : "";
    }

    static String bverwgOverall(LocalDate d) {
        return d.getYear() >= 2017 ? "BVerwG – 1 C 22.14 –" : "";
    }

    static String bverwgArt10(LocalDate d) {
        return d.getYear() >= 2020 ? "BVerwG – 1 C 48.18 –" : "";
    }

    /** The Leistungsausschluss as the statute read on that day (letters b and c came on 29.12.2016). */
    static String exclusionNorm(LocalDate d) {
        return d.isAfter(LocalDate.of(2016, 12, 28)) ? "§ 7 Abs. 1 Satz 2 Nr. 2 Buchst. a und b SGB II"
                : "§ 7 Abs. 1 Satz 2 Nr. 2 SGB II";
    }
}
