package de.tenor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that runs only near fixed strings of which each of its matches contains one (issue 21:
 * alternations scanned over whole rulings were the largest share of extraction time; finding a few
 * fixed strings costs a fraction of that). Every match that a scan of the whole text finds is found,
 * in the same order, as long as no match reaches further than its reach (default {@link #REACH} characters) from the
 * anchor it contains: the pattern runs over the merged windows around the anchors, seeing the text beyond
 * a window in its look-arounds. Immutable and thread-safe.
 */
final class AnchoredPattern {

    /** Longer than any match of the patterns in use (they bound their gaps, e.g. {@code [^.]{0,80}}). */
    static final int REACH = 300;

    private final Pattern pattern;
    private final List<String> anchors;
    private final int reach;

    AnchoredPattern(Pattern pattern, List<String> anchors) {
        this(pattern, anchors, REACH);
    }

    /** @param reach how far a match may reach from the anchor it contains, on either side */
    AnchoredPattern(Pattern pattern, List<String> anchors, int reach) {
        if (anchors.isEmpty() || anchors.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("anchors must be non-empty strings: " + anchors);
        }
        this.pattern = pattern;
        this.anchors = List.copyOf(anchors);
        this.reach = reach;
    }

    boolean foundIn(String text) {
        for (int[] w : windows(text)) {
            if (matcher(text, w).find()) {
                return true;
            }
        }
        return false;
    }

    /** Calls {@code action} with every match, left to right, as a scan of the whole text would find them. */
    void forEachMatch(String text, Consumer<MatchResult> action) {
        for (int[] w : windows(text)) {
            Matcher m = matcher(text, w);
            while (m.find()) {
                action.accept(m.toMatchResult());
            }
        }
    }

    private Matcher matcher(String text, int[] window) {
        return pattern.matcher(text).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The disjoint windows [start, end) around every anchor occurrence, in text order. */
    private List<int[]> windows(String text) {
        List<int[]> around = new ArrayList<>();
        for (String anchor : anchors) {
            for (int i = text.indexOf(anchor); i >= 0; i = text.indexOf(anchor, i + 1)) {
                around.add(new int[] {Math.max(0, i - reach), Math.min(text.length(), i + anchor.length() + reach)});
            }
        }
        around.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : around) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }
}
