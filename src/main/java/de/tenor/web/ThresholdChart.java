package de.tenor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the threshold scatter chart (issue 11): weekly hours across, monthly pay up, one mark
 * per ruling, drawn by {@code schwellen.jte} as server-side SVG. The verdict on worker status sets
 * the mark's shape <em>and</em> colour (circle = affirmed, square = denied, triangle = left open,
 * ring = not discussed), so the chart reads without colour vision too. Coordinates are
 * preformatted strings in SVG user units. Immutable.
 *
 * @param marks in the order of the input, each with the link to its ruling
 */
public record ThresholdChart(int width, int height, String plotLeft, String plotRight, String plotTop, String plotBottom,
                             String description, List<Tick> xTicks, List<Tick> yTicks, List<Mark> marks) {

    static final int WIDTH = 720;
    static final int HEIGHT = 420;
    private static final double LEFT = 62;
    private static final double RIGHT = 16;
    private static final double TOP = 28;
    private static final double BOTTOM = 46;
    /** Half the size of a mark; big enough to hit with a finger or a mouse. */
    private static final double SIZE = 7;
    /** Moves tried before a mark is left on top of another. */
    private static final int MAX_DODGE = 6;

    /** The verdicts in legend order, with their shape. */
    enum Shape { CIRCLE, SQUARE, TRIANGLE, RING }

    /** One ruling to plot; {@code status} is the API value or "none". */
    record Point(String href, String label, double hoursLow, double hoursHigh, double pay, String status) {
    }

    /** A grid line: position along its axis and the label. */
    public record Tick(String at, String label) {
    }

    /**
     * @param x       centre, y centre
     * @param points  the polygon of a square or triangle ("x1,y1 x2,y2 …"), empty for circles and rings
     * @param spanX1  start of the line that shows a range of hours ("zwischen 6 und 8"), empty without one
     */
    public record Mark(String href, String label, String status, String shape, String x, String y, String r,
                       String points, String spanX1, String spanX2) {
        public boolean circle() {
            return shape.equals("circle") || shape.equals("ring");
        }

        public boolean hasSpan() {
            return !spanX1.isEmpty();
        }
    }

    static ThresholdChart of(List<Point> points) {
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double maxHours = points.stream().mapToDouble(Point::hoursHigh).max().orElse(20);
        double maxPay = points.stream().mapToDouble(Point::pay).max().orElse(600);
        int xStep = TrendChart.niceStep((int) Math.ceil(Math.max(4, maxHours)));
        int yStep = TrendChart.niceStep((int) Math.ceil(Math.max(100, maxPay)));
        // One step of headroom above the largest value, so no mark sits on the frame.
        int xTop = ((int) Math.floor(Math.max(4, maxHours) / xStep) + 1) * xStep;
        int yTop = ((int) Math.floor(Math.max(100, maxPay) / yStep) + 1) * yStep;
        double sx = plotW / xTop;
        double sy = plotH / yTop;
        List<Tick> xTicks = new ArrayList<>();
        for (int v = 0; v <= xTop; v += xStep) {
            xTicks.add(new Tick(num(LEFT + v * sx), Integer.toString(v)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= yTop; v += yStep) {
            yTicks.add(new Tick(num(TOP + plotH - v * sy), FactsText.number(v)));
        }
        List<Mark> marks = new ArrayList<>();
        List<double[]> placed = new ArrayList<>();
        for (Point p : points) {
            double x = dodge(LEFT + (p.hoursLow() + p.hoursHigh()) / 2 * sx, TOP + plotH - p.pay() * sy, placed);
            double y = TOP + plotH - p.pay() * sy;
            placed.add(new double[] {x, y});
            boolean span = p.hoursHigh() > p.hoursLow();
            marks.add(mark(p, x, y, span ? num(LEFT + p.hoursLow() * sx) : "", span ? num(LEFT + p.hoursHigh() * sx) : ""));
        }
        String description = "Streudiagramm: " + points.size() + (points.size() == 1 ? " Entscheidung" : " Entscheidungen")
                + ", waagerecht die Wochenstunden (0 bis " + xTop + "), senkrecht der Monatslohn in Euro (0 bis "
                + FactsText.number(yTop) + "). Kreis: Arbeitnehmereigenschaft bejaht; Quadrat: verneint; Dreieck: offen"
                + " gelassen; Ring: nicht erörtert. Fast gleiche Punkte sind leicht seitlich versetzt. Dieselben Angaben stehen"
                + " in der Tabelle unter dem Diagramm.";
        return new ThresholdChart(WIDTH, HEIGHT, num(LEFT), num(WIDTH - RIGHT), num(TOP), num(TOP + plotH), description,
                xTicks, yTicks, marks);
    }

    /**
     * Rulings with (nearly) the same hours and pay would hide each other and could not be clicked:
     * such a mark moves sideways by a mark's width, alternately right and left, until it is free.
     */
    private static double dodge(double x, double y, List<double[]> placed) {
        double step = 1.2 * SIZE; // a mark's centre stays uncovered, so each one can be clicked
        for (int i = 0; i <= MAX_DODGE; i++) {
            double candidate = x + (i == 0 ? 0 : (i % 2 == 1 ? 1 : -1) * ((i + 1) / 2) * step);
            if (placed.stream().noneMatch(q -> Math.abs(q[0] - candidate) < step && Math.abs(q[1] - y) < step)) {
                return candidate;
            }
        }
        return x;
    }

    static Shape shape(String status) {
        return switch (status) {
            case "affirmed" -> Shape.CIRCLE;
            case "denied" -> Shape.SQUARE;
            case "open" -> Shape.TRIANGLE;
            default -> Shape.RING;
        };
    }

    private static Mark mark(Point p, double x, double y, String spanX1, String spanX2) {
        Shape shape = shape(p.status());
        String polygon = switch (shape) {
            case SQUARE -> num(x - SIZE * 0.85) + "," + num(y - SIZE * 0.85) + " " + num(x + SIZE * 0.85) + ","
                    + num(y - SIZE * 0.85) + " " + num(x + SIZE * 0.85) + "," + num(y + SIZE * 0.85) + " "
                    + num(x - SIZE * 0.85) + "," + num(y + SIZE * 0.85);
            case TRIANGLE -> num(x) + "," + num(y - SIZE * 1.1) + " " + num(x + SIZE) + "," + num(y + SIZE * 0.8) + " "
                    + num(x - SIZE) + "," + num(y + SIZE * 0.8);
            case CIRCLE, RING -> "";
        };
        return new Mark(p.href(), p.label(), p.status(), shape.name().toLowerCase(Locale.ROOT), num(x), num(y),
                num(SIZE), polygon, spanX1, spanX2);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
