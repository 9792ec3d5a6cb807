package de.tenor.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;

/**
 * Words of a typed question that need not occur in a document (issue 17): articles, prepositions,
 * pronouns (Lucene's German stop list) and question words ("wie viele", "Zahl der", "pro",
 * "welche", "gibt es"). They still rank: a ruling with "pro Monat" beats one without. Negations
 * ("nicht", "kein", "ohne", "gegen") carry meaning and stay required. Used only for queries of plain
 * words; with operators, phrases or fields every word is searched as typed.
 */
final class QueryStopwords {

    /** Words of Lucene's list that change what a legal question means. */
    private static final Set<String> MEANINGFUL = Set.of("nicht", "nichts", "kein", "keine", "keinem", "keinen",
            "keiner", "keines", "ohne", "gegen");
    private static final Set<String> QUESTION = Set.of("pro", "je", "zahl", "anzahl", "viele", "vielen", "wann",
            "warum", "weshalb", "wieso", "wer", "wem", "wen", "gibt", "gilt", "dass", "darf", "dürfen", "muss", "müssen",
            "welchen", "welches");
    private static final Set<String> WORDS = words();

    private QueryStopwords() {
    }

    private static Set<String> words() {
        Set<String> out = new HashSet<>(QUESTION);
        CharArraySet lucene = GermanAnalyzer.getDefaultStopSet();
        for (Object w : lucene) {
            out.add(new String((char[]) w));
        }
        out.removeAll(MEANINGFUL);
        return Set.copyOf(out);
    }

    static boolean isStopword(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code text} without its stop words, or unchanged if nothing else is left ("wie viele" alone
     * is searched as typed).
     */
    static String strip(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && !isStopword(w)) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.isEmpty() ? text : out.toString();
    }
}
