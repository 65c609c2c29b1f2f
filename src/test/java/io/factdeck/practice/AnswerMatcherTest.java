package io.factdeck.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.practice.AnswerMatcher.Reason;
import io.factdeck.practice.AnswerMatcher.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class AnswerMatcherTest {

    private static final String TABLE = "/practice/answers.csv";

    @ParameterizedTest(name = "[{index}] expected \"{0}\", typed \"{2}\": {3}")
    @CsvFileSource(resources = TABLE, delimiter = '|', numLinesToSkip = 1)
    void answerTable(String expected, String variants, String typed, Reason reason) {
        List<String> accepted = variants == null ? List.of() : Arrays.asList(variants.split(";"));
        Result result = AnswerMatcher.check(typed, expected, accepted);
        assertEquals(reason, result.reason(), () -> "read as \"" + result.readAs() + "\"");
        assertEquals(reasonAccepts(reason), result.accepted());
    }

    @Test
    void theTableHoldsAtLeastFortyAcceptedAndFortyRejectedAnswers() throws IOException {
        String table;
        try (InputStream in = getClass().getResourceAsStream(TABLE)) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> rows = table.lines()
                .skip(1)
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        long accepted = rows.stream()
                .filter(row -> reasonAccepts(Reason.valueOf(row.substring(row.lastIndexOf('|') + 1))))
                .count();
        assertTrue(accepted >= 40, accepted + " accepted rows");
        assertTrue(rows.size() - accepted >= 40, (rows.size() - accepted) + " rejected rows");
    }

    @Test
    void feedbackNamesTheExpectedAnswerAndHowTheAnswerWasRead() {
        Result vague = AnswerMatcher.check("1995", "July 1995");
        assertEquals("1995", vague.readAs());
        assertEquals("Not precise enough: the answer is July 1995.", vague.feedback());

        Result numeric = AnswerMatcher.check("07/1995", "July 1995");
        assertEquals("July 1995", numeric.readAs());
        assertEquals("Correct.", numeric.feedback());

        Result range = AnswerMatcher.check("from 1954 to 1975", "1954/1975");
        assertEquals("1954–1975", range.readAs());

        Result typo = AnswerMatcher.check("Commecon", "Comecon");
        assertEquals("Correct, but check the spelling: Comecon.", typo.feedback());

        Result wrongVariant = AnswerMatcher.check("APEC", "Association of Southeast Asian Nations", List.of("ASEAN"));
        assertEquals("Association of Southeast Asian Nations", wrongVariant.expected());
        assertFalse(wrongVariant.accepted());
        assertEquals("apec", wrongVariant.readAs());
    }

    @Test
    void theBestMatchOverTheVariantsWins() {
        Result result = AnswerMatcher.check("1998-11", "November 1998", List.of("1998-11"));
        assertEquals(Reason.EXACT, result.reason());
        assertEquals("1998-11", result.expected());
    }

    @Test
    void aBlankExpectedAnswerIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> AnswerMatcher.check("x", " "));
        assertThrows(NullPointerException.class, () -> AnswerMatcher.check("x", null));
    }

    private static boolean reasonAccepts(Reason reason) {
        return switch (reason) {
            case EXACT, EQUIVALENT, SAME_DATE, MORE_PRECISE_DATE, TYPO -> true;
            case EMPTY, TOO_VAGUE, DIFFERENT_DATE, WRONG -> false;
        };
    }
}
