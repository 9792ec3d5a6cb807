package de.tenor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the per-year trend chart, drawn by the template as server-side SVG (stacked bars by
 * outcome, readable without JavaScript). Coordinates are preformatted strings in SVG user units.
 *
 * @param bars one per year, oldest first
 * @param ticks horizontal grid lines with their count labels, bottom first
 */
public record TrendChart(int width, int height, String plotLeft, String plotRight, String plotBottom,
                         String description, List<Bar> bars, List<Tick> ticks) {

    static final int WIDTH = 720;
    static final int HEIGHT = 280;
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 18;
    private static final double BOTTOM = 34;
    /** More year labels than this would overlap; then only every n-th year is labelled. */
    private static final int MAX_LABELS = 16;

    /** @param label shown under the bar, or empty when labels are thinned out */
    public record Bar(String year, String label, String labelX, String labelY, String total, String totalY,
                      List<Segment> segments) {
    }

    /** @param outcome API value, also the CSS class that colours the rectangle */
    public record Segment(String x, String y, String width, String height, String outcome, String title) {
    }

    public record Tick(String y, String label) {
    }

    /** One input column: a year with its counts per outcome, in outcome order. */
    record YearCounts(String year, List<Integer> counts) {
        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    static TrendChart of(List<YearCounts> years, List<String> outcomes, List<String> outcomeLabels) {
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int max = Math.max(1, years.stream().mapToInt(YearCounts::total).max().orElse(1));
        int step = niceStep(max);
        int top = ((max + step - 1) / step) * step;
        double scale = plotH / top;
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(num(TOP + plotH - v * scale), Integer.toString(v)));
        }
        int n = Math.max(1, years.size());
        double slot = plotW / n;
        double barW = Math.min(48, slot * 0.7);
        int every = (n + MAX_LABELS - 1) / MAX_LABELS;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            YearCounts y = years.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double base = TOP + plotH;
            List<Segment> segments = new ArrayList<>();
            for (int o = 0; o < outcomes.size(); o++) {
                int count = y.counts().get(o);
                if (count == 0) {
                    continue;
                }
                double h = count * scale;
                base -= h;
                segments.add(new Segment(num(x), num(base), num(barW), num(h), outcomes.get(o),
                        y.year() + ": " + count + " " + outcomeLabels.get(o)));
            }
            boolean labelled = i % every == 0 || i == years.size() - 1;
            bars.add(new Bar(y.year(), labelled ? y.year() : "", num(x + barW / 2), num(TOP + plotH + 20),
                    y.total() == 0 ? "" : Integer.toString(y.total()), num(base - 4), segments));
        }
        String range = years.isEmpty() ? "" : years.getFirst().year() + "–" + years.getLast().year();
        String description = "Gestapelte Säulen: Entscheidungen je Jahr (" + range + ") nach Ausgang für die EU-Bürger; "
                + "die Zahlen stehen auch in der Tabelle unter der Grafik.";
        return new TrendChart(WIDTH, HEIGHT, num(LEFT), num(WIDTH - RIGHT), num(TOP + plotH), description, bars, ticks);
    }

    /** 1, 2, 5, 10, 20, 50 …: about four grid lines up to {@code max}. */
    static int niceStep(int max) {
        int rough = Math.max(1, (int) Math.ceil(max / 4.0));
        int magnitude = 1;
        while (magnitude * 10 <= rough) {
            magnitude *= 10;
        }
        for (int f : new int[] {1, 2, 5, 10}) {
            if (f * magnitude >= rough) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
