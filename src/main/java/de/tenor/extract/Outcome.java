package de.tenor.extract;

/** Result of a ruling, always from the EU citizen's side (see docs/DOMAIN.md). */
public enum Outcome {
    WON("won"),
    PARTIAL("partial"),
    LOST("lost"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String json;

    Outcome(String json) {
        this.json = json;
    }

    /** Value in the API, the index and URLs, e.g. {@code won}; its words are {@code value.outcome.*} in the UI's message bundles. */
    public String json() { return json; }

    public static Outcome fromJson(String value) {
        for (Outcome o : values()) {
            if (o.json.equals(value)) return o;
        }
        throw new IllegalArgumentException("unknown outcome '" + value + "', expected won, partial, lost, other or unknown");
    }
}
