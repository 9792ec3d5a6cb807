package de.tenor.extract;

/** What kind of source a document is. {@link #json()} is the value in the API and the index. */
public enum DocType {
    RULING("ruling", "Entscheidung"),
    NEWS("news", "Nachricht");

    private final String json;
    private final String label;

    DocType(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() { return json; }

    public String label() { return label; }

    public static DocType fromJson(String value) {
        for (DocType t : values()) {
            if (t.json.equals(value)) return t;
        }
        throw new IllegalArgumentException("unknown document type '" + value + "', expected ruling or news");
    }
}
