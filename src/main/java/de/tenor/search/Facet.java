package de.tenor.search;

import de.tenor.index.IndexFields;

/**
 * The facet dimensions a search can filter by and counts, in the order the UI shows them: the
 * vocabulary {@code web} and the CLI speak instead of index field names. Each knows its URL
 * parameter (also its key in the JSON API), the index field it counts and the message key of its
 * name in {@code i18n/messages_*.properties}.
 * <pre>{@code
 * Facet.CITY.param()               // "city"  (?city=Duisburg, "facets": {"city": …})
 * Facet.CITY.messageKey()          // "dim.city"  → "Stadt (Behörde)"
 * Facet.CITY.valueKey("unknown")   // "value.city.unknown" → "nicht genannt"
 * }</pre>
 */
public enum Facet {
    CITY(IndexFields.CITY),
    OUTCOME(IndexFields.OUTCOME),
    WORKER_STATUS(IndexFields.WORKER_STATUS),
    COURT(IndexFields.COURT),
    TYPE(IndexFields.TYPE),
    TOPIC(IndexFields.TOPIC),
    YEAR(IndexFields.YEAR),
    COURT_BRANCH(IndexFields.COURT_BRANCH),
    DECISION_TYPE(IndexFields.DECISION_TYPE),
    PROCEDURE(IndexFields.PROCEDURE),
    NORM(IndexFields.NORM),
    EU_CASE(IndexFields.EU_CASE);

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    /** The URL parameter and JSON key, e.g. {@code courtBranch}; today always the index field's name. */
    public String param() {
        return field;
    }

    /** The facet dimension in the index, for code that reads Lucene itself (search, the bench baselines). */
    public String field() {
        return field;
    }

    /** Message key of the dimension's name, e.g. {@code dim.city}. */
    public String messageKey() {
        return "dim." + param();
    }

    /** Message key of one stored value as the UI says it, e.g. {@code value.outcome.won}; names without a key show as stored. */
    public String valueKey(String value) {
        return "value." + param() + "." + value;
    }
}
