package de.tenor.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries of German legal text, for the snippets' passages. The JDK's sentence iterator
 * ends a sentence at every period before a capital letter, which in a ruling cuts "Vgl. | BVerwG",
 * "Urteil vom 12. | März 2019", "z. | B." and "Dr. | Müller", so a snippet began with "März 2019 – 1 C
 * 2.19 –". Here a period ends a sentence unless it closes an abbreviation, a single letter, or an
 * ordinal before a month or a court's body ("3. Senat"); a blank line (paragraph) always ends one,
 * a line break before a capital letter too (rubrum and heading lines: the extractor already joins
 * wrapped PDF lines). As the JDK's, no sentence starts with a lower-case letter or a digit.
 *
 * <p>A boundary is decided from a few characters around it, so {@link #following} and {@link #preceding}
 * look only at the text between the offset and the boundary they find: the JDK's rule-based iterator
 * was a sixth of a rare-word search's CPU (issue 21). Not thread-safe, like every {@link BreakIterator}.
 */
final class GermanSentenceIterator extends BreakIterator {

    /** Lower-case forms of abbreviations that end in a period without ending the sentence; single letters are always. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "abs", "abschn", "allg", "anm", "art", "aufl", "az", "bd", "beschl", "bl", "bsp", "bspw", "bzgl", "bzw",
            "ca", "dr", "ebd", "einschl", "entspr", "erg", "etc", "evtl", "ff", "gem", "ggf", "grds", "hrsg", "hs",
            "inkl", "insb", "insbes", "jur", "kap", "lit", "lt", "mwn", "nachw", "nr", "nrn", "prof", "rdn", "rdnr",
            "rn", "rnr", "rz", "sog", "st", "str", "tz", "urt", "usw", "vgl", "vs", "ziff", "zit", "zzgl",
            "jan", "feb", "febr", "sept", "okt", "nov", "dez");

    /** Words after which a number with a period is an ordinal ("am 3. Mai", "der 1. Senat"), not a sentence end. */
    private static final Set<String> AFTER_ORDINALS = Set.of(
            "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
            "dezember", "jan", "feb", "febr", "sept", "okt", "nov", "dez",
            "senat", "senats", "kammer", "strafsenat", "zivilsenat", "revisionssenat", "instanz", "rechtszug",
            "halbsatz", "alternative", "spiegelstrich", "änderungsgesetz");

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = nextBoundaryAfter(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = previousBoundaryBefore(current);
        return current;
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset == text.length()) {
            return DONE;
        }
        current = nextBoundaryAfter(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset == 0) {
            return DONE;
        }
        current = previousBoundaryBefore(offset);
        return current;
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        current = offset;
        return offset == 0 || offset == text.length() || startsSentence(offset);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current);
    }

    /** The highlighter hands over the text as a string; no copy. */
    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0–" + text.length() + ")");
        }
    }

    private int nextBoundaryAfter(int offset) {
        for (int p = offset + 1; p < text.length(); p++) {
            if (startsSentence(p)) {
                return p;
            }
        }
        return text.length();
    }

    private int previousBoundaryBefore(int offset) {
        for (int p = offset - 1; p > 0; p--) {
            if (startsSentence(p)) {
                return p;
            }
        }
        return 0;
    }

    /** Whether a sentence starts at {@code p} (0 < p < length): the first character after the whitespace that ends one. */
    private boolean startsSentence(int p) {
        char c = text.charAt(p);
        if (Character.isWhitespace(c) || !Character.isWhitespace(text.charAt(p - 1))) {
            return false;
        }
        int newlines = 0;
        int end = p - 1; // the last character before the whitespace
        for (; end >= 0 && Character.isWhitespace(text.charAt(end)); end--) {
            if (text.charAt(end) == '\n') {
                newlines++;
            }
        }
        if (end < 0) {
            return false;
        }
        if (newlines >= 2) {
            return true;
        }
        if (!opensSentence(c)) {
            return false;
        }
        if (newlines == 1) {
            return true;
        }
        int mark = end;
        while (mark >= 0 && isClosing(text.charAt(mark))) {
            mark--;
        }
        if (mark < 0) {
            return false;
        }
        char terminator = text.charAt(mark);
        if (terminator == '!' || terminator == '?' || terminator == '…') {
            return true;
        }
        return terminator == '.' && !periodInsideSentence(mark, p);
    }

    /** Whether the period at {@code dot} closes an abbreviation or an ordinal rather than the sentence before {@code next}. */
    private boolean periodInsideSentence(int dot, int next) {
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int length = dot - wordStart;
        if (length == 0) {
            return false; // "..." or ")." end sentences
        }
        String word = text.substring(wordStart, dot);
        if (Character.isDigit(word.charAt(0))) {
            return word.chars().allMatch(Character::isDigit) && AFTER_ORDINALS.contains(wordAt(next));
        }
        return length == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private String wordAt(int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || "§„\"“»«'‚(".indexOf(c) >= 0;
    }

    private static boolean isClosing(char c) {
        return "\"“”»«'’)]".indexOf(c) >= 0;
    }
}
