package de.tenor.extract;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which starts with one of a few fixed strings, its prefixes (issue 21: an
 * alternation tried at every position of a long text was the largest share of extraction time). The
 * pattern is tried only where a prefix occurs ({@link String#indexOf}), each time at that one position
 * ({@link Matcher#lookingAt}, with transparent bounds so that look-arounds and {@code \b} see the text
 * around it). That finds exactly the matches, in the same order, that {@code find()} over the whole
 * text finds: {@code find()} tries the positions left to right and takes the first at which the pattern
 * matches, and no match starts anywhere but at a prefix. Keep the prefixes in step with the pattern's
 * alternatives; the tests compare both ways on real and generated texts. Immutable and thread-safe.
 */
final class PrefixedPattern {

    private final Pattern pattern;
    private final List<String> prefixes;

    PrefixedPattern(Pattern pattern, List<String> prefixes) {
        if (prefixes.isEmpty() || prefixes.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("prefixes must be non-empty strings: " + prefixes);
        }
        this.pattern = pattern;
        this.prefixes = List.copyOf(prefixes);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether {@code pattern().matcher(text).find()} would find a match. */
    boolean foundIn(String text) {
        Matcher m = matcher(text);
        for (String prefix : prefixes) {
            for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
                if (m.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Calls {@code action} with every match, left to right, as repeated {@code find()} over the whole text finds them. */
    void forEachMatch(String text, Consumer<MatchResult> action) {
        Matcher m = matcher(text);
        int end = 0; // where the last match ended: find() goes on from there (no match is empty: each starts with a prefix)
        for (int start : starts(text)) {
            if (start >= end && m.region(start, text.length()).lookingAt()) {
                action.accept(m.toMatchResult());
                end = m.end();
            }
        }
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Every position at which a prefix occurs, ascending, each once. */
    private int[] starts(String text) {
        int[] at = new int[16];
        int n = 0;
        for (String prefix : prefixes) {
            for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                }
                at[n++] = i;
            }
        }
        int[] sorted = Arrays.copyOf(at, n);
        Arrays.sort(sorted);
        return Arrays.stream(sorted).distinct().toArray();
    }
}
