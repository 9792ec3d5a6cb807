package de.tenor.extract;


/** Small text helpers shared by the readers and field parsers. Stateless. */
final class Texts {

    // Court pages use no-break and thin spaces inside dockets ("8 L 469/24") and "§ 5";
    // soft hyphens come from word processors. All of them must not break pattern matching.

    private Texts() {
    }

    /**
     * Collapses every kind of whitespace to one space, drops soft hyphens, trims. A loop, not a
     * regex: it runs over every text block of every page, and the regex was the hot spot on large pages.
     */
    static String normalizeSpace(String s) {
        if (s == null) {
            return "";
        }
        if (isNormalized(s)) {
            return s; // most lines and sentences are: a read-only scan instead of a copy
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@link #normalizeSpace} would return {@code s} unchanged: single plain spaces between words, no soft hyphen. */
    private static boolean isNormalized(String s) {
        boolean previousSpace = true; // a leading space is not normalized
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (previousSpace) {
                    return false;
                }
                previousSpace = true;
            } else if (c == '\u00AD' || isSpace(c)) {
                return false;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace || s.isEmpty();
    }

    /** ASCII whitespace, no-break, figure, thin, narrow and zero-width spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                || c == '\u2007' || c == '\u2009' || c == '\u202F' || c == '\u200B';
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
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\u00AD' && !isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** null for blank input, so "not found" stays null in the Document instead of "". */
    static String emptyToNull(String s) {
        return isBlank(s) ? null : normalizeSpace(s);
    }
}
