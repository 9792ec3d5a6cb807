package de.tenor.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The job and its start in one sentence: "Seit dem 1. September 2014 ist er als Spülkraft …
 * geringfügig beschäftigt", "übt seit Oktober 2018 eine Beschäftigung als Zeitungszustellerin aus".
 *
 * <p>A job title is the noun after "als" in a sentence about working ("beschäftigt", "tätig",
 * "Tätigkeit als …"), accepted only when it looks like an occupation (Reinigungskraft, Küchenhilfe,
 * Zeitungszusteller, Lagerhelferin, …); "als Arbeitnehmer", "als Unionsbürgerin", "als
 * Arbeitsuchende" are legal roles, not jobs. A start date is a date after "seit"/"ab" in the clause
 * that says so; a month without a day ("seit Oktober 2018") means its first day. Stateless.
 */
final class JobParser {

    record Start(LocalDate date, int start) {
    }

    private static final Pattern JOB = Pattern.compile(
            "(?U)\\bals\\s+(?:[a-zäöüß][\\p{L}-]*\\s+){0,2}?([A-ZÄÖÜ][\\p{L}-]+(?:\\(in\\))?)"
                    + "(\\s+(?:in der|im|in einem|in einer|bei der|auf dem|auf der|auf)\\s+[A-ZÄÖÜ][\\p{L}-]+)?");
    private static final Pattern OCCUPATION = Pattern.compile("(?U)(?i).*(?:kraft|hilfe|helfer|helferin|zusteller|zustellerin"
            + "|arbeiter|arbeiterin|fahrer|fahrerin|pfleger|pflegerin|gehilfe|gehilfin|verkäufer|verkäuferin|koch|köchin"
            + "|kellner|kellnerin|reiniger|reinigerin|hausmeister|hausmeisterin|lagerist|lageristin|kommissionierer"
            + "|kommissioniererin|monteur|monteurin|maler|malerin|näher|näherin|friseur|friseurin|kassierer|kassiererin"
            + "|bote|botin|kurier|kurierin|austräger|austrägerin|betreuer|betreuerin|mitarbeiter|mitarbeiterin"
            + "|angestellte|angestellter|spüler|spülerin|sortierer|sortiererin|packer|packerin|schlachter|zerleger"
            + "|gärtner|gärtnerin|erzieher|erzieherin|assistent|assistentin|sachbearbeiter|sachbearbeiterin|tänzer"
            + "|tänzerin|au-pair|bäcker|bäckerin|metzger|fleischer|elektriker|installateur|tischler|schreiner|dachdecker"
            + "|fliesenleger|maurer|handwerker|techniker|kaufmann|kauffrau|mädchen|bedienung|dolmetscher|dolmetscherin"
            + "|lehrer|lehrerin|lieferant|auslieferer|wäscher|wäscherin|schneider|schneiderin|servierer|serviererin"
            + "|pflegehelfer|pflegehelferin|aushilfe)(?:\\(in\\))?");
    /** Heads that say little alone: "Helferin in der Gebäudereinigung" keeps its complement. */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "(?i)(?:Helfer|Helferin|Mitarbeiter|Mitarbeiterin|Aushilfe|Hilfskraft|Kraft|Angestellte|Angestellter|Arbeiter|Arbeiterin)(?:\\(in\\))?");
    private static final Pattern NOT_A_JOB = Pattern.compile(
            "(?i)(?:Arbeitnehmer\\w*|Arbeitsuchende\\w*|Unionsbürger\\w*|Selbst(?:st)?ändige\\w*|Familienangehörige\\w*"
                    + "|Aufstocker\\w*|Erwerbstätige\\w*|Minijobber\\w*|Beschäftigte\\w*|Leiharbeitnehmer\\w*|Gesamtschuldner\\w*"
                    + "|Zeug(?:e|in)\\w*|Prozessbevollmächtigte\\w*|Vertreter\\w*|Elternteil|Schüler\\w*|Student\\w*)");
    /**
     * Tried only where one of its words starts (issue 21: tried at every position, it was the costliest pattern
     * of the sentence parsers); keep the words in step with the pattern.
     */
    static final PrefixedPattern WORKING = new PrefixedPattern(Pattern.compile(
            "(?U)\\b(?:beschäftigt|tätig|angestellt|arbeitet\\w*|eingestellt|Tätigkeit|Beschäftigung|Arbeitsvertrag\\w*"
                    + "|Arbeitsverhältnis\\w*|Minijob|geringfügig|jobbt|übt|aufgenommen)\\b"), List.of("beschäftigt", "tätig",
            "angestellt", "arbeitet", "eingestellt", "Tätigkeit", "Beschäftigung", "Arbeitsvertrag", "Arbeitsverhältnis", "Minijob",
            "geringfügig", "jobbt", "übt", "aufgenommen"));
    private static final String MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";
    private static final Pattern START = Pattern.compile("(?U)\\b(?:[Ss]eit|[Aa]b|[Vv]om|[Vv]on)\\s+(?:dem\\s+|Anfang\\s+)?(?:"
            + "(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})|(\\d{1,2})\\.\\s?(" + MONTHS + ")\\s+(\\d{4})|(" + MONTHS + ")\\s+(\\d{4})"
            + "|(" + MONTHS + ")(?= bis (?:" + MONTHS + ") (\\d{4})))\\b");
    /** Clauses about arrival, residence, benefits, hearings or the end of the job are no job start. */
    private static final Pattern NOT_A_START = Pattern.compile(
            "(?U)(?i)\\b(?:einge?reist|Einreise|gemeldet|Wohnsitz|wohnt|aufhält|aufhalten|Aufenthalt\\w*|bezieht|bezog|Leistungen"
                    + "|Bürgergeld|Bescheid|Ordnungsverfügung|Anhörung\\w*|angehört|arbeitslos\\w*|arbeitsuchend\\w*|Kündigung|gekündigt"
                    + "|endet\\w*|beendet|Klage|Antrag|verheiratet|Schule|besuch\\w*)\\b");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(Map.entry("januar", 1), Map.entry("jänner", 1),
            Map.entry("februar", 2), Map.entry("märz", 3), Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6),
            Map.entry("juli", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("dezember", 12));

    private JobParser() {
    }

    /** Occupations named in a sentence about working, as printed ("Zeitungszustellerin"). */
    static List<String> jobs(String sentence) {
        List<String> out = new ArrayList<>();
        if (!WORKING.foundIn(sentence)) {
            return out;
        }
        Matcher m = JOB.matcher(sentence);
        while (m.find()) {
            String head = m.group(1);
            if (NOT_A_JOB.matcher(head).matches() || !OCCUPATION.matcher(head).matches()) {
                continue;
            }
            boolean generic = GENERIC_HEAD.matcher(head).matches();
            if (generic && m.group(2) == null) {
                continue; // "als Helferin" alone says nothing
            }
            out.add(generic ? head + m.group(2) : head);
        }
        return out;
    }

    /** Job start dates in clauses about working; never after {@code notAfter} when it is known. */
    static List<Start> starts(String sentence, LocalDate notAfter) {
        // Every START has a year in or right after it; most sentences have no digit at all (issue 21).
        if (sentence.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return List.of();
        }
        List<Start> out = new ArrayList<>();
        Matcher m = START.matcher(sentence);
        while (m.find()) {
            String clause = clause(sentence, m.start(), m.end());
            // Arrival or benefits before the date, or right after it, belong to another statement.
            int from = Math.max(sentence.indexOf(clause), m.start() - 60);
            String near = sentence.substring(from, Math.min(sentence.indexOf(clause) + clause.length(), m.end() + 40));
            if (!WORKING.foundIn(clause) || NOT_A_START.matcher(near).find()) {
                continue;
            }
            if (m.group().matches("(?s)^[Vv]o[nm]\\b.*") && !sentence.startsWith(" bis ", m.end()) || m.group(9) != null
                    && !m.group().matches("(?s)^[Vv]on\\b.*")) {
                continue; // "vom 1. März" is a start only in "vom 1. März bis …"
            }
            Optional<LocalDate> date = date(m);
            if (date.isPresent() && date.get().getYear() >= 1950 && (notAfter == null || !date.get().isAfter(notAfter))) {
                out.add(new Start(date.get(), m.start()));
            }
        }
        return out;
    }

    /** The text between the commas or semicolons around a match. */
    private static String clause(String s, int start, int end) {
        int from = Math.max(s.lastIndexOf(", ", start), s.lastIndexOf("; ", start));
        int to = indexOfAny(s, end, ", ", "; ");
        return s.substring(from < 0 ? 0 : from, to);
    }

    private static int indexOfAny(String s, int from, String... needles) {
        int best = s.length();
        for (String n : needles) {
            int i = s.indexOf(n, from);
            if (i >= 0 && i < best) {
                best = i;
            }
        }
        return best;
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            if (m.group(1) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            if (m.group(4) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4))));
            }
            if (m.group(7) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(8)), month(m.group(7)), 1));
            }
            // "von März bis Juni 2023": the year after "bis" is the start's year too
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(10)), month(m.group(9)), 1));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // "31.02.2020" is no date
        }
    }

    private static int month(String name) {
        return MONTH_NUMBERS.getOrDefault(name.toLowerCase(Locale.GERMAN), 0);
    }
}
