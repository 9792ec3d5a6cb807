package de.tenor.web;

import de.tenor.extract.DocType;
import de.tenor.search.Facet;
import de.tenor.search.OutcomeTable;
import de.tenor.search.SearchRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an {@link OutcomeTable} into the {@link ComparePage}: labels, shares and one link per
 * number. A cell's link is the request's search plus {@code type=ruling}, the row value and the
 * outcome, so it lists exactly the rulings the cell counts (and an empty list for a 0).
 */
final class ComparePages {

    /** Administrative vs social courts (docs/DOMAIN.md), then the EuGH and anything else. */
    private static final Map<String, List<String>> BRANCH_GROUPS = branchGroups();
    private static final Map<String, String> BRANCH_GROUP_LABELS = Map.of(
            "administrative", "Verwaltungsgerichte (VG, OVG, BVerwG)",
            "social", "Sozialgerichte (SG, LSG, BSG)",
            "eu", "Gerichtshof der EU (EuGH)",
            "other", "andere Gerichte");

    private final SearchRequest request;
    private final SearchUrls urls;
    private final OutcomeTable table;
    private final List<ComparePage.Column> columns;

    private ComparePages(OutcomeTable table) {
        this.table = table;
        this.request = table.request();
        this.urls = new SearchUrls(request);
        this.columns = OutcomeTable.OUTCOMES.stream()
                .map(o -> new ComparePage.Column(o, UiText.GERMAN.value(Facet.OUTCOME, o))).toList();
    }

    static ComparePage of(OutcomeTable table) {
        return new ComparePages(table).page();
    }

    /**
     * The request's facet and date filters as hidden form fields (so a new query keeps them) and
     * as readable labels; shared by the comparison and threshold pages.
     */
    static void addFacetAndDateFilters(SearchRequest request, List<ComparePage.Param> hidden, List<String> labels) {
        for (Facet dim : Facet.values()) {
            for (String v : request.selected(dim)) {
                hidden.add(new ComparePage.Param(dim.param(), v));
                labels.add(UiText.GERMAN.dimension(dim) + ": " + UiText.GERMAN.value(dim, v));
            }
        }
        if (request.from() != null) {
            hidden.add(new ComparePage.Param("from", request.from().toString()));
            labels.add("ab " + UiText.GERMAN.date(request.from()));
        }
        if (request.to() != null) {
            hidden.add(new ComparePage.Param("to", request.to().toString()));
            labels.add("bis " + UiText.GERMAN.date(request.to()));
        }
    }

    private ComparePage page() {
        List<ComparePage.Param> hidden = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        addFacetAndDateFilters(request, hidden, labels);
        FactRangeParams.addTo(request.facts(), hidden, labels); // issue 11: hour and pay ranges
        int rulings = table.rulings();
        return new ComparePage(request.query(), hidden, labels, rulings,
                String.format(Locale.GERMANY, "%,d %s", rulings, rulings == 1 ? "Entscheidung" : "Entscheidungen"),
                urls.with("/search", request.filters()),
                urls.with("/export.csv", request.filters()),
                urls.with("/feed.atom", request.filters()),
                columns,
                simple("t-city", "Städte × Ausgang", Facet.CITY, true),
                simple("t-year", "Jahre × Ausgang", Facet.YEAR, false),
                branches(),
                simple("t-procedure", "Eilverfahren und Hauptsache × Ausgang", Facet.PROCEDURE, false),
                chart());
    }

    /** One row per value of {@code dim}. */
    private ComparePage.Table simple(String id, String caption, Facet dim, boolean cityLinks) {
        List<ComparePage.Row> rows = new ArrayList<>();
        for (OutcomeTable.Row r : table.rows(dim)) {
            String href = cityLinks && !"unknown".equals(r.value()) ? CityRoutes.path(r.value()) : null;
            rows.add(row(r.value(), UiText.GERMAN.value(dim, r.value()), href, r::count, Map.of(dim, List.of(r.value()))));
        }
        return new ComparePage.Table(id, caption, UiText.GERMAN.dimension(dim), columns, rows, sum());
    }

