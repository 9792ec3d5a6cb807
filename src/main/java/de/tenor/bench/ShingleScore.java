package de.tenor.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-body metric of the Zyte/Scrapinghub extraction benchmark (see
 * {@code ../shared/evaldata/article-extraction/SOURCE.md}): texts become {@code \w+} tokens
 * (Unicode-aware, case kept), tokens become overlapping 4-token shingles, and one page's true
 * positives, false positives and false negatives are counted on the shingle multisets and scaled
 * to sum to 1. {@link #summarize} averages precision over pages with output and recall over pages
 * with a truth, and takes F1 of the two averages. Stateless and thread-safe.
 */
public final class ShingleScore {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's counts, scaled so that {@code tp + fp + fn == 1} (all zero when both texts are empty). */
    public record Page(double tp, double fp, double fn) {
        public boolean hasOutput() {
            return tp + fp > 0;
        }

        public boolean hasTruth() {
            return tp + fn > 0;
        }
    }

    /** Averaged precision and recall, and F1 of the two averages. */
    public record Summary(double precision, double recall, double f1, int pages) {
    }

    private ShingleScore() {
    }

    public static Page page(String truth, String prediction) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(prediction);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new Page(0, 0, 0) : new Page(tp / sum, fp / sum, fn / sum);
    }

    public static Summary summarize(List<Page> pages) {
        double precision = 0, recall = 0;
        int withOutput = 0, withTruth = 0;
        for (Page p : pages) {
            if (p.hasOutput()) {
                precision += p.tp() / (p.tp() + p.fp());
                withOutput++;
            }
            if (p.hasTruth()) {
                recall += p.tp() / (p.tp() + p.fn());
                withTruth++;
            }
        }
        double pr = withOutput == 0 ? 0 : precision / withOutput;
        double re = withTruth == 0 ? 0 : recall / withTruth;
        double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
        return new Summary(pr, re, f1, pages.size());
    }

    /** Token 4-grams with their counts; a text of fewer than four tokens is one shingle. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
