package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the party's pay in one sentence: monthly pay ("monatlich rund 665 Euro", "450,00 € brutto",
 * "ein monatliches Entgelt von 351 Euro", "Monatsverdienst von rd. 106 Euro") and hourly wages
 * ("Stundenlohn von 12,41 Euro", "12 Euro pro Stunde").
 *
 * <p>What decides is the nearest word before an amount: "Entgelt", "Lohn", "verdient" make it pay;
 * "Regelbedarf", "Miete", "Streitwert", "Mindestlohn", "Freibetrag", "Leistungen", "Grenze" make it
 * something else, even in a sentence that also names the pay ("das Einkommen von 304 Euro deckt
 * den Regelbedarf (563 Euro) nicht"). Bounds ("bis zu 450 Euro"), the Minijob label ("450-Euro-Job"),
 * yearly, weekly and daily sums are skipped. Stateless.
 */
final class PayParser {

    enum Kind { MONTHLY, HOURLY }

    /**
     * @param explicit the text states the period ("monatlich", "Monatslohn", "pro Stunde"); without
     *                 it a job's pay counts as monthly, the custom in this field, but weighs less
     */
    record Pay(Kind kind, double euros, boolean explicit, boolean summed, int start) {
    }

    static final double MAX_MONTHLY = 10_000;
    static final double MAX_HOURLY = 100;

    private static final String MONEY = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:,\\d{1,2})?)(?:,-+)?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?U)(?<![\\d.,\\p{L}])(?:" + MONEY + "\\s?(?:€|Euro|EUR)(?![-\\p{L}])|(?:€|EUR)\\s?" + MONEY + "(?![\\d-]))");
    private static final Pattern PAY_WORD = Pattern.compile(
            "(?U)\\b(?:\\w*[Ee]ntgelt\\w*|Lohn|Lohnes|Löhne|Monatslohn\\w*|Bruttolohn\\w*|Nettolohn\\w*|Arbeitslohn\\w*|Gehalt\\w*"
                    + "|\\w*[Vv]ergütung\\w*|\\w*[Vv]erdienst\\w*|verdien\\w*|\\w*[Ee]inkommen\\w*|Einkünfte\\w*|erziel\\w*"
                    + "|erhält|erhielt|erhalten|ausgezahlt|gezahlt|brutto|netto|Bruttobetrag|Nettobetrag)\\b");
    private static final Pattern HOURLY_WORD = Pattern.compile(
            "(?U)(?i)\\b(?:Stundenlohn\\w*|Stundenl[öo]hne|Stundenentgelt\\w*|Stundenvergütung\\w*|Stundensatz\\w*|stündlich\\w*"
                    + "|pro Stunde|je Stunde)\\b");
    private static final Pattern TRAP_WORD = Pattern.compile(
            "(?U)(?i)\\b(?:Regelbedarf\\w*|Regelsatz\\w*|Regelsätze\\w*|Regelleistung\\w*|\\w*Unterkunft|Heizung\\w*|\\w*[Mm]iete\\w*"
                    + "|Streitwert\\w*|Gegenstandswert\\w*|Auffangwert\\w*|Wert des|Beschwerdegegenstand\\w*|Mindestlohn\\w*"
                    + "|\\w*[Ff]reibetrag\\w*|Kindergeld\\w*|Elterngeld\\w*|Wohngeld\\w*|Unterhalt\\w*|Rente\\w*|Bürgergeld\\w*"
                    + "|Arbeitslosengeld\\w*|Sozialgeld\\w*|Sozialhilfe\\w*|\\w*leistung\\w*|Leistung\\w*|\\w*[Bb]edarf\\w*"
                    + "|Existenzminimum\\w*|\\w*[Gg]renze\\w*|Kosten\\w*|\\w*[Gg]ebühr\\w*|Kaution\\w*|Zinsen|Darlehen\\w*"
                    + "|Nachzahlung\\w*|Erstattung\\w*|Rückforderung\\w*|Überzahlung\\w*|Bußgeld\\w*|Geldstrafe\\w*"
                    + "|Zwangsgeld\\w*|Ordnungsgeld\\w*|Prozent|Zuschuss\\w*|Beihilfe\\w*|Pauschale\\w*|Beitr(?:ag|äge)\\w*"
                    + "|Steuer\\w*|Vermögen\\w*|Guthaben\\w*|Schulden|Forderung\\w*|Sanktion\\w*|Minderung\\w*|Abzug\\w*)\\b");
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?U)(?i)(?:bis zu|höchstens|maximal|max\\.|mindestens|wenigstens|mehr als|über|unter|weniger als|oberhalb von"
                    + "|unterhalb von|bis)\\s*$");
    private static final Pattern HOURLY_AFTER = Pattern.compile(
            "(?U)^\\s*(?:brutto\\s+|netto\\s+)?(?:(?:pro|je|die|in der)\\s+(?:Arbeits|Zeit)?[Ss]tunde|/\\s*(?:Stunde|Std|h\\b)|stündlich)");
    private static final Pattern TRAP_AFTER = Pattern.compile(
            "(?U)(?i)^\\s*\\(?(?:Regelbedarf|Regelsatz|Miete|Kaltmiete|Warmmiete|Bruttowarmmiete|Unterkunft|Kosten|Streitwert|Kindergeld|Leistungen)");
    private static final Pattern MONTHLY = Pattern.compile(
            "(?U)(?i)(?:monatlich\\w*|\\bmtl\\.|im Monat|pro Monat|je Monat|/\\s*Monat|\\bMonats\\w+|Kalendermonat)");
    private static final Pattern MONTHLY_AFTER = Pattern.compile(
            "(?U)^\\s*(?:brutto\\s+|netto\\s+)?(?:monatlich|mtl\\.|im Monat|pro Monat|je Monat|/\\s*Monat)");
    private static final Pattern GROSS_AFTER = Pattern.compile("(?U)^\\s*(?:brutto|netto)\\b");
    private static final Pattern OTHER_PERIOD = Pattern.compile(
            "(?U)(?i)(?:jährlich\\w*|im Jahr|pro Jahr|\\bJahres\\w+|wöchentlich\\w*|pro Woche|in der Woche|die Woche|täglich\\w*"
                    + "|pro Tag|am Tag|je Tag|einmalig\\w*|für die Monate|für den Zeitraum|insgesamt)");
    private static final Pattern SUMMED = Pattern.compile("(?U)(?i)\\b(?:insgesamt|zusammen|zusammengerechnet|in der Summe)\\b");

    private PayParser() {
    }

    static List<Pay> find(String sentence) {
        // Every AMOUNT names the currency; most sentences do not (issue 21: this runs on every sentence).
        if (sentence.indexOf('€') < 0 && !sentence.contains("Euro") && !sentence.contains("EUR")) {
            return List.of();
        }
        List<Pay> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(sentence);
        int previousEnd = 0;
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<Double> value = GermanNumbers.parseDigits(number);
            String left = sentence.substring(Math.max(previousEnd, m.start() - 90), m.start());
            String right = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 40));
            int nextAmount = right.indexOf("Euro") >= 0 ? right.indexOf("Euro") : right.length();
            right = right.substring(0, Math.min(right.length(), Math.max(0, nextAmount)));
            previousEnd = m.end();
            if (value.isEmpty() || BOUND_BEFORE.matcher(left).find() || TRAP_AFTER.matcher(right).find()) {
                continue;
            }
            classify(value.get(), left, right, m.start()).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Pay> classify(double euros, String left, String right, int start) {
        if (HOURLY_AFTER.matcher(right).find()) {
            return hourly(euros, start);
        }
        int pay = lastEnd(PAY_WORD, left);
        int hourly = lastEnd(HOURLY_WORD, left);
        int trap = lastEnd(TRAP_WORD, left);
        if (trap >= pay && trap >= hourly && trap >= 0) {
            return Optional.empty();
        }
        if (hourly >= pay && hourly >= 0) {
            return hourly(euros, start);
        }
        String rightNear = right.substring(0, Math.min(right.length(), 22));
        // The period belongs to the pay word ("ein monatliches Entgelt von …") or the amount ("… Euro
        // monatlich"), not to the hours before it ("9 Stunden wöchentlich bei einem Entgelt von …").
        String leftNear = pay >= 0 ? left.substring(Math.max(0, lastStart(PAY_WORD, left) - 14))
                : left.substring(Math.max(0, left.length() - 25));
        boolean monthlyAfter = MONTHLY_AFTER.matcher(rightNear).find();
        boolean monthly = monthlyAfter || MONTHLY.matcher(leftNear).find();
        boolean other = OTHER_PERIOD.matcher(rightNear).find() || OTHER_PERIOD.matcher(leftNear).find();
        boolean paid = pay >= 0 || monthlyAfter || GROSS_AFTER.matcher(rightNear).find()
                || MONTHLY.matcher(left.substring(Math.max(0, left.length() - 15))).find();
        if (!paid) {
            return Optional.empty(); // a bare amount: pay only next to a pay word or "monatlich"
        }
        if (other && !monthly || euros < 1 || euros > MAX_MONTHLY) {
            return Optional.empty();
        }
        return Optional.of(new Pay(Kind.MONTHLY, euros, monthly, monthly && SUMMED.matcher(leftNear).find(), start));
    }

    private static Optional<Pay> hourly(double euros, int start) {
        return euros < 1 || euros > MAX_HOURLY ? Optional.empty() : Optional.of(new Pay(Kind.HOURLY, euros, true, false, start));
    }

    private static int lastEnd(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static int lastStart(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int start = s.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }
}
