package de.tenor.extract;

/** Result of a ruling, always from the EU citizen's side (see DOMAIN.md). */
public enum Outcome {
    WON("won", "gewonnen"),
    PARTIAL("partial", "teilweise"),
    LOST("lost", "verloren"),
    OTHER("other", "sonstiges"),
    UNKNOWN("unknown", "unklar");

    private final String json;
    private final String label;

    Outcome(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** Value in the API, the index and URLs, e.g. {@code won}. */
    public String json() { return json; }

    /** German label for the UI, e.g. {@code gewonnen}. */
    public String label() { return label; }

    public static Outcome fromJson(String value) {
        for (Outcome o : values()) {
            if (o.json.equals(value)) return o;
        }
        throw new IllegalArgumentException("unknown outcome '" + value + "', expected won, partial, lost, other or unknown");
    }
}
