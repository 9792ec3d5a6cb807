package de.tenor.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds European Case Law Identifiers printed in a document and checks them against the
 * document's own date and docket.
 *
 * <p>An ECLI is only ever taken from the text, never built from court, date and docket: a made-up
 * identifier looks authoritative and would be wrong whenever a court deviates from the scheme.
 * The cross-check matters because a reasons section cites other decisions' ECLIs. Stateless and
 * thread-safe.
 */
public final class EcliParser {

    // ECLI:{country}:{court}:{year}:{ordinal}; the ordinal may contain dots, e.g. 0722.4NC58.23.00.
    private static final Pattern ECLI = Pattern.compile(
            "(?<![A-Za-z])ECLI:([A-Z]{2}):([A-Za-z0-9]{1,7}):(\\d{4}):([A-Za-z0-9.]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");
    // BVerwG and BSG put the date as ddMMyy in front of the docket: ECLI:DE:BVerwG:2024:220224U1C12.22.0
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    /** Every ECLI in {@code text}, in order of appearance, upper-cased prefix, trailing sentence dot removed. */
    public List<String> findAll(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = ECLI.matcher(Texts.normalizeSpace(text));
        while (m.find()) {
            String ordinal = m.group(4).replaceAll("\\.+$", "");
            String ecli = "ECLI:" + m.group(1).toUpperCase(Locale.ROOT) + ":" + m.group(2) + ":" + m.group(3) + ":" + ordinal;
            if (!found.contains(ecli)) {
                found.add(ecli);
            }
        }
        return List.copyOf(found);
    }

    /** The first ECLI in {@code text}. */
    public Optional<String> find(String text) {
        return findAll(text).stream().findFirst();
    }

    /**
     * The first ECLI in {@code text} that agrees with the decision's date and docket; for finding
     * the document's own identifier in running text that also cites others.
     */
    public Optional<String> findMatching(String text, LocalDate date, Docket docket) {
        return findAll(text).stream().filter(e -> agrees(e, date, docket)).findFirst();
    }

    /**
     * The decision date an ECLI encodes: {@code yyyy} plus {@code MMdd} (NRW courts) or {@code ddMMyy}
     * (BVerwG, BSG) at the start of the ordinal; empty when the ordinal has no date (BGH, BVerfG use others).
     */
    public Optional<LocalDate> date(String ecli) {
        Matcher m = ECLI.matcher(ecli == null ? "" : ecli);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        String ordinal = m.group(4);
        try {
            if (ordinal.matches("^\\d{6}[A-Za-z].*") && Integer.parseInt(ordinal.substring(4, 6)) == year % 100) {
                return Optional.of(LocalDate.of(year, Integer.parseInt(ordinal.substring(2, 4)),
                        Integer.parseInt(ordinal.substring(0, 2))));
            }
            if (ordinal.matches("^\\d{4}\\..*")) {
                return Optional.of(LocalDate.of(year, Integer.parseInt(ordinal.substring(0, 2)),
                        Integer.parseInt(ordinal.substring(2, 4))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // "1332" is no month and day: the ordinal is not a date
        }
        return Optional.empty();
    }

    /**
     * True when the ECLI's year and day agree with {@code date} and its ordinal contains the
     * docket (spaces and hyphens removed, "/" as "." or dropped). A null date or docket is not checked, but at
     * least one must be given.
     */
    public boolean agrees(String ecli, LocalDate date, Docket docket) {
        if (ecli == null || (date == null && docket == null)) {
            return false;
        }
        Matcher m = ECLI.matcher(ecli);
        if (!m.matches()) {
            return false;
        }
        String ordinal = m.group(4).toUpperCase(Locale.ROOT);
        if (date != null) {
            boolean year = m.group(3).equals(Integer.toString(date.getYear()));
            boolean day = ordinal.startsWith(date.format(MMDD)) || ordinal.startsWith(date.format(DDMMYY));
            if (!year || !day) {
                return false;
            }
        }
        if (docket != null) {
            // ECLIs allow only letters, digits and dots: "1 W-VR 20.23" appears as "1WVR20.23".
            String d = docket.normalized().replace("-", "");
            // Suffixes lose their dot too: "2 D 348/21.NE" is "2D348.21NE".
            return ordinal.contains(d.replace('/', '.')) || ordinal.contains(d.replace("/", ""))
                    || ordinal.replace(".", "").contains(d.replace("/", "").replace(".", ""));
        }
        return true;
    }
}
