package de.tenor.extract;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the printed parts of a ruling into the {@link Document} fields: canonical court, parsed
 * date and docket, procedure, ECLI, city, outcome, norms and cited cases.
 *
 * <p>Labelled fields win; the header text is only searched for what they lack. Values that
 * cannot be read stay null: docs/INTERFACE.md says unknown is null, never a guess. Thread-safe.
 */
final class RulingAssembler {

    private static final Logger log = LoggerFactory.getLogger(RulingAssembler.class);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String DATE = "(\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[A-ZÄÖÜa-zäöü]{3,9}\\.?)\\s?\\d{4}|\\d{4}-\\d{2}-\\d{2})";
    /**
     * What may stand between a rubrum's date and its verb: no sentence end, but the dots of
     * abbreviated names and initials ("Richterin am VG W. als Einzelrichterin", "durch Dr. U. als
     * Vorsitzenden"). A rubrum listing five judges runs to some 300 characters (issue 20).
     */
    private static final String RUBRUM_GAP = "(?:[^.]|\\.(?=\\s?[\\p{Ll}\\d(]|\\S)|(?<=\\b(?:Dr|Prof|[A-ZÄÖÜ]))\\.){0,400}?";
    /** Where a header states the decision's own date, most reliable first. */
    private static final List<Pattern> DATE_PHRASES = List.of(
            Pattern.compile("\\b(?:Beschluss|Urteil|Gerichtsbescheid|Beschluß)\\s+vom\\s+" + DATE),
            Pattern.compile("\\b(?:verkündet|beschlossen|entschieden)\\s+am:?\\s+" + DATE, Pattern.CASE_INSENSITIVE),
            // Up to the verb: "am 14. Januar 2025 durch … beschlossen".
            Pattern.compile("\\bam\\s+" + DATE + RUBRUM_GAP + "\\b(?:beschlossen|entschieden|für Recht erkannt)"),
            Pattern.compile("^(?:[A-ZÄÖÜ][\\p{L} -]{1,40},\\s+(?:den\\s+)?)?" + DATE + "$"),
            // A judgment after an oral hearing is given on the hearing's day.
            Pattern.compile("\\b(?:mündliche[n]?\\s+Verhandlung|Sitzung)\\s+vom\\s+" + DATE + RUBRUM_GAP
                    + "\\bfür Recht erkannt"));
    private static final Pattern ECLI_YEAR = Pattern.compile("^ECLI:[A-Z]{2}:[A-Za-z0-9]+:(\\d{4}):");
    private static final Pattern DOCKET_YEAR = Pattern.compile("[/.](\\d{2}|\\d{4})(?:\\.[A-Z]+)?(?:\\s[A-Z]+)*$");
    /** The separator between the dockets of a joined decision ("2 BvQ 53/18, 2 BvQ 54/18"). */
    private static final Pattern JOINED = Pattern.compile("\\s*[,;]\\s*(?=\\d|[A-Z]{1,3}\\s)");
    private static final Pattern TYPE_WORD = Pattern.compile("\\b(Beschluss|Urteil|Gerichtsbescheid)\\b");

    private final CourtNames courts = new CourtNames();
    private final DocketParser dockets = new DocketParser();
    private final GermanDates dates;
    private final EcliParser eclis = new EcliParser();
    private final OutcomeClassifier outcomes = new OutcomeClassifier();
    private final CityResolver cities = new CityResolver();
    private final NormExtractor norms = new NormExtractor();
    private final EuCaseExtractor euCases = new EuCaseExtractor();
    private final LowerCourtFinder lowerCourts;

    RulingAssembler(Clock clock) {
        this.dates = new GermanDates(clock);
        this.lowerCourts = new LowerCourtFinder(dates);
    }

