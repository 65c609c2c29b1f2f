package io.factdeck.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A small bar chart laid out on the server and drawn as SVG by the {@code barchart} tag, so pages need no
 * JavaScript to show it. Each bar may stack two series (for example passed and failed reviews). The same data is
 * offered as a table for screen readers.
 */
public record BarChart(
        String title,
        String description,
        String firstSeries,
        String secondSeries,
        List<Bar> bars,
        List<Tick> ticks,
        int width,
        int height) {

    /** One column: a label (a day) and up to two stacked values. */
    public record Bar(
            String label,
            int first,
            int second,
            double x,
            double w,
            double firstY,
            double firstH,
            double secondY,
            double secondH,
            boolean labelled) {
        public int total() {
            return first + second;
        }

        /** Where the label under the bar is centred. */
        public double center() {
            return round(x + w / 2);
        }
    }

    /** A horizontal grid line with its value. */
    public record Tick(int value, double y) {}

    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 36;
    static final int RIGHT = 8;
    static final int TOP = 10;
    static final int BOTTOM = 28;

    /** Input of one column. */
    public record Column(String label, int first, int second) {}

    /**
     * Lays out columns over the full width.
     *
     * @param labelEvery show every n-th label under the axis (all values stay in the table)
     */
    public static BarChart of(
            String title,
            String description,
            String firstSeries,
            String secondSeries,
            List<Column> columns,
            int labelEvery) {
        int max = columns.stream().mapToInt(c -> c.first() + c.second()).max().orElse(0);
        int top = niceCeiling(Math.max(max, 1));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = columns.isEmpty() ? plotW : plotW / columns.size();
        double barW = Math.max(2, slot * 0.7);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double firstH = plotH * c.first() / top;
            double secondH = plotH * c.second() / top;
            double baseline = TOP + plotH;
            bars.add(new Bar(
                    c.label(),
                    c.first(),
                    c.second(),
                    round(x),
                    round(barW),
                    round(baseline - firstH),
                    round(firstH),
                    round(baseline - firstH - secondH),
                    round(secondH),
                    labelEvery > 0 && i % labelEvery == 0));
        }
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, top / 4);
        for (int v = 0; v <= top; v += step) {
            ticks.add(new Tick(v, round(TOP + plotH - plotH * v / top)));
        }
        return new BarChart(title, description, firstSeries, secondSeries, bars, ticks, WIDTH, HEIGHT);
    }

    public boolean isEmpty() {
        return bars.stream().allMatch(b -> b.total() == 0);
    }

    public boolean hasSecondSeries() {
        return secondSeries != null && !secondSeries.isEmpty();
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int tickLabelX() {
        return LEFT - 6;
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    public int labelY() {
        return HEIGHT - BOTTOM + 16;
    }

    /** 1, 2, 4, 5, 8, 10, 20, 40, 50, ...: a round top for the axis, divisible into four steps where possible. */
    static int niceCeiling(int value) {
        int magnitude = 1;
        while (magnitude * 10 < value) {
            magnitude *= 10;
        }
        for (int factor : new int[] {1, 2, 4, 5, 8, 10}) {
            if (factor * magnitude >= value) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
