package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Vietnam joined in 1995. | 1995 | DATE | 1995",
                "It was admitted in July 1995. | 1995-07 | DATE | July 1995",
                "In January, 1950, two states recognised it. | 1950-01 | DATE | January, 1950",
                "A member since 11 January 2007 | 2007-01-11 | DATE | 11 January 2007",
                "Talks in Hanoi on 01 August 2014. | 2014-08-01 | DATE | 01 August 2014",
                "He wrote on November 14, 2005 that | 2005-11-14 | DATE | 'November 14, 2005'",
                "A visit from October 30 to November 2, 2011. | 2011-10-30/2011-11-02 | RANGE | 'October 30 to November 2, 2011'",
                "It signed the treaty in 6/3/1946. | 1946-03-06 | DATE | 6/3/1946",
                "Through the 1980s it received aid. | 1980s | DECADE | 1980s",
                "in the late 1980s | 1980s | DECADE | late 1980s",
                "During the war (1954-75), the North | 1954/1975 | RANGE | 1954-75",
                "During the Vietnam War (1959\u201375), the North | 1959/1975 | RANGE | 1959\u201375",
                "their 1986-90 five-year plans | 1986/1990 | RANGE | 1986-90",
                "From 1976 to 1978, differences grew. | 1976/1978 | RANGE | From 1976 to 1978",
                "In 1982 and 1983 many settled. | 1982/1983 | RANGE | 1982 and 1983",
                "in the early 17th century, traders | 16XX | CENTURY | early 17th century",
                "during the nineteenth century when | 18XX | CENTURY | nineteenth century",
                "At the beginning of the 21st century, | 20XX | CENTURY | 21st century",
                "during a late-1982 visit | 1982 | DATE | late-1982",
                "During the 1980s, 1990s and early 2000s, it lagged. | 1980/2009 | RANGE | '1980s, 1990s and early 2000s'",
            })
    void recognisesEveryFormTheCorpusUses(String sentence, String value, String type, String text) {
        List<TimeExpression> found = DateExpressions.find(sentence);
        assertEquals(1, found.size(), () -> "expressions in: " + sentence + " -> " + found);
        TimeExpression e = found.get(0);
        assertEquals(value, e.value());
        assertEquals(TimeExpression.Type.valueOf(type), e.type());
        assertEquals(text, e.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Two years later, the Politburo acted. | RELATIVE | Two years later",
                "Over the next 4 years, support grew. | RELATIVE | Over the next 4 years",
                "and hosted the summit the following month. | RELATIVE | the following month",
                "On the same day, it began to host the games. | RELATIVE | On the same day",
                "Since then, Vietnam has worked hard. | RELATIVE | Since then",
                "The 10th Party Congress reaffirmed it. | CONGRESS | 10th Party Congress",
                "At the Eleventh Party Congress in 2011, | CONGRESS | Eleventh Party Congress",
                "On April 30, Vietnam welcomed him. | YEARLESS | April 30",
                "who came here in April. | YEARLESS | April",
            })
    void leavesContextDependentExpressionsUnresolved(String sentence, String type, String text) {
        TimeExpression e = DateExpressions.find(sentence).get(0);
        assertEquals(TimeExpression.Type.valueOf(type), e.type());
        assertEquals(text, e.text());
        assertNull(e.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Vietnam received nearly $3 billion a year.",
                "It received US$3 billion in aid.",
                "It has relations with 189 nations.",
                "A history stretching back more than 4,000 years.",
                "The Government's Resolution 36 concerns them.",
                "It hosted the 31st Southeast Asian Games.",
                "at the sixth meeting of the committee",
                "Hanoi maintained 40,000 to 60,000 troops.",
                "It provided $1. 6 billion in assistance.",
                "Title 17 U.S.C. Section 107 applies.",
                "The tariff will fall to 2.8 percent.",
                "Japan had 1,500 projects worth $21.6 billion.",
                "It may be that the army marched on.",
            })
    void findsNoDateInNumbersThatAreNotDates(String sentence) {
        List<TimeExpression> found = DateExpressions.find(sentence);
        assertTrue(found.isEmpty(), () -> sentence + " -> " + found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Two years later, 2", "five years later, 5", "Over the next 4 years, 4", "the following month, 1"})
    void readsTheAmountOfARelativeExpression(String text, int amount) {
        assertEquals(amount, DateExpressions.relativeAmount(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "10th Party Congress, 10",
        "Eleventh Party Congress, 11",
        "Sixth Congress, 6",
        "13th National Congress, 13"
    })
    void readsCongressOrdinals(String text, int n) {
        assertEquals(n, DateExpressions.congressNumber(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"6/3/1946 | day-first: 6 March 1946", "the early 17th century | 17th century, early"})
    void recordsHowAnAmbiguousDateWasRead(String text, String note) {
        assertEquals(note, DateExpressions.find(text).get(0).note());
    }
}
