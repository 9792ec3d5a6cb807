package de.tenor.index;

import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the spellings that the 1996 reform (and its 2006 revision) left side by side, so that
 * either finds both (issue 17): triple consonants ("schifffahrt" = "schiffahrt"),
 * "selbstständig" = "selbständig", "aufwändig" = "aufwendig", "substanziiert" = "substantiiert",
 * "potenziell" = "potentiell", "platzieren" = "plazieren", "nummerieren" = "numerieren". Old ß
 * after short vowels ("daß") is already "ss" after {@code GermanNormalizationFilter}, which must
 * run before this filter (it also folds "ä" to "a", hence "aufwandig" below). The folded form is
 * a search key, never shown.
 */
final class SpellingVariantFilter extends TokenFilter {

    /** Replacements of a part of the word: old or new spelling → one key. */
    private record Rule(String from, String to) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("selbstst", "selbst"),
            new Rule("aufwandig", "aufwendig"),
            new Rule("substanzi", "substanti"),
            new Rule("nziell", "ntiell"),
            new Rule("nzial", "ntial"),
            new Rule("platzier", "plazier"),
            new Rule("nummerier", "numerier"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term.toString());
        if (!folded.contentEquals(term)) {
            term.setEmpty().append(folded);
        }
        return true;
    }

    /** The key of a lower-case, umlaut-folded word. */
    static String fold(String word) {
        String s = collapseTriples(word);
        for (Rule r : RULES) {
            int i = s.indexOf(r.from());
            if (i >= 0) {
                s = s.substring(0, i) + r.to() + s.substring(i + r.from().length());
            }
        }
        return s;
    }

    /** "schifffahrt" → "schiffahrt": three equal letters in a row are two (old spelling at a word joint). */
    private static String collapseTriples(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean third = i >= 2 && Character.isLetter(c) && s.charAt(i - 1) == c && s.charAt(i - 2) == c;
            if (third && out == null) {
                out = new StringBuilder(s.substring(0, i));
            } else if (!third && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
