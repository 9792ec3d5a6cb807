package de.tenor.web;

import java.util.List;

/**
 * The comparison view ({@code /vergleich}): how the rulings of one search ended, by city, year,
 * court branch and procedure. Every number links to the result list it counts. Already
 * formatted; the template only loops and branches.
 *
 * @param hiddenParams the filters the small query form carries along
 * @param filterLabels the active filters as the user reads them, e.g. "Stadt (Behörde): Duisburg"
 */
public record ComparePage(
        String query,
        List<Param> hiddenParams,
        List<String> filterLabels,
        int rulings,
        String rulingsText,
        String resultsUrl,
        String csvUrl,
        String feedUrl,
        List<Column> columns,
        Table cities,
        Table years,
        Table branches,
        Table procedures,
        TrendChart chart) {

    public record Param(String name, String value) {
    }

    /** One outcome column; {@code outcome} is the API value, also the CSS class suffix. */
    public record Column(String outcome, String label) {
    }

    /** A cross table: one row per value, one cell per outcome, a total per row and a sum row. */
    public record Table(String id, String caption, String rowHeader, List<Column> columns, List<Row> rows, Row sum) {
        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** @param href where the row label links (the city page), or null */
    public record Row(String value, String label, String href, List<Cell> cells, Cell total) {
    }

    /**
     * @param share of the row total, e.g. "40 %", or "–" for an empty row
     * @param href the result list this count counts; a 0 links to an empty list, never to an error
     */
    public record Cell(int count, String share, String href, String ariaLabel, String outcome) {
    }

    public boolean hasRulings() {
        return rulings > 0;
    }

    public boolean hasFilters() {
        return !filterLabels.isEmpty();
    }
}
