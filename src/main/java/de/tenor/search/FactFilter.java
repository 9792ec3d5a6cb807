package de.tenor.search;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Issue 11: ranges on the employment facts a court assessed, hours per week and pay per month.
 * Bounds are inclusive; a null bound is open. A ruling whose hours are a range ("zwischen 6 und 8
 * Stunden") matches when that range overlaps the filter. Rulings without the fact never match a
 * filter on it. Immutable.
 *
 * <pre>{@code
 * FactFilter f = FactFilter.parse("8", "12", null, "450,50");   // 8–12 h/week, at most 450.50 €/month
 * }</pre>
 */
public record FactFilter(Double hoursMin, Double hoursMax, Double payMin, Double payMax) {

    public static final FactFilter NONE = new FactFilter(null, null, null, null);
    /** Digits with an optional decimal comma or point; no signs, exponents, "NaN" or "Infinity". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}(?:[.,]\\d{1,4})?");

    public FactFilter {
        check("hoursMin", hoursMin);
        check("hoursMax", hoursMax);
        check("payMin", payMin);
        check("payMax", payMax);
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            throw new InvalidQueryException("Wochenstunden: Das Minimum " + format(hoursMin) + " liegt über dem Maximum "
                    + format(hoursMax) + ". Bitte die Werte tauschen.");
        }
        if (payMin != null && payMax != null && payMin > payMax) {
            throw new InvalidQueryException("Monatslohn: Das Minimum " + format(payMin) + " € liegt über dem Maximum "
                    + format(payMax) + " €. Bitte die Werte tauschen.");
        }
    }

    /** The four URL parameters as typed; blank means no bound. Bad input is an {@link InvalidQueryException}. */
    public static FactFilter parse(String hoursMin, String hoursMax, String payMin, String payMax) {
        return new FactFilter(number("hoursMin", hoursMin), number("hoursMax", hoursMax), number("payMin", payMin),
                number("payMax", payMax));
    }

    public boolean isEmpty() {
        return !hasHours() && !hasPay();
    }

    public boolean hasHours() {
        return hoursMin != null || hoursMax != null;
    }

    public boolean hasPay() {
        return payMin != null || payMax != null;
    }

    public FactFilter withoutHours() {
        return new FactFilter(null, null, payMin, payMax);
    }

    public FactFilter withoutPay() {
        return new FactFilter(hoursMin, hoursMax, null, null);
    }

    /** A bound as it goes into a URL and a form field: "8", "7.5"; empty for none. */
    public static String format(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue())
                : String.format(Locale.ROOT, "%s", value).replaceAll("0+$", "");
    }

    private static Double number(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.startsWith("-") && NUMBER.matcher(s.substring(1)).matches()) {
            throw new InvalidQueryException("Parameter " + name + "=" + s + " ist negativ. Stunden und Beträge beginnen bei 0.");
        }
        if (!NUMBER.matcher(s).matches()) {
            throw new InvalidQueryException("Parameter " + name + "=" + shorten(s)
                    + " ist keine Zahl. Bitte eine Zahl wie 8 oder 7,5 angeben (ohne Einheit).");
        }
        return Double.valueOf(s.replace(',', '.'));
    }

    private static void check(String name, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new InvalidQueryException("Parameter " + name + " ist keine endliche Zahl.");
        }
        if (value != null && value < 0) {
            throw new InvalidQueryException("Parameter " + name + "=" + format(value)
                    + " ist negativ. Stunden und Beträge beginnen bei 0.");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
