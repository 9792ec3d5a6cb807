package de.tenor.index;

import de.tenor.corpus.Sha256;
import de.tenor.extract.DocType;
import de.tenor.extract.Docket;
import de.tenor.extract.DocketParser;
import de.tenor.extract.Document;
import de.tenor.extract.EcliParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 16: what identifies a decision whatever source it came from — its ECLI ("ecli:…"),
 * court, normalised docket and date together ("cdd:…"), or, for texts without a header, the
 * same wording ("text:…", letters and digits only, so line breaks and spacing of a PDF or an
 * HTML page do not matter). Two rulings sharing a key are one decision. News have no key. Pure.
 */
public final class DecisionKey {

    /** Shorter texts (a Tenor-only page, a stub) are too alike to identify a decision by wording. */
    private static final int MIN_TEXT_KEY_CHARS = 2000;
    private static final EcliParser ECLIS = new EcliParser();
    private static final DocketParser DOCKETS = new DocketParser();

    private DecisionKey() {
    }

    public static List<String> of(Document d) {
        List<String> keys = new ArrayList<>(2);
        if (d.type() != DocType.RULING) {
            return keys;
        }
        if (d.ruling().ecli() != null && !d.ruling().ecli().isBlank() && ecliIsOwn(d)) {
            keys.add("ecli:" + d.ruling().ecli().strip().toUpperCase(Locale.ROOT));
        }
        if (d.ruling().court() != null && d.ruling().docketNormalized() != null && d.ruling().date() != null) {
            keys.add("cdd:" + d.ruling().court() + "|" + d.ruling().docketNormalized() + "|" + d.ruling().date());
        }
        String letters = lettersAndDigits(d.text()).toLowerCase(Locale.ROOT);
        if (letters.length() >= MIN_TEXT_KEY_CHARS) {
            keys.add("text:" + Sha256.hex(letters.getBytes(StandardCharsets.UTF_8)));
        }
        return keys;
    }

    /** The text without anything but letters and digits (regex {@code [^\\p{L}\\p{N}]} removed), in one pass: this runs for every indexed document. */
    static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp) || isNumber(cp)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Portals print wrong ECLIs (a placeholder, another decision's, a typo in the date): merging on one
     * would swallow different decisions. The ECLI counts only when it agrees with the document's own
     * docket and date, or when there is neither to check it against.
     */
    private static boolean ecliIsOwn(Document d) {
        Docket docket = d.ruling().docketNormalized() == null ? null : DOCKETS.parse(d.ruling().docketNormalized()).orElse(null);
        return docket == null && d.ruling().date() == null || ECLIS.agrees(d.ruling().ecli(), d.ruling().date(), docket);
    }

    /** True when both are rulings of the same decision. */
    public static boolean same(Document a, Document b) {
        List<String> ka = of(a);
        return of(b).stream().anyMatch(ka::contains);
    }
}
