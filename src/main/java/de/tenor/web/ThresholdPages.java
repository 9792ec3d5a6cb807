package de.tenor.web;

import de.tenor.extract.Document;
import de.tenor.search.Facet;
import de.tenor.search.FactFilter;
import de.tenor.search.SearchRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rulings of a search that state hours or pay into the {@link ThresholdPage}: chart
 * points, table rows and the per-city line. A city's line names the ruling with the fewest hours
 * that still affirmed worker status and the one with the most hours that denied it, each with its
 * court and docket, so the reader can open and check both. Stateless.
 */
final class ThresholdPages {

    private static final List<String> STATUSES = List.of("affirmed", "denied", "open", "none");
    private static final Comparator<Document> BY_HOURS = Comparator
            .comparing((Document d) -> d.employment().weeklyHours() == null ? Double.MAX_VALUE : d.employment().weeklyHours())
            .thenComparing(d -> d.employment().monthlyPayEur() == null ? Double.MAX_VALUE : d.employment().monthlyPayEur());

    private ThresholdPages() {
    }

    /** @param capped true when more rulings matched than {@code docs} holds */
    static ThresholdPage of(SearchRequest request, List<Document> docs, boolean capped) {
        SearchUrls urls = new SearchUrls(request);
        List<ComparePage.Param> hidden = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        ComparePages.addFacetAndDateFilters(request, hidden, labels);
        FactFilter f = request.facts();
        FactRangeParams.labels(f, labels);
        List<ThresholdChart.Point> points = new ArrayList<>();
        List<ThresholdPage.Row> rows = new ArrayList<>();
        for (Document d : docs) {
            boolean plotted = d.employment().weeklyHours() != null && d.employment().monthlyPayEur() != null;
            String status = status(d);
            if (plotted) {
                double high = d.employment().weeklyHoursMax() != null ? d.employment().weeklyHoursMax() : d.employment().weeklyHours();
                points.add(new ThresholdChart.Point("/doc/" + d.id(), tooltip(d), d.employment().weeklyHours(), high,
                        d.employment().monthlyPayEur(), status));
            }
            rows.add(new ThresholdPage.Row("/doc/" + d.id(), d.title(), cityLabel(d), UiText.GERMAN.date(d.sortDate()),
                    or(FactsText.hours(d)), or(FactsText.pay(d)), status, statusLabel(status), plotted));
        }
        int unplotted = docs.size() - points.size();
        String count = String.format(Locale.GERMANY, "%,d %s mit Stunden- oder Lohnangaben", docs.size(),
                docs.size() == 1 ? "Entscheidung" : "Entscheidungen");
        return new ThresholdPage(request.query(), hidden, labels, FactFilter.format(f.hoursMin()),
                FactFilter.format(f.hoursMax()), FactFilter.format(f.payMin()), FactFilter.format(f.payMax()), docs.size(),
                count, capped ? "Es werden nur die neuesten " + docs.size() + " Entscheidungen gezeigt; bitte die Suche"
                + " eingrenzen." : null, urls.with("/search", request.filters()), urls.with("/export.csv", request.filters()),
                points.isEmpty() ? null : ThresholdChart.of(points), legend(), cities(request, docs), rows, unplotted);
    }

    private static List<ThresholdPage.Legend> legend() {
        List<ThresholdPage.Legend> out = new ArrayList<>();
        for (String s : STATUSES) {
            out.add(new ThresholdPage.Legend(s, ThresholdChart.shape(s).name().toLowerCase(Locale.ROOT),
                    "Arbeitnehmereigenschaft " + statusLabel(s)));
        }
        return out;
    }

    /** One line per city, most rulings first. */
    private static List<ThresholdPage.CityLine> cities(SearchRequest request, List<Document> docs) {
        Map<String, List<Document>> byCity = new LinkedHashMap<>();
        for (Document d : docs) {
            byCity.computeIfAbsent(d.ruling().city() == null ? "unknown" : d.ruling().city(), c -> new ArrayList<>()).add(d);
        }
        List<ThresholdPage.CityLine> out = new ArrayList<>();
        byCity.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(e -> {
            List<Document> withHours = e.getValue().stream().filter(d -> d.employment().weeklyHours() != null).toList();
            Optional<Document> lowestAffirmed = withHours.stream().filter(d -> "affirmed".equals(status(d))).min(BY_HOURS);
            Optional<Document> highestDenied = withHours.stream().filter(d -> "denied".equals(status(d))).max(BY_HOURS);
            if (lowestAffirmed.isEmpty() && highestDenied.isEmpty()) {
                return;
            }
            List<String> parts = new ArrayList<>();
            lowestAffirmed.ifPresent(d -> parts.add("Arbeitnehmereigenschaft bejaht ab " + threshold(d, "Std./Woche", "€/Monat")
                    + " (" + source(d) + ")"));
            highestDenied.ifPresent(d -> parts.add((parts.isEmpty() ? "Arbeitnehmereigenschaft verneint" : "verneint")
                    + " bis " + threshold(d, "Std.", "€") + " (" + source(d) + ")"));
            Map<Facet, List<String>> cityFilter = new LinkedHashMap<>(request.filters());
            cityFilter.put(Facet.CITY, List.of(e.getKey()));
            out.add(new ThresholdPage.CityLine(UiText.GERMAN.value(Facet.CITY, e.getKey()),
                    new SearchUrls(request).with("/schwellen", cityFilter), String.join("; ", parts),
                    lowestAffirmed.map(d -> "/doc/" + d.id()).orElse(null), highestDenied.map(d -> "/doc/" + d.id()).orElse(null)));
        });
        return out;
    }

    /** "6 Std./Woche und 240 €/Monat", or the hours alone when the pay is unknown. */
    private static String threshold(Document d, String hourUnit, String payUnit) {
        String hours = d.employment().weeklyHoursMax() == null ? FactsText.number(d.employment().weeklyHours())
                : FactsText.number(d.employment().weeklyHours()) + "–" + FactsText.number(d.employment().weeklyHoursMax());
        return hours + " " + hourUnit + (d.employment().monthlyPayEur() == null ? "" : " und " + FactsText.number(d.employment().monthlyPayEur())
                + " " + payUnit);
    }

    /** "VG Gelsenkirchen, 8 K 1598/22". */
    private static String source(Document d) {
        String court = d.ruling().court() == null ? "" : d.ruling().court();
        String docket = d.ruling().docket() == null ? "" : d.ruling().docket();
        return court.isEmpty() || docket.isEmpty() ? court + docket : court + ", " + docket;
    }

    private static String tooltip(Document d) {
        return source(d) + (d.ruling().city() == null ? "" : " (" + cityLabel(d) + ")") + ": " + FactsText.hours(d) + ", "
                + FactsText.pay(d) + " – Arbeitnehmereigenschaft " + statusLabel(status(d));
    }

    static String status(Document d) {
        return d.employment().workerStatus() == null ? "none" : d.employment().workerStatus().json();
    }

    static String statusLabel(String status) {
        return "none".equals(status) ? "nicht erörtert" : UiText.GERMAN.value(Facet.WORKER_STATUS, status);
    }

    private static String cityLabel(Document d) {
        return d.ruling().city() == null ? "" : UiText.GERMAN.value(Facet.CITY, d.ruling().city());
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }
}
