package de.tenor.web;

import de.tenor.extract.Outcome;
import de.tenor.search.Facet;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The UI's words in one language (issue 10), from {@code i18n/messages_de.properties} or
 * {@code messages_en.properties}; templates get it as their {@code t} parameter. Immutable and thread-safe.
 * <pre>{@code
 * UiText t = UiText.of(ctx);        // ?lang=en, else the "lang" cookie, else German
 * t.get("results.many", "42");      // "42 Treffer"
 * }</pre>
 */
public final class UiText {

    /** Languages with a bundle; the first is the default. */
    static final List<String> LANGUAGES = List.of("de", "en");
    static final String COOKIE = "lang";
    private static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    /** The default UI: German, as the rulings are. */
    public static final UiText GERMAN = forLanguage("de", "/?lang=en");

    private final String lang;
    private final ResourceBundle bundle;
    private final String switchUrl;

    private UiText(String lang, ResourceBundle bundle, String switchUrl) {
        this.lang = lang;
        this.bundle = bundle;
        this.switchUrl = switchUrl;
    }

    static UiText forLanguage(String lang, String switchUrl) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("no UI texts for language '" + lang + "', expected one of " + LANGUAGES);
        }
        // No fallback to the JVM's default locale: a missing English key is a bug the bundle test catches.
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new UiText(lang, bundle, switchUrl);
    }

    /**
     * The language for this request: {@code ?lang=de|en} (remembered in a cookie for a year), else the
     * cookie, else German. The browser's Accept-Language is not used: the documents are German and a
     * link shared between advisors should look the same for both unless someone asks for English.
     * Other values of {@code lang} are ignored, so an error page can always render.
     */
    static UiText of(Context ctx) {
        String asked = ctx.queryParam("lang");
        String lang;
        if (asked != null && LANGUAGES.contains(asked)) {
            lang = asked;
            Cookie cookie = new Cookie(COOKIE, lang, "/", COOKIE_MAX_AGE_SECONDS, false, true, null, SameSite.LAX);
            ctx.cookie(cookie);
        } else {
            String remembered = ctx.cookie(COOKIE);
            lang = remembered != null && LANGUAGES.contains(remembered) ? remembered : LANGUAGES.getFirst();
        }
        String other = lang.equals("de") ? "en" : "de";
        return forLanguage(lang, switchUrl(ctx.path(), ctx.queryString(), other));
    }

    /** This page in the other language: the same path and parameters, {@code lang} replaced. */
    static String switchUrl(String path, String queryString, String lang) {
        String kept = queryString == null ? "" : Arrays.stream(queryString.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals("lang") && !p.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return path + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + lang;
    }

    /** {@code de} or {@code en}, for {@code <html lang>}. */
    public String lang() {
        return lang;
    }

    /** The text for {@code key}; {@code {0}}, {@code {1}} … are replaced by {@code args} (no MessageFormat quoting rules). */
    public String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Link to this page in the other language. */
    public String switchUrl() {
        return switchUrl;
    }

    /** Facet name, e.g. "Stadt (Behörde)"; every facet has one (UiTextTest checks). */
    String dimension(Facet facet) {
        return get(facet.messageKey());
    }

    /**
     * A stored value as the UI shows it: outcome, type, procedure, worker status and topic are
     * translated; names (cities, courts, norms) have no key and stay as they are.
     */
    String value(Facet facet, String value) {
        String key = facet.valueKey(value);
        return has(key) ? get(key) : value;
    }

    /** An outcome as the UI says it ("gewonnen", "won"). */
    String outcome(Outcome outcome) {
        return value(Facet.OUTCOME, outcome.json());
    }

    /** 13.05.2024 in German, 13 May 2024 in English; empty for no date. */
    String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(get("format.date"), Locale.forLanguageTag(lang)).format(date);
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang)).format(n);
    }
}
