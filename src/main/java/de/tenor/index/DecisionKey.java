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
        String letters = d.text().replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() >= MIN_TEXT_KEY_CHARS) {
            keys.add("text:" + Sha256.hex(letters.getBytes(StandardCharsets.UTF_8)));
        }
        return keys;
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
