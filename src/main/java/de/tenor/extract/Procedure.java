package de.tenor.extract;

/** Urgent (Eilverfahren) or main proceedings, read from the docket. */
public enum Procedure {
    URGENT("urgent"),
    MAIN("main");

    private final String json;

    Procedure(String json) {
        this.json = json;
    }

    public String json() { return json; }
}
