package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.search.Facet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 11: the employment facts in German UI wording, one place for hit lists, the document page
 * and the threshold view: "12 Std./Woche", "6–8 Std./Woche", "543 €/Monat", "12,41 €/Std.". Stateless.
 */
final class FactsText {

    private FactsText() {
    }

    /** "12", "5,5", "1.148" (German separators, no needless decimals). */
    static String number(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.GERMANY, "%,d", (long) v);
        }
        return String.format(Locale.GERMANY, "%,.2f", v).replaceAll("0$", "");
    }

    static String hours(Document d) {
        if (d.employment().weeklyHours() == null) {
            return null;
        }
        return (d.employment().weeklyHoursMax() == null ? number(d.employment().weeklyHours())
                : number(d.employment().weeklyHours()) + "–" + number(d.employment().weeklyHoursMax())) + " Std./Woche";
    }

    static String pay(Document d) {
        return d.employment().monthlyPayEur() == null ? null : number(d.employment().monthlyPayEur()) + " €/Monat";
    }

    static String wage(Document d) {
        return d.employment().hourlyWageEur() == null ? null : number(d.employment().hourlyWageEur()) + " €/Std.";
    }

    static String status(Document d) {
        return d.employment().workerStatus() == null ? null : UiText.GERMAN.dimension(Facet.WORKER_STATUS) + " " + UiText.GERMAN.value(Facet.WORKER_STATUS, d.employment().workerStatus().json());
    }

    /** "12 Std./Woche · 543 €/Monat · Arbeitnehmereigenschaft bejaht", or null when nothing is known. */
    static String summary(Document d) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {hours(d), pay(d), status(d)}) {
            if (p != null) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    /** A filter range: "8–12", "ab 8", "bis 12" with an optional unit. */
    static String range(Double min, Double max, String unit) {
        if (min != null && max != null) {
            return number(min) + "–" + number(max) + unit;
        }
        return min != null ? "ab " + number(min) + unit : "bis " + number(max) + unit;
    }
}
