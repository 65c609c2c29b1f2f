package io.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarChartTest {

    @ParameterizedTest
    @CsvSource({"1,1", "3,4", "7,8", "9,10", "11,20", "33,40", "45,50", "81,100", "120,200", "999,1000"})
    void axisTopIsRoundAndAtLeastTheMaximum(int max, int top) {
        assertEquals(top, BarChart.niceCeiling(max));
    }

    @Test
    void barsAreProportionalAndStackedFromTheBaseline() {
        BarChart chart = BarChart.of(
                "Reviews",
                "Reviews per day",
                "passed",
                "failed",
                List.of(
                        new BarChart.Column("Mon", 10, 10),
                        new BarChart.Column("Tue", 5, 0),
                        new BarChart.Column("Wed", 0, 0)),
                1);

        BarChart.Bar mon = chart.bars().get(0);
        BarChart.Bar tue = chart.bars().get(1);
        assertEquals(chart.baseline(), mon.firstY() + mon.firstH(), 0.11);
        assertEquals(mon.firstY(), mon.secondY() + mon.secondH(), 0.11, "the second series sits on the first");
        assertEquals(mon.firstH() / 2, tue.firstH(), 0.11);
        assertEquals(0, chart.bars().get(2).firstH());
        assertTrue(mon.x() + mon.w() <= tue.x(), "bars do not overlap");
        assertEquals(20, chart.ticks().get(chart.ticks().size() - 1).value());
        assertFalse(chart.isEmpty());
    }

    @Test
    void anEmptyChartSaysSo() {
        BarChart chart = BarChart.of("Due", "Due per day", "due", null, List.of(new BarChart.Column("1", 0, 0)), 1);
        assertTrue(chart.isEmpty());
        assertFalse(chart.hasSecondSeries());
    }
}
