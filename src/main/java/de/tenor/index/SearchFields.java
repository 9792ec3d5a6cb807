package de.tenor.index;

import de.tenor.extract.CourtBranch;
import de.tenor.extract.DocketParser;
import de.tenor.extract.Document;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields that serve search features beyond the precise full text (issue 6): the recall field
 * with compound parts, identifier keywords (ECLI, cited dockets, EuGH numbers), norms for similar
 * rulings, and the spelling/autocomplete vocabularies. None is stored: hits are rebuilt from the
 * stored source JSON. Stateless.
 */
public final class SearchFields {

    /** Separates the lookup key from the display form in {@link IndexFields#SUGGEST} terms. */
    public static final char SUGGEST_SEPARATOR = '\u001f';
    /** Longer entries (garbled titles, hyphen chains) are no completion anyone types towards. */
    private static final int MAX_SUGGEST_CHARS = 160;
    private static final FieldType DOCS_ONLY = docsOnly();
    private static final DocketParser DOCKETS = new DocketParser();
    private static final Map<CourtBranch, String> LONG_NAMES = Map.of(
            CourtBranch.VG, "Verwaltungsgericht", CourtBranch.OVG, "Oberverwaltungsgericht",
            CourtBranch.SG, "Sozialgericht", CourtBranch.LSG, "Landessozialgericht",
            CourtBranch.BVerwG, "Bundesverwaltungsgericht", CourtBranch.BSG, "Bundessozialgericht",
            CourtBranch.EuGH, "Gerichtshof der Europäischen Union");

    private SearchFields() {
    }

    static void add(org.apache.lucene.document.Document doc, Document d) {
        String court = courtText(d);
        StringBuilder all = new StringBuilder(d.title()).append('\n');
        all.append(court).append('\n').append(d.text());
        for (String euCase : d.references().euCases()) {
            all.append('\n').append(euCase);
        }
        doc.add(new TextField(IndexFields.ALL_PARTS, all.toString(), Field.Store.NO));
        doc.add(new Field(IndexFields.SPELL, d.title() + "\n" + d.text(), DOCS_ONLY));
        if (!court.isEmpty()) {
            doc.add(new TextField(IndexFields.COURT_TEXT, court, Field.Store.NO));
        }
        Set<String> cities = new LinkedHashSet<>();
        if (d.ruling().city() != null && !d.ruling().city().equals("unknown")) {
            cities.add(d.ruling().city());
        }
        cities.addAll(d.news().cities());
        if (!cities.isEmpty()) {
            doc.add(new TextField(IndexFields.CITY_TEXT, String.join("\n", cities), Field.Store.NO));
        }
        if (d.ruling().ecli() != null) {
            doc.add(new StringField(IndexFields.ECLI, d.ruling().ecli().toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        for (String euCase : d.references().euCases()) {
            doc.add(new StringField(IndexFields.EU_CASE, euCaseNumber(euCase), Field.Store.NO));
        }
        // Issue 16: every docket of a joined decision finds it, not only the first.
        if (d.ruling().docket() != null) {
            for (String printed : d.ruling().docket().split("\\s*[,;]\\s*(?=\\d|[A-Z]{1,3}\\s)")) {
                DOCKETS.parse(printed).map(de.tenor.extract.Docket::normalized)
                        .filter(n -> !n.equals(d.ruling().docketNormalized()))
                        .ifPresent(n -> doc.add(new StringField(IndexFields.DOCKET_NORMALIZED, n, Field.Store.NO)));
            }
        }
        for (String cited : d.references().dockets()) {
            doc.add(new StringField(IndexFields.CITED_DOCKET, normalizeDocket(cited), Field.Store.NO));
        }
        for (String norm : d.references().norms()) {
            doc.add(new StringField(IndexFields.NORM, normalizeNorm(norm), Field.Store.NO));
        }
        for (String entry : suggestEntries(d)) {
            doc.add(new StringField(IndexFields.SUGGEST, entry, Field.Store.NO));
        }
    }

    /** "C-14/09 (Genc)" → "C-14/09": the number alone is what a query for the case matches. */
    public static String euCaseNumber(String euCase) {
        int paren = euCase.indexOf(" (");
        return (paren > 0 ? euCase.substring(0, paren) : euCase).strip().toUpperCase(Locale.ROOT);
    }

    /** The extractor's matching form, as in {@link IndexFields#DOCKET_NORMALIZED}: "8 K 1598/22" → "8K1598/22". */
    public static String normalizeDocket(String docket) {
        return DOCKETS.normalize(docket);
    }

    /** "§ 5 Abs. 4 FreizügG/EU" → "§ 5 abs. 4 freizügg/eu". */
    public static String normalizeNorm(String norm) {
        return norm.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String courtText(Document d) {
        if (d.ruling().court() == null) {
            return "";
        }
        String longName = d.ruling().courtBranch() == null ? null : LONG_NAMES.get(d.ruling().courtBranch());
        if (longName == null) {
            return d.ruling().court();
        }
        int space = d.ruling().court().indexOf(' ');
        String place = space > 0 ? d.ruling().court().substring(space + 1) : "";
        return d.ruling().court() + "\n" + (longName + " " + place).strip();
    }

    /**
     * Titles, courts, dockets and EuGH case names: a handful of entries per document. Single words
     * are completed from the {@code spell} field's terms instead (issue 9: one entry per distinct
     * word was ~400 extra terms per document and the largest indexing cost Tenor added).
     */
    static Set<String> suggestEntries(Document d) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String phrase : phrases(d)) {
            if (phrase != null && !phrase.isBlank() && phrase.length() <= MAX_SUGGEST_CHARS) {
                String display = phrase.strip().replaceAll("\\s+", " ");
                byKey.putIfAbsent(display.toLowerCase(Locale.ROOT), display);
            }
        }
        Set<String> entries = new LinkedHashSet<>();
        byKey.forEach((key, display) -> entries.add(key + SUGGEST_SEPARATOR + display));
        return entries;
    }

    private static List<String> phrases(Document d) {
        List<String> out = new java.util.ArrayList<>();
        out.add(d.title());
        out.add(d.ruling().court());
        out.add(d.ruling().docket());
        for (String euCase : d.references().euCases()) {
            int paren = euCase.indexOf(" (");
            if (paren > 0 && euCase.endsWith(")")) {
                out.add(euCase.substring(paren + 2, euCase.length() - 1));
            }
            out.add(euCase);
        }
        return out;
    }

    private static FieldType docsOnly() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