    /** Rows are branch groups; a group's link selects its branches (within the user's branch filter). */
    private ComparePage.Table branches() {
        List<String> selected = request.selected(Facet.COURT_BRANCH);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (OutcomeTable.Row r : table.rows(Facet.COURT_BRANCH)) {
            Map<String, Integer> group = counts.computeIfAbsent(groupOf(r.value()), g -> new LinkedHashMap<>());
            r.byOutcome().forEach((o, n) -> group.merge(o, n, Integer::sum));
        }
        List<ComparePage.Row> rows = new ArrayList<>();
        for (var group : BRANCH_GROUPS.entrySet()) {
            List<String> members = group.getValue().stream()
                    .filter(b -> selected.isEmpty() || selected.contains(b)).toList();
            Map<String, Integer> c = counts.getOrDefault(group.getKey(), Map.of());
            boolean always = group.getKey().equals("administrative") || group.getKey().equals("social");
            if (members.isEmpty() || (!always && c.values().stream().mapToInt(Integer::intValue).sum() == 0)) {
                continue;
            }
            rows.add(row(group.getKey(), BRANCH_GROUP_LABELS.get(group.getKey()), null,
                    o -> c.getOrDefault(o, 0), Map.of(Facet.COURT_BRANCH, members)));
        }
        return new ComparePage.Table("t-branch", "Gerichtszweig × Ausgang", UiText.GERMAN.dimension(Facet.COURT_BRANCH), columns, rows, sum());
    }

    private ComparePage.Row sum() {
        return row("", "Summe", null, table::total, Map.of());
    }

    private ComparePage.Row row(String value, String label, String href, Function<String, Integer> count,
                                Map<Facet, List<String>> rowFilter) {
        int total = OutcomeTable.OUTCOMES.stream().mapToInt(count::apply).sum();
        List<ComparePage.Cell> cells = new ArrayList<>();
        for (ComparePage.Column c : columns) {
            int n = count.apply(c.outcome());
            Map<Facet, List<String>> filters = filters(rowFilter);
            filters.put(Facet.OUTCOME, List.of(c.outcome()));
            cells.add(new ComparePage.Cell(n, share(n, total), urls.with("/search", filters),
                    label + ", " + c.label() + ": " + n, c.outcome()));
        }
        ComparePage.Cell totalCell = new ComparePage.Cell(total, share(total, table.rulings()),
                urls.with("/search", filters(rowFilter)), label + ", alle: " + total, "total");
        return new ComparePage.Row(value, label, href, cells, totalCell);
    }

    /** The request's filters, restricted to rulings and to the row. */
    private Map<Facet, List<String>> filters(Map<Facet, List<String>> rowFilter) {
        Map<Facet, List<String>> filters = new LinkedHashMap<>(request.filters());
        filters.put(Facet.TYPE, List.of(DocType.RULING.json()));
        filters.putAll(rowFilter);
        return filters;
    }

    private TrendChart chart() {
        List<TrendChart.YearCounts> years = table.rows(Facet.YEAR).stream()
                .map(r -> new TrendChart.YearCounts(r.value(), OutcomeTable.OUTCOMES.stream().map(r::count).toList()))
                .toList();
        return TrendChart.of(years, OutcomeTable.OUTCOMES, columns.stream().map(ComparePage.Column::label).toList());
    }

    static String share(int count, int total) {
        if (total == 0) {
            return "–";
        }
        return Math.round(100.0 * count / total) + "\u00a0%";
    }

    private static String groupOf(String branch) {
        for (var e : BRANCH_GROUPS.entrySet()) {
            if (e.getValue().contains(branch)) {
                return e.getKey();
            }
        }
        return "other";
    }

    private static Map<String, List<String>> branchGroups() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("administrative", List.of("VG", "OVG", "BVerwG"));
        m.put("social", List.of("SG", "LSG", "BSG"));
        m.put("eu", List.of("EuGH"));
        m.put("other", List.of("other"));
        return m;
    }
}
