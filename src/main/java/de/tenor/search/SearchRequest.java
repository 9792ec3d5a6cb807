package de.tenor.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One search as the UI, the API and the CLI ask for it.
 *
 * @param query user query in Lucene syntax; blank means "all documents"
 * @param filters selected facet values per dimension; values of one dimension are OR-ed, dimensions AND-ed
 * @param from earliest date (inclusive) or null
 * @param to latest date (inclusive) or null
 * @param sort null means relevance for a query and date for an empty query
 * @param page 1-based
 * @param facts issue 11: ranges on weekly hours and monthly pay, applied as filters like the dates
 */
public record SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                            SortOrder sort, int page, int pageSize, FactFilter facts) {

    public static final int MAX_QUERY_CHARS = 1000;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException("Die Suchanfrage ist zu lang (" + query.length()
                    + " Zeichen, höchstens " + MAX_QUERY_CHARS + "). Bitte kürzen Sie sie.");
        }
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            for (var e : filters.entrySet()) {
                List<String> values = e.getValue().stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
                if (!values.isEmpty()) {
                    copy.put(e.getKey(), values);
                }
            }
        }
        filters = Collections.unmodifiableMap(copy); // in Facet order, so URLs and exports list them alike
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("Das Von-Datum " + from + " liegt nach dem Bis-Datum " + to + ".");
        }
        if (page < 1) {
            throw new InvalidQueryException("Die Seite muss 1 oder größer sein, nicht " + page + ".");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidQueryException("pageSize muss zwischen 1 und " + MAX_PAGE_SIZE + " liegen, nicht " + pageSize + ".");
        }
        // Checked by division, before any page × pageSize that could overflow (page=2147483647).
        if (page > Searcher.MAX_WINDOW / pageSize) {
            throw new InvalidQueryException("Seite " + page + " liegt hinter den ersten " + Searcher.MAX_WINDOW
                    + " Treffern; weiter blättern ist nicht möglich. Tipp: die Suche mit Filtern oder weiteren Wörtern eingrenzen.");
        }
        facts = facts == null ? FactFilter.NONE : facts;
    }

    /** A search without hour or pay ranges. */
    public SearchRequest(String query, Map<Facet, List<String>> filters, LocalDate from, LocalDate to,
                         SortOrder sort, int page, int pageSize) {
        this(query, filters, from, to, sort, page, pageSize, FactFilter.NONE);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    /** The same search (filters, dates, sort, page size) for another query, from page 1. */
    public SearchRequest withQuery(String otherQuery) {
        return new SearchRequest(otherQuery, filters, from, to, sort, 1, pageSize, facts);
    }

    /** Issue 11: the same search with other hour and pay ranges, from page 1. */
    public SearchRequest withFacts(FactFilter otherFacts) {
        return new SearchRequest(query, filters, from, to, sort, 1, pageSize, otherFacts);
    }

    public SortOrder effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return query.isEmpty() ? SortOrder.DATE : SortOrder.RELEVANCE;
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }
}
