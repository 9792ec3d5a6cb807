package de.tenor.index;

import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits German compounds into their parts with jwordsplitter's dictionary:
 * "arbeitnehmereigenschaft" → arbeitnehmer, eigenschaft. For three or more parts the adjacent
 * pairs are added too ("daueraufenthaltsrecht" → … aufenthaltsrecht), so a query for the inner
 * compound finds the longer one. Thread-safe: the dictionary is read-only after loading.
 *
 * <p>The dictionary is CC BY-SA 4.0 (see README "Licences").
 */
public final class CompoundSplitter {

    /** Shorter words are rarely compounds, and splitting them produces noise such as "ab" + "satz". */
    static final int MIN_WORD_CHARS = 7;
    /** Parts shorter than this ("job" is kept) say too little to be worth a term. */
    static final int MIN_PART_CHARS = 3;
    /** jwordsplitter tries all split points; very long tokens (URLs, garbage) are not words. */
    private static final int MAX_WORD_CHARS = 60;

    /** Distinct words remembered per instance (about 10 MB); beyond that, words are split afresh. */
    private static final int MAX_CACHED_WORDS = 100_000;

    private final GermanWordSplitter splitter;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    private CompoundSplitter(GermanWordSplitter splitter) {
        this.splitter = splitter;
    }

    /** A splitter over the German dictionary, which is loaded once per JVM (~150 ms) and shared. */
    public static CompoundSplitter german() {
        return new CompoundSplitter(Holder.DICTIONARY);
    }

    /**
     * The parts of {@code word} (lower case), without the word itself; empty when it is no compound.
     */
    public List<String> parts(String word) {
        if (word.length() < MIN_WORD_CHARS || word.length() > MAX_WORD_CHARS || !isLetters(word)) {
            return List.of();
        }
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> parts = split(word);
        if (cache.size() < MAX_CACHED_WORDS) {
            cache.put(word, parts);
        }
        return parts;
    }

    private List<String> split(String word) {
        List<String> split = splitter.splitWord(word);
        if (split.size() < 2) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int len = split.size() - 1; len >= 1; len--) {
            for (int start = 0; start + len <= split.size(); start++) {
                String part = String.join("", split.subList(start, start + len)).toLowerCase(java.util.Locale.ROOT);
                if (part.length() >= MIN_PART_CHARS && !part.equals(word)) {
                    out.add(part);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final class Holder {
        static final GermanWordSplitter DICTIONARY = load();

        private static GermanWordSplitter load() {
            try {
                return new GermanWordSplitter(false);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load the jwordsplitter dictionary from its jar", e);
            }
        }
    }
}
