package de.tenor.extract;

/** What kind of source a document is. {@link #json()} is the value in the API and the index. */
public enum DocType {
    RULING("ruling"),
    NEWS("news");

    private final String json;

    DocType(String json) {
        this.json = json;
    }

    public String json() { return json; }

    public static DocType fromJson(String value) {
        for (DocType t : values()) {
            if (t.json.equals(value)) return t;
        }
        throw new IllegalArgumentException("unknown document type '" + value + "', expected ruling or news");
    }
}
