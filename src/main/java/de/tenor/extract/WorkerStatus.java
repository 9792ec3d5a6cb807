package de.tenor.extract;

/** The court's verdict on worker status (Arbeitnehmereigenschaft). */
public enum WorkerStatus {
    AFFIRMED("affirmed"), DENIED("denied"), OPEN("open");

    private final String json;

    WorkerStatus(String json) {
        this.json = json;
    }

    public String json() { return json; }
}
