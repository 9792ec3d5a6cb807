package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds working hours in one sentence and turns them into hours per week: "zwölf Stunden
 * wöchentlich", "5,5 Wochenstunden", "10 Std./Woche", "8 Stunden pro Woche", "eine wöchentliche
 * Arbeitszeit von 15 Stunden", ranges ("zwischen 6 und 8 Stunden") with both ends, and monthly
 * hours ("40 Stunden im Monat") divided by 52/12 weeks. Skipped, because they are no precise fact:
 * bounds ("bis zu 14 Wochenstunden", "mehr als 10 Stunden"), hours per day, and hours without a
 * stated period ("ein Minijob mit 10 Stunden"). Stateless.
 */
final class HoursParser {

    /**
     * One mention; {@code low == high} unless the text gives a range.
     *
     * @param perMonth the text gave hours per month, converted here; a stated weekly figure is preferred
     */
    record Hours(double low, double high, boolean summed, boolean perMonth, int start) {
    }

    static final double WEEKS_PER_MONTH = 52.0 / 12;
    static final double MAX_WEEKLY_HOURS = 60;

    private static final String NUM = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?|[A-Za-zäöüß]+(?![A-Za-zäöüß]))";
    private static final Pattern HOURS = Pattern.compile("(?U)(?<![\\d.,/§\\p{L}])" + NUM
            + "(?:(?:\\s*[-–]\\s*|\\s+(?:bis|und)\\s+)" + NUM + ")?\\s*"
            + "(Wochenarbeitsstunden|Wochenstunden|Monatsarbeitsstunden|Monatsstunden|Arbeitsstunden|Zeitstunden|Stunden|Stunde|Std\\.?(?=[\\s/,;)]|$))");
    private static final Pattern WEEK_AFTER = Pattern.compile(
            "(?U)^\\s*(?:/\\s*(?:Woche|Wo\\.)|(?:pro|je|in der|die|a|per|in jeder|jede)\\s+(?:Kalender)?[Ww]oche|wöchentlich|in der Woche)");
    private static final Pattern MONTH_AFTER = Pattern.compile(
            "(?U)^\\s*(?:/\\s*Monat|(?:pro|je|im|den|per|in jedem|jeden)\\s+(?:Kalender)?[Mm]onat|monatlich|mtl\\.)");
    private static final Pattern OTHER_AFTER = Pattern.compile(
            "(?U)^\\s*(?:/\\s*(?:Tag|Jahr)|(?:pro|je|am|im|den|per)\\s+(?:Arbeits)?(?:Tag|Jahr|Einsatz|Schicht)|täglich|jährlich|arbeitstäglich)");
    private static final Pattern WEEK_BEFORE = Pattern.compile(
            "(?U)(?:Wochenarbeitszeit|wöchentliche[nr]?\\s+(?:regelmäßige\\s+)?Arbeitszeit|Arbeitszeit\\s+pro\\s+Woche|wöchentlich)"
                    + "(?:\\s+[\\p{L}.]+){0,4}\\s*:?\\s*$");
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?U)(?:Monatsarbeitszeit|monatliche[nr]?\\s+(?:regelmäßige\\s+)?Arbeitszeit|Arbeitszeit\\s+pro\\s+Monat|monatlich)"
                    + "(?:\\s+[\\p{L}.]+){0,4}\\s*:?\\s*$");
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?U)(?i)(?:bis zu|bis|höchstens|maximal|max\\.|mindestens|wenigstens|mehr als|über|unter|weniger als"
                    + "|nicht mehr als|nicht weniger als|oberhalb von|unterhalb von|jeweils)\\s*$");
    private static final Pattern BOUND_AFTER = Pattern.compile(
            "(?U)(?i)^\\s*(?:oder mehr|und mehr|oder weniger|und weniger|nicht (?:übersteig|überschreit|erreich)|übersteig|überschreit|unterschreit)");
    private static final Pattern SUM_BEFORE = Pattern.compile("(?U)(?i)\\b(?:insgesamt|zusammen|zusammengerechnet|in der Summe|gesamt)\\b[^\\d]{0,30}$");

    private HoursParser() {
    }

    static List<Hours> find(String sentence) {
        List<Hours> out = new ArrayList<>();
        // Every unit HOURS knows contains "tunde" or "Std"; most sentences have neither, and the number
        // alternatives make HOURS try a match at every letter (issue 21: 6 % of extraction time).
        if (!sentence.contains("tunde") && !sentence.contains("Std")) {
            return out;
        }
        Matcher m = HOURS.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            Optional<Double> a = GermanNumbers.parse(m.group(1));
            Optional<Double> b = m.group(2) == null ? a : GermanNumbers.parse(m.group(2));
            if (a.isEmpty() || b.isEmpty()) {
                // A word that is no number ("mehreren bis 8 Stunden") must not hide a number after it.
                from = m.start(2) >= 0 && a.isEmpty() ? m.start(2) : m.end();
                continue;
            }
            from = m.end();
            String before = sentence.substring(Math.max(0, m.start() - 60), m.start());
            String joint = sentence.substring(m.end(1), m.start(3));
            if (joint.contains("und") && !before.matches("(?s).*\\bzwischen\\s*$")) {
                continue; // "5 und 6 Stunden" without "zwischen" is a list, not a range
            }
            String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 40));
            if (BOUND_BEFORE.matcher(before).find() || BOUND_AFTER.matcher(after).find()) {
                continue;
            }
            Period period = period(m.group(3), before, after);
            if (period == Period.NONE) {
                continue;
            }
            double factor = period == Period.MONTH ? 1 / WEEKS_PER_MONTH : 1;
            double low = round(Math.min(a.get(), b.get()) * factor);
            double high = round(Math.max(a.get(), b.get()) * factor);
            if (low <= 0 || high > MAX_WEEKLY_HOURS) {
                continue;
            }
            out.add(new Hours(low, high, SUM_BEFORE.matcher(before).find(), period == Period.MONTH, m.start()));
        }
        return out;
    }

    private enum Period { WEEK, MONTH, NONE }

    private static Period period(String unit, String before, String after) {
        if (unit.startsWith("Woche")) {
            return Period.WEEK;
        }
        if (unit.startsWith("Monat")) {
            return Period.MONTH;
        }
        if (WEEK_AFTER.matcher(after).find()) {
            return Period.WEEK;
        }
        if (MONTH_AFTER.matcher(after).find()) {
            return Period.MONTH;
        }
        if (OTHER_AFTER.matcher(after).find()) {
            return Period.NONE;
        }
        // Only the words right before the number: "wöchentliche Arbeitszeit beträgt 15 Stunden".
        String near = before.replaceAll("(?s).*\\d", "");
        if (WEEK_BEFORE.matcher(near).find()) {
            return Period.WEEK;
        }
        if (MONTH_BEFORE.matcher(near).find()) {
            return Period.MONTH;
        }
        return Period.NONE;
    }

    /** One decimal: monthly hours divided by 4.33 weeks have no meaningful second decimal. */
    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
