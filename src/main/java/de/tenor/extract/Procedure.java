package de.tenor.extract;

/** Urgent (Eilverfahren) or main proceedings, read from the docket. */
public enum Procedure {
    URGENT("urgent", "Eilverfahren"),
    MAIN("main", "Hauptsache");

    private final String json;
    private final String label;

    Procedure(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() { return json; }

    public String label() { return label; }
}
