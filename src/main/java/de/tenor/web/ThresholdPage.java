package de.tenor.web;

import java.util.List;

/**
 * The threshold view ({@code /schwellen}, issue 11): for one search, where courts drew the line
 * between "genuine and effective" work and a "völlig untergeordnete" job, as a scatter chart of
 * weekly hours × monthly pay, the same data as a table, and one line per city. Already formatted;
 * the template only loops and branches.
 *
 * @param hiddenParams the search's facet filters and dates, carried along by the range form
 * @param filterLabels the active filters as the user reads them
 * @param countText    "24 Entscheidungen mit Stunden- oder Lohnangaben"
 * @param capNote      says when more rulings matched than the view shows, else null
 * @param chart        the rulings that state both hours and pay; null when there are none
 * @param rows         every ruling found, also those the chart cannot place
 */
public record ThresholdPage(String query, List<ComparePage.Param> hiddenParams, List<String> filterLabels,
                            String hoursMin, String hoursMax, String payMin, String payMax, int rulings, String countText,
                            String capNote, String resultsUrl, String csvUrl, ThresholdChart chart, List<Legend> legend,
                            List<CityLine> cities, List<Row> rows, int unplotted) {

    /** One verdict in the legend: its API value (CSS class), shape and label. */
    public record Legend(String status, String shape, String label) {
        public boolean circle() {
            return shape.equals("circle") || shape.equals("ring");
        }
    }

    /**
     * "Gelsenkirchen: Arbeitnehmereigenschaft bejaht ab 6 Std./Woche und 240 €/Monat (VG Gelsenkirchen,
     * 8 K 1598/22); verneint bis 4 Std. und 150 € (…)".
     *
     * @param href the threshold view for this city alone
     */
    public record CityLine(String city, String href, String text, String affirmedHref, String deniedHref) {
    }

    /** One ruling of the table; empty strings where a fact is unknown. */
    public record Row(String href, String title, String city, String date, String hours, String pay, String status,
                      String statusLabel, boolean plotted) {
    }

    public boolean hasRulings() {
        return rulings > 0;
    }

    public boolean hasFilters() {
        return !filterLabels.isEmpty();
    }
}