    void fill(Document.Builder b, RulingParts parts) {
        List<String> header = parts.header().isEmpty() ? List.of() : List.of(parts.header().split("\n"));
        // Without labelled fields, an ECLI printed in the header identifies court and docket: the
        // header of an appeal also names the lower court and its docket.
        Optional<String> headerEcli = eclis.find(parts.ecli()).or(() -> eclis.find(parts.header()));
        // A page title naming a docket that the text also prints names the page's own decision, even
        // when the page first shows an earlier decision of the same case (bverwg.de does).
        Optional<Docket> titleDocket = parts.docket().isEmpty() ? dockets.findFirst(parts.pageTitle())
                .filter(d -> dockets.findAll(parts.text()).stream().anyMatch(t -> t.normalized().equals(d.normalized())))
                : Optional.empty();
        // Such a title also names its court, before the header's first court: a header that lists the
        // Instanzenzug names the lower courts first.
        Optional<Court> court = !parts.court().isEmpty() ? Optional.of(courts.resolve(parts.court()))
                : headerEcli.flatMap(courts::fromEcli)
                        .or(() -> titleDocket.flatMap(d -> courts.find(parts.pageTitle())))
                        .or(() -> firstCourt(header));
        Optional<Docket> docket = !parts.docket().isEmpty() ? dockets.parse(JOINED.split(parts.docket())[0])
                : titleDocket.or(() -> ownDocket(header, court, headerEcli.orElse(null)));
        // A page title that names this decision's docket also gives its date ("SG Duisburg, Beschluss vom
        // 14.01.2025 - S 41 AS 99/25 ER - …"): sozialgerichtsbarkeit.de often leaves the labelled date empty.
        boolean titleNamesOwn = titleDocket.isPresent() || docket.isPresent() && dockets.findAll(parts.pageTitle()).stream()
                .anyMatch(d -> d.normalized().equals(docket.get().normalized()));
        Optional<LocalDate> titleDate = titleNamesOwn ? dateFromHeader(List.of(parts.pageTitle()), null) : Optional.empty();
        LocalDate date = (parts.date().isEmpty() ? titleDate.or(() -> dateFromHeader(header, headerEcli.orElse(null)))
                : dates.parse(parts.date())).orElse(null);
        if (date == null && !parts.date().isEmpty()) {
            log.warn("Ignoring impossible decision date '{}' in {}", parts.date(), where(parts));
        }
        if (date != null && docket.isPresent() && beforeDocketYear(date, docket.get())) {
            // A decision cannot predate the year its case was filed: a portal typo (real in OLDP dumps).
            log.warn("Ignoring decision date {} before the year of docket {} in {}", date, docket.get().text(),
                    where(parts));
            date = null;
        }
        String bodyText = String.join("\n\n", parts.body().stream().map(Paragraph::text).toList());
        String tenor = String.join("\n", parts.tenor());
        // City, norms, EU cases and dockets each read the text with normalised spaces; normalised once here, their own
        // normalisation finds nothing to change and copies nothing (issue 21).
        String reasons = Texts.normalizeSpace(tenor + "\n\n" + bodyText);
        String text = Texts.normalizeSpace(parts.text());

        String courtName = court.map(Court::name).orElse(null);
        CourtBranch branch = court.map(Court::branch).orElse(null);
        String decisionType = (titleDocket.isPresent() ? typeWord(parts.pageTitle()) : Optional.<String>empty())
                .or(() -> decisionType(parts, header)).orElse(null);
        // Issue 16: a joined decision keeps every docket as printed; the first is its key.
        String docketText = docket.map(d -> JOINED.split(parts.docket()).length > 1
                ? String.join(", ", JOINED.split(parts.docket())) : d.text()).orElse(null);
        String ecli = ecli(parts, date, docket.orElse(null)).orElse(null);
        if (date == null && ecli != null && (docket.isEmpty() || eclis.agrees(ecli, null, docket.get()))) {
            // The printed date was missing or a typo ("08.10.2205"); the ECLI is a second source for it.
            date = eclis.date(ecli).filter(dates::isPlausible)
                    .filter(d -> docket.isEmpty() || !beforeDocketYear(d, docket.get())).orElse(null);
        }
        OutcomeClassifier.Verdict verdict = outcomes.judge(tenor);
        Set<String> cited = new LinkedHashSet<>(parts.normsField().isEmpty() ? List.of() : norms.fromField(parts.normsField()));
        cited.addAll(norms.find(text));
        String lowerCourt = Texts.emptyToNull(parts.lowerCourt());
        if (lowerCourt == null && branch != null) {
            lowerCourt = lowerCourts.find(branch, tenor, parts.body(), docket.orElse(null)).orElse(null);
        }
        b.text(parts.text())
                .paragraphs(parts.body())
                .court(courtName)
                .courtBranch(branch)
                .decisionType(decisionType)
                .date(date)
                .docket(docketText)
                .docketNormalized(docket.map(Docket::normalized).orElse(null))
                .procedure(docket.flatMap(Docket::procedure).orElse(null))
                .ecli(ecli)
                .city(cities.resolve(parts.rubrum(), reasons))
                .outcome(verdict.outcome())
                .outcomeEvidence(verdict.evidence())
                .tenor(tenor.isBlank() ? null : tenor)
                .headnotes(parts.headnotes()) // issue 16
                .norms(List.copyOf(cited))
                // An EuGH judgment does not cite itself.
                .euCases(euCases.find(text).stream()
                        .filter(c -> docket.isEmpty() || !c.startsWith(docket.get().text())).toList())
                .citedDockets(citedDockets(reasons, docket.orElse(null)))
                .lowerCourt(lowerCourt)
                .title(title(courtName, decisionType, date, docketText, parts.pageTitle()));
    }

