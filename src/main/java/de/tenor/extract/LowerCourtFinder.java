package de.tenor.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decision under appeal (Vorinstanz) of an appellate ruling when no field names it: the
 * tenor or the first reasons say "die Beschwerde … gegen den Beschluss des Sozialgerichts Duisburg
 * vom 13.05.2024 – S 31 AS 370/24 ER –" or "wird das Urteil des Verwaltungsgerichts Gelsenkirchen
 * vom 11. Mai 2023 geändert". Only a court one level down in the same branch counts, so a cited
 * decision of another court is not taken for the lower court. Thread-safe.
 */
final class LowerCourtFinder {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String DATE = "(\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[A-ZÄÖÜa-zäöü]{3,9}\\.?)\\s?\\d{4})";
    private static final Pattern DECISION_OF = Pattern.compile(
            "\\b(Beschlu(?:ss|ß)|Urteil|Gerichtsbescheid)(?:es|s)?\\s+(?:des|der)\\s+"
                    + "((?:Verwaltungsgerichts|Sozialgerichts|Landessozialgerichts|Oberverwaltungsgerichts|Verwaltungsgerichtshofs"
                    + "|VG|SG|LSG|OVG|VGH)\\s+(?:für\\s+das\\s+Land\\s+|des\\s+Landes\\s+)?[A-ZÄÖÜ][\\p{L}-]+"
                    + "(?:\\s(?:an\\sder|am)\\s[A-ZÄÖÜ][\\p{L}]+)?)\\s+vom\\s+" + DATE);
    private static final int DOCKET_WINDOW = 80;
    private static final int BODY_PARAGRAPHS = 25;

    private final CourtNames courts = new CourtNames();
    private final DocketParser dockets = new DocketParser();
    private final GermanDates dates;

    LowerCourtFinder(GermanDates dates) {
        this.dates = dates;
    }

    /** "SG Duisburg, Beschluss vom 13.05.2024, S 31 AS 370/24 ER"; empty for first-instance courts or when not stated. */
    Optional<String> find(CourtBranch deciding, String tenor, List<Paragraph> body, Docket own) {
        Set<CourtBranch> lower = switch (deciding) {
            case OVG -> Set.of(CourtBranch.VG);
            case LSG -> Set.of(CourtBranch.SG);
            case BSG -> Set.of(CourtBranch.LSG, CourtBranch.SG);
            case BVerwG -> Set.of(CourtBranch.OVG, CourtBranch.VG);
            default -> Set.of();
        };
        if (lower.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> inTenor = search(tenor, lower, own);
        if (inTenor.isPresent()) {
            return inTenor;
        }
        for (Paragraph p : body.subList(0, Math.min(BODY_PARAGRAPHS, body.size()))) {
            Optional<String> found = search(p.text(), lower, own);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> search(String text, Set<CourtBranch> lower, Docket own) {
        String t = Texts.normalizeSpace(text);
        Matcher m = DECISION_OF.matcher(t);
        while (m.find()) {
            String printed = m.group(2).replaceAll("gerichtshofs\\b", "gerichtshof").replaceAll("gerichts\\b", "gericht");
            Optional<Court> court = courts.find(printed);
            if (court.isEmpty() || !lower.contains(court.get().branch())) {
                continue;
            }
            String type = m.group(1).startsWith("Beschlu") ? "Beschluss" : m.group(1);
            Optional<LocalDate> date = dates.parse(m.group(3));
            String window = t.substring(m.end(), Math.min(t.length(), m.end() + DOCKET_WINDOW));
            Optional<Docket> docket = dockets.findAll(window).stream()
                    .filter(d -> own == null || !d.normalized().equals(own.normalized())).findFirst();
            StringBuilder sb = new StringBuilder(court.get().name()).append(", ").append(type);
            date.ifPresent(d -> sb.append(" vom ").append(d.format(GERMAN_DATE)));
            docket.ifPresent(d -> sb.append(", ").append(d.text()));
            return Optional.of(sb.toString());
        }
        return Optional.empty();
    }
}
