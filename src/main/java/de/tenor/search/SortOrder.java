package de.tenor.search;

/** How results are ordered. */
public enum SortOrder {
    /** Best match first; the default when there is a query. */
    RELEVANCE("relevance"),
    /** Newest decision or article first; the default for an empty query. */
    DATE("date"),
    /** Issue 16: newest in the corpus first (crawled, imported or uploaded last), whatever the decision date. */
    ADDED("added");

    private final String param;

    SortOrder(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static SortOrder fromParam(String value) {
        for (SortOrder s : values()) {
            if (s.param.equals(value)) {
                return s;
            }
        }
        throw new InvalidQueryException("Unbekannte Sortierung '" + value + "'. Erlaubt: relevance, date, added.");
    }
}