    private Optional<Court> firstCourt(List<String> header) {
        for (String line : header) {
            Optional<Court> c = courts.find(line);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /**
     * The decision's own docket among those in the header. An appeal's header also cites the
     * lower court's docket, so a docket of the court's own family is preferred.
     */
    private Optional<Docket> ownDocket(List<String> header, Optional<Court> court, String ecli) {
        List<Docket> found = new ArrayList<>();
        header.forEach(line -> found.addAll(dockets.findAll(line)));
        return found.stream().filter(d -> ecli != null && eclis.agrees(ecli, null, d)).findFirst()
                .or(() -> found.stream().filter(d -> court.map(c -> fits(d, c.branch())).orElse(true)).findFirst())
                .or(() -> found.stream().findFirst());
    }

    private static boolean fits(Docket d, CourtBranch branch) {
        return switch (branch) {
            case VG -> d.shape() == Docket.Shape.ADMINISTRATIVE && Set.of("K", "L", "NC").contains(d.register());
            case OVG -> d.shape() == Docket.Shape.ADMINISTRATIVE && !Set.of("K", "L").contains(d.register());
            case SG -> d.shape() == Docket.Shape.SOCIAL && d.text().startsWith("S");
            case LSG -> d.shape() == Docket.Shape.SOCIAL && d.text().startsWith("L");
            case BSG -> d.shape() == Docket.Shape.FEDERAL_SOCIAL;
            case BVerwG -> d.shape() == Docket.Shape.FEDERAL_ADMINISTRATIVE;
            case EuGH, other -> true;
        };
    }

    /**
     * The decision date from phrases like "Beschluss vom …" or "verkündet am …". Headers also
     * carry the dates of the lower court's decision and of press releases, so a date that agrees
     * with the header's ECLI wins.
     */
    private Optional<LocalDate> dateFromHeader(List<String> header, String ecli) {
        List<LocalDate> candidates = new ArrayList<>();
        for (Pattern p : DATE_PHRASES) {
            for (String line : header) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    dates.parse(m.group(1)).ifPresent(candidates::add);
                }
            }
        }
        if (candidates.isEmpty()) {
            // PDF line wrapping splits "am 9. Oktober 2025" from "beschlossen:"; read the header as one text.
            String joined = String.join(" ", header);
            for (Pattern p : List.of(DATE_PHRASES.get(0), DATE_PHRASES.get(1), DATE_PHRASES.get(2), DATE_PHRASES.get(4))) {
                Matcher m = p.matcher(joined);
                while (m.find()) {
                    dates.parse(m.group(1)).ifPresent(candidates::add);
                }
            }
        }
        return candidates.stream().filter(d -> ecli != null && eclis.agrees(ecli, d, null)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private static Optional<String> decisionType(RulingParts parts, List<String> header) {
        if (!parts.decisionType().isEmpty()) {
            String t = parts.decisionType().replace("Beschluß", "Beschluss");
            return Optional.of(t.substring(0, 1).toUpperCase(Locale.GERMAN) + t.substring(1));
        }
        String joined = String.join("\n", header);
        if (joined.contains("für Recht erkannt")) {
            return Optional.of("Urteil");
        }
        if (joined.matches("(?s).*\\bbeschlossen\\s*:.*")) {
            return Optional.of("Beschluss");
        }
        return typeWord(parts.pageTitle());
    }

    private static Optional<String> typeWord(String text) {
        Matcher m = TYPE_WORD.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The decision's ECLI: a labelled one (field, metadata) unless its year is impossible; one in
     * the header only when it agrees with date or docket, since headers also cite the lower court's.
     */
    private Optional<String> ecli(RulingParts parts, LocalDate date, Docket docket) {
        Optional<String> labelled = eclis.find(parts.ecli());
        if (labelled.isPresent()) {
            if (!plausibleYear(labelled.get(), docket)) {
                log.warn("Ignoring ECLI {} with an impossible year in {}", labelled.get(), where(parts));
                return Optional.empty();
            }
            if ((date != null || docket != null) && !eclis.agrees(labelled.get(), date, docket)) {
                log.info("ECLI {} does not match date {} / docket {} of {}", labelled.get(), date,
                        docket == null ? null : docket.text(), where(parts));
            }
            return labelled;
        }
        Optional<String> printed = eclis.find(parts.header()).filter(e -> plausibleYear(e, docket));
        if (printed.isPresent()) {
            boolean checkable = date != null || docket != null;
            return !checkable || eclis.agrees(printed.get(), date, docket) || eclis.agrees(printed.get(), null, docket)
                    ? printed : eclis.findMatching(parts.text(), date, docket);
        }
        // In the running text only an ECLI that matches this decision is its own; others are citations.
        return date == null && docket == null ? Optional.empty() : eclis.findMatching(parts.text(), date, docket);
    }

    /** What a log line names: the page title, else court and docket as printed. */
    private static String where(RulingParts parts) {
        return !parts.pageTitle().isBlank() ? parts.pageTitle() : (parts.court() + " " + parts.docket()).strip();
    }

    /** An ECLI's year must not lie in the future nor before its docket's year. */
    private boolean plausibleYear(String ecli, Docket docket) {
        java.util.regex.Matcher m = ECLI_YEAR.matcher(ecli);
        if (!m.find()) {
            return true;
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate start = LocalDate.of(year, 1, 1);
        return dates.isPlausible(start) && (docket == null || docketYear(docket).map(y -> year >= y).orElse(true));
    }

    private static boolean beforeDocketYear(LocalDate date, Docket docket) {
        return docketYear(docket).map(y -> date.getYear() < y).orElse(false);
    }

    /** The filing year a docket ends with ("…/22", "1 C 22.14"), for the court families whose format we know. */
    private static Optional<Integer> docketYear(Docket docket) {
        if (docket.shape() == Docket.Shape.OTHER || docket.shape() == Docket.Shape.EUROPEAN) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = DOCKET_YEAR.matcher(docket.text());
        if (!m.find()) {
            return Optional.empty();
        }
        int yy = Integer.parseInt(m.group(1));
        if (m.group(1).length() == 4) {
            return Optional.of(yy);
        }
        return Optional.of(yy >= 50 ? 1900 + yy : 2000 + yy);
    }

    private List<String> citedDockets(String bodyText, Docket own) {
        return dockets.findAll(bodyText).stream()
                .filter(d -> own == null || !d.normalized().equals(own.normalized()))
                .map(Docket::text).toList();
    }

    /** "VG Gelsenkirchen, Beschluss vom 13.05.2024, 8 L 469/24", or the page title when parts are missing. */
    private static String title(String court, String decisionType, LocalDate date, String docket, String pageTitle) {
        if (court != null && docket != null) {
            String type = decisionType == null ? "Entscheidung" : decisionType;
            String first = JOINED.split(docket).length > 1 ? JOINED.split(docket)[0] + " u. a." : docket;
            return court + ", " + type + (date == null ? "" : " vom " + date.format(GERMAN_DATE)) + ", " + first;
        }
        String page = Texts.normalizeSpace(pageTitle);
        return !page.isEmpty() ? page
                : Stream.of(court, decisionType, docket).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
