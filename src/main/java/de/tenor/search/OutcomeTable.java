package de.tenor.search;

import de.tenor.extract.CourtBranch;
import de.tenor.extract.DocType;
import de.tenor.extract.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * How the rulings that match a search ended, counted per value of a facet dimension (city, year,
 * court branch, procedure) and per outcome: the numbers behind the comparison view. Only rulings
 * count, because news have no outcome. A count is exactly the total of the search that adds
 * {@code type=ruling}, the row value and the outcome to the request's filters, so every cell can
 * link to its result list. Immutable.
 *
 * @param request the search that was counted
 * @param totals matching rulings per outcome of {@link #OUTCOMES}; every outcome is present
 * @param rows per dimension of {@link #DIMENSIONS}: one row per value that occurs; years without a
 *             ruling between the first and the last are included with zeros, so a chart has no gaps
 */
public record OutcomeTable(SearchRequest request, Map<String, Integer> totals, Map<Facet, List<Row>> rows) {

    /** The dimensions counted, in the order the comparison view shows them. */
    public static final List<Facet> DIMENSIONS = List.of(Facet.CITY, Facet.YEAR, Facet.COURT_BRANCH, Facet.PROCEDURE);
    /** Outcome columns, from the EU citizen's side, best first. */
    public static final List<String> OUTCOMES = Arrays.stream(Outcome.values()).map(Outcome::json).toList();

    private static final List<String> BRANCH_ORDER = Arrays.stream(CourtBranch.values()).map(CourtBranch::json).toList();
    private static final List<String> PROCEDURE_ORDER = List.of("urgent", "main", "unknown");

    public OutcomeTable {
        totals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(totals));
        Map<Facet, List<Row>> copy = new LinkedHashMap<>();
        rows.forEach((dim, list) -> copy.put(dim, List.copyOf(list)));
        rows = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * One value of a dimension with its count per outcome.
     *
     * @param byOutcome count per outcome value of {@link #OUTCOMES}; every outcome is present
     */
    public record Row(String value, Map<String, Integer> byOutcome) {
        public Row {
            byOutcome = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byOutcome));
        }

        public int count(String outcome) {
            return byOutcome.getOrDefault(outcome, 0);
        }

        public int total() {
            return byOutcome.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public List<Row> rows(Facet dimension) {
        return rows.getOrDefault(dimension, List.of());
    }

    /** Matching rulings with this outcome. */
    public int total(String outcome) {
        return totals.getOrDefault(outcome, 0);
    }

    /** All matching rulings. */
    public int rulings() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** An index without any ruling, or a request that excludes rulings (e.g. {@code type=news}). */
    static OutcomeTable empty(SearchRequest request) {
        Map<Facet, List<Row>> rows = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> rows.put(d, List.of()));
        Map<String, Integer> totals = new LinkedHashMap<>();
        OUTCOMES.forEach(o -> totals.put(o, 0));
        return new OutcomeTable(request, totals, rows);
    }

    /**
     * Counts with one faceted search per outcome: the request's query and filters plus
     * {@code type=ruling} and {@code outcome=o}. Outcomes the request filters out stay zero.
     */
    static OutcomeTable count(IndexSearcher searcher, SortedSetDocValuesReaderState state, RequestQuery queries,
                              SearchRequest request) throws IOException {
        List<String> types = request.selected(Facet.TYPE);
        if (state == null || (!types.isEmpty() && !types.contains(DocType.RULING.json()))) {
            return empty(request);
        }
        List<String> outcomeFilter = request.selected(Facet.OUTCOME);
        Map<Facet, Map<String, Map<String, Integer>>> counts = new HashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        Query base = queries.base(request);
        for (String outcome : OUTCOMES) {
            totals.put(outcome, 0);
            if (!outcomeFilter.isEmpty() && !outcomeFilter.contains(outcome)) {
                continue;
            }
            Map<Facet, List<String>> filters = new LinkedHashMap<>(request.filters());
            filters.put(Facet.TYPE, List.of(DocType.RULING.json()));
            filters.put(Facet.OUTCOME, List.of(outcome));
            FacetsCollector collector = searcher.search(queries.drillDown(base, filters), new FacetsCollectorManager());
            int hits = collector.getMatchingDocs().stream().mapToInt(FacetsCollector.MatchingDocs::totalHits).sum();
            if (hits == 0) {
                continue;
            }
            totals.put(outcome, hits);
            Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
            for (Facet dim : DIMENSIONS) {
                FacetResult result = allChildren(facets, dim.field());
                if (result == null) {
                    continue;
                }
                for (LabelAndValue lv : result.labelValues) {
                    counts.computeIfAbsent(dim, k -> new HashMap<>())
                            .computeIfAbsent(lv.label, k -> new HashMap<>())
                            .merge(outcome, lv.value.intValue(), Integer::sum);
                }
            }
        }
        Map<Facet, List<Row>> rows = new LinkedHashMap<>();
        for (Facet dim : DIMENSIONS) {
            rows.put(dim, rows(dim, counts.getOrDefault(dim, Map.of())));
        }
        return new OutcomeTable(request, totals, rows);
    }

    private static List<Row> rows(Facet dim, Map<String, Map<String, Integer>> byValue) {
        Map<String, Map<String, Integer>> values = new LinkedHashMap<>(byValue);
        if (dim == Facet.YEAR && !values.isEmpty()) {
            // Fill the years in between, so the trend chart shows a gap as a zero, not as nothing.
            TreeMap<Integer, Map<String, Integer>> years = new TreeMap<>();
            values.forEach((y, c) -> years.put(Integer.parseInt(y), c));
            for (int y = years.firstKey(); y <= years.lastKey(); y++) {
                years.putIfAbsent(y, Map.of());
            }
            values = new LinkedHashMap<>();
            for (var e : years.entrySet()) {
                values.put(Integer.toString(e.getKey()), e.getValue());
            }
        }
        List<Row> rows = new ArrayList<>();
        values.forEach((value, c) -> {
            Map<String, Integer> byOutcome = new LinkedHashMap<>();
            OUTCOMES.forEach(o -> byOutcome.put(o, c.getOrDefault(o, 0)));
            rows.add(new Row(value, byOutcome));
        });
        rows.sort(order(dim));
        return rows;
    }

    private static Comparator<Row> order(Facet dim) {
        return switch (dim) {
            case YEAR -> Comparator.comparing(Row::value);
            case COURT_BRANCH -> Comparator.comparingInt(r -> rank(BRANCH_ORDER, r.value()));
            case PROCEDURE -> Comparator.comparingInt(r -> rank(PROCEDURE_ORDER, r.value()));
            // Most rulings first; "unknown" (city not stated) last.
            default -> Comparator.comparing((Row r) -> "unknown".equals(r.value()))
                    .thenComparing(Comparator.comparingInt(Row::total).reversed())
                    .thenComparing(Row::value);
        };
    }

    private static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    private static FacetResult allChildren(Facets facets, String dim) throws IOException {
        try {
            return facets.getAllChildren(dim);
        } catch (IllegalArgumentException e) {
            // The dimension was never indexed (an index built before issue 7 has no procedure).
            return null;
        }
    }
}
