package de.tenor.index;

import java.util.List;

/**
 * Names of the Lucene fields and facet dimensions: the index schema in one place.
 * Search imports these so a field is never spelled twice.
 */
public final class IndexFields {

    private IndexFields() {
    }

    /**
     * Raise whenever fields, facets or analysis change; the corpus fingerprint includes it, so an
     * index built by an older release is rebuilt on the next "tenor serve" or "tenor index".
     */
    public static final int SCHEMA_VERSION = 6; // 6: issue 16 (added-at sort, joined dockets, headnotes, sources)

    public static final String ID = "id";
    /**
     * The Document as JSON without its text (stored once, in {@link #TEXT}); hits and document pages
     * are rebuilt from both, so the schema can grow without re-mapping stored fields.
     */
    public static final String SOURCE = "source";

    // Full-text fields, German-analysed. Text stores offsets so the UnifiedHighlighter needs no re-analysis.
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String TENOR = "tenor";

    /** Docket without spaces, upper case: "8 L 469/24" and "8L469/24" both meet here. A keyword, because analysis would split it. */
    public static final String DOCKET_NORMALIZED = "docketNormalized";
    /**
     * Recall field (issue 6): title, court, full text and cited EuGH cases, with German compounds
     * split into parts, feminine forms folded and Snowball stems. Weighted below the precise fields.
     */
    public static final String ALL_PARTS = "allParts";
    /** Lower-cased, unstemmed words of title and text: spelling suggestions, prefix* queries, autocomplete counts. */
    public static final String SPELL = "spell";
    /** Court name and its long form ("VG Gelsenkirchen Verwaltungsgericht Gelsenkirchen"), for "gericht:". */
    public static final String COURT_TEXT = "courtText";
    /** City of the authority and cities a news item names, for "stadt:". */
    public static final String CITY_TEXT = "cityText";
    /** ECLI as printed, upper case. A keyword: the identifier must match whole. */
    public static final String ECLI = "ecli";
    /** Numbers of cited EuGH cases ("C-14/09", "53/81"), keywords. */
    public static final String EU_CASE = "euCase";
    /** Normalised dockets this decision cites (same form as {@link #DOCKET_NORMALIZED}). */
    public static final String CITED_DOCKET = "citedDocket";
    /** Cited norms, lower case, one keyword each: similar rulings cite the same provisions. */
    public static final String NORM = "norm";
    /** Autocomplete entries "key\u001fDisplay" (titles, courts, dockets, EuGH cases); words come from {@link #SPELL}. See search.Suggestions. */
    public static final String SUGGEST = "suggest";

    /** Decision date (or publication date for news) as epoch day: point field for from/to ranges. */
    public static final String DATE_DAY = "dateDay";
    /** Same value as doc values, for "newest first" sorting. */
    public static final String SORT_DATE = "sortDate";
    /** Issue 16: when the document entered the corpus (epoch millis), for the feed's "newest in the corpus first". */
    public static final String SORT_ADDED = "sortAdded";

    // Facet dimensions (SortedSetDocValues), exactly the names of the URL parameters.
    public static final String CITY = "city";
    public static final String OUTCOME = "outcome";
    public static final String COURT = "court";
    public static final String TYPE = "type";
    public static final String YEAR = "year";
    public static final String COURT_BRANCH = "courtBranch";
    public static final String DECISION_TYPE = "decisionType";
    /** Issue 7: "urgent" or "main" from the docket; "unknown" for a ruling whose docket does not tell. */
    public static final String PROCEDURE = "procedure";
    // Issue 7: NORM and EU_CASE are also facet dimensions (values as printed, e.g. "C-14/09 (Genc)",
    // multi-valued). Facets live in their own index field, so the names do not clash with the keywords above.
    /** Normalised docket of the decision under appeal (from lowerCourt): finds the higher instance of a ruling. */
    public static final String LOWER_DOCKET = "lowerDocket";

    // Issue 11: the employment facts the court assessed.
    /**
     * Weekly hours as a range field (low, high): a ruling that says "zwischen 6 und 8 Stunden" matches
     * every hours filter that overlaps 6–8; a single value is the range [v, v].
     */
    public static final String WEEKLY_HOURS_RANGE = "weeklyHoursRange";
    /** Weekly hours (the lower end of a range) as doc values, for sorting and charts. */
    public static final String WEEKLY_HOURS = "weeklyHours";
    /** Monthly pay in euros: a point for payMin/payMax filters plus doc values of the same name. */
    public static final String MONTHLY_PAY = "monthlyPayEur";
    /** Facet: the court's verdict on worker status, "affirmed", "denied" or "open"; absent when not discussed. */
    public static final String WORKER_STATUS = "workerStatus";

    /** Issue 16: facet, "true" when the document is about the practice (TopicClassifier), else "false". */
    public static final String TOPIC = "topic";
    /** Issue 16: keyword "true" on documents of the fictional demo corpus; the start page's banner asks for it. */
    public static final String SAMPLE = "sample";

    /** Facets in the order the UI shows them. */
    public static final List<String> FACETS = List.of(CITY, OUTCOME, WORKER_STATUS, COURT, TYPE, TOPIC, YEAR, COURT_BRANCH,
            DECISION_TYPE, PROCEDURE, NORM, EU_CASE);
}
