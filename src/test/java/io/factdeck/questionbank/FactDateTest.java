package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.questionbank.FactDate.Precision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactDateTest {

    private static FactDate date(String text) {
        return FactDate.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void readsEveryPrecisionTheBankFormatAllows() {
        assertEquals(
                new FactDate(Precision.DAY, LocalDate.of(2007, 1, 11), LocalDate.of(2007, 1, 11)), date("2007-01-11"));
        assertEquals(
                new FactDate(Precision.MONTH, LocalDate.of(1998, 11, 1), LocalDate.of(1998, 11, 30)), date("1998-11"));
        assertEquals(new FactDate(Precision.YEAR, LocalDate.of(1995, 1, 1), LocalDate.of(1995, 12, 31)), date("1995"));
        assertEquals(
                new FactDate(Precision.DECADE, LocalDate.of(1980, 1, 1), LocalDate.of(1989, 12, 31)), date("1980s"));
        assertEquals(
                new FactDate(Precision.CENTURY, LocalDate.of(1600, 1, 1), LocalDate.of(1699, 12, 31)), date("16XX"));
        assertEquals(
                new FactDate(Precision.RANGE, LocalDate.of(1954, 1, 1), LocalDate.of(1975, 12, 31)), date("1954/1975"));
    }

    @Test
    void rejectsMalformedDates() {
        for (String bad :
                List.of("", "95", "1998-13", "2007-02-30", "1975/1954", "July 1995", "1980s/1990s-", "19XX5")) {
            assertTrue(FactDate.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void displaysAndAsksAtThePrecisionOfTheSource() {
        assertEquals("11 January 2007", date("2007-01-11").display());
        assertEquals("on 11 January 2007", date("2007-01-11").phrase());
        assertEquals("On what date", date("2007-01-11").askWords());
        assertEquals("November 1998", date("1998-11").display());
        assertEquals("In which month and year", date("1998-11").askWords());
        assertEquals("In which year", date("1995").askWords());
        assertEquals("the 1980s", date("1980s").display());
        assertEquals("In which decade", date("1980s").askWords());
        assertEquals("the 17th century", date("16XX").display());
        assertEquals("1954–1975", date("1954/1975").display());
        assertEquals("between 1954 and 1975", date("1954/1975").phrase());
        assertEquals(List.of("Nov 1998", "1998-11", "11/1998"), date("1998-11").acceptVariants());
        assertEquals(
                "30 October – 2 November 2011", date("2011-10-30/2011-11-02").display());
        assertEquals(
                "from 30 October to 2 November 2011",
                date("2011-10-30/2011-11-02").phrase());
        assertEquals("July 1995 – March 1996", date("1995-07/1996-03").display());
    }

    @Test
    void isoRoundTrips() {
        for (String iso :
                List.of("2007-01-11", "1998-11", "1995", "1980s", "16XX", "1954/1975", "2011-10-30/2011-11-02")) {
            assertEquals(iso, date(iso).iso());
        }
    }

    @Test
    void ordersOnlyWhenYearsDiffer() {
        assertTrue(date("1995").clearlyBefore(date("1996-01")));
        assertFalse(date("1995-07").clearlyBefore(date("1995-08")), "a day apart at the edges: too close to tell");
        assertTrue(date("2021-02").clearlyBefore(date("2021-12")), "months apart in one year");
        assertTrue(date("2022-04-15").clearlyBefore(date("2022-04-30")), "days a fortnight apart");
        assertFalse(date("2022-04-30").clearlyBefore(date("2022-05")), "the day before the month");
        assertFalse(date("2022-04").clearlyBefore(date("2022")), "within the year");
        assertFalse(date("1990s").clearlyBefore(date("1998")));
        assertTrue(date("1980s").clearlyBefore(date("1991")));
    }

    @Test
    void sourcesAgreeWhenOneDateContainsTheOther() {
        assertTrue(QuestionGenerator.compatible(date("1995"), date("1995-07")));
        assertFalse(QuestionGenerator.compatible(date("1995"), date("1996")));
        assertFalse(QuestionGenerator.compatible(date("1954/1975"), date("1959/1975")));
        assertTrue(QuestionGenerator.compatible(date("1954/1975"), date("1960")));
        assertFalse(QuestionGenerator.compatible(date("2006-11"), date("2007-01-11")));
    }

    @Test
    void shiftsKeepThePrecision() {
        assertEquals(date("1999-01"), date("1998-11").shift(2));
        assertEquals(date("1970s"), date("1980s").shift(-1));
        assertEquals(date("1957/1978"), date("1954/1975").shift(3));
    }
}
