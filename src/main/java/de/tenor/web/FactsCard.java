package de.tenor.web;

import de.tenor.extract.DocType;
import de.tenor.extract.Document;
import de.tenor.search.Facet;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 11: the employment facts of a ruling as its page shows them, the court's verdict on worker
 * status with the sentence it rests on, so a reader can check it, and links to the threshold view.
 *
 * @param lines       label and value, e.g. "Wochenstunden" – "12 Std./Woche"
 * @param status      API value ("affirmed", "denied", "open"), also the CSS class suffix; null when not discussed
 * @param statusLabel "bejaht", "verneint", "offen gelassen"
 * @param evidence    the deciding sentence as printed, or null
 * @param thresholdUrl the threshold view for rulings of the same city
 */
public record FactsCard(List<Line> lines, String status, String statusLabel, String evidence, String thresholdUrl) {

    public record Line(String label, String value) {
    }

    /** The card for a ruling with at least one fact; null for news and for rulings without any. */
    static FactsCard of(Document d) {
        if (d.type() != DocType.RULING) {
            return null;
        }
        List<Line> lines = new ArrayList<>();
        add(lines, "Wochenstunden", FactsText.hours(d));
        add(lines, "Monatslohn", FactsText.pay(d));
        add(lines, "Stundenlohn", FactsText.wage(d));
        add(lines, "Beschäftigt seit", d.employment().employedSince() == null ? null : UiText.GERMAN.date(d.employment().employedSince()));
        add(lines, "Tätigkeit", d.employment().jobType());
        String status = d.employment().workerStatus() == null ? null : d.employment().workerStatus().json();
        if (lines.isEmpty() && status == null) {
            return null;
        }
        String city = d.ruling().city() == null || d.ruling().city().equals("unknown") ? "" : "?city=" + SearchUrls.enc(d.ruling().city());
        return new FactsCard(List.copyOf(lines), status, status == null ? null : UiText.GERMAN.value(Facet.WORKER_STATUS, status),
                d.employment().workerStatusEvidence(), "/schwellen" + city);
    }

    private static void add(List<Line> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(label, value));
        }
    }
}
