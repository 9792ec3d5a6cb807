package de.tenor.extract;

import java.util.regex.Pattern;

/** Small text helpers shared by the readers and field parsers. Stateless. */
final class Texts {

    // Court pages use no-break and thin spaces inside dockets ("8 L 469/24") and "§ 5";
    // soft hyphens come from word processors. All of them must not break pattern matching.
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F\\u200B]+");
    private static final Pattern SOFT_HYPHEN = Pattern.compile("\\u00AD");

    private Texts() {
    }

    /** Collapses every kind of whitespace to one space, drops soft hyphens, trims. */
    static String normalizeSpace(String s) {
        if (s == null) {
            return "";
        }
        return SPACES.matcher(SOFT_HYPHEN.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    /** Like {@link #normalizeSpace} but keeps line breaks, so line-based readers still see lines. */
    static String normalizeLines(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\\R", -1)) {
            out.append(normalizeSpace(line)).append('\n');
        }
        return out.toString();
    }

    static boolean isBlank(String s) {
        return s == null || normalizeSpace(s).isEmpty();
    }

    /** null for blank input, so "not found" stays null in the Document instead of "". */
    static String emptyToNull(String s) {
        return isBlank(s) ? null : normalizeSpace(s);
    }
}
