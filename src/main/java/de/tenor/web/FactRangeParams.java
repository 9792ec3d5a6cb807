package de.tenor.web;

import de.tenor.search.FactFilter;
import java.util.List;

/** Issue 11: the hour and pay ranges as hidden form fields and as filter labels for the research views. Stateless. */
final class FactRangeParams {

    private FactRangeParams() {
    }

    /** Hidden fields that carry the ranges through a form, and their labels ("Wochenstunden: 8–12"). */
    static void addTo(FactFilter f, List<ComparePage.Param> hidden, List<String> labels) {
        add(hidden, "hoursMin", f.hoursMin());
        add(hidden, "hoursMax", f.hoursMax());
        add(hidden, "payMin", f.payMin());
        add(hidden, "payMax", f.payMax());
        labels(f, labels);
    }

    static void labels(FactFilter f, List<String> labels) {
        if (f.hasHours()) {
            labels.add("Wochenstunden: " + FactsText.range(f.hoursMin(), f.hoursMax(), ""));
        }
        if (f.hasPay()) {
            labels.add("Monatslohn: " + FactsText.range(f.payMin(), f.payMax(), " €"));
        }
    }

    private static void add(List<ComparePage.Param> hidden, String name, Double value) {
        if (value != null) {
            hidden.add(new ComparePage.Param(name, FactFilter.format(value)));
        }
    }
}
