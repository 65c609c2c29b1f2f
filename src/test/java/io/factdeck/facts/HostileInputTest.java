package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor never throws and never hangs, whatever it is fed. */
class HostileInputTest {

    @Test
    void emptyAndBlankTextGiveNoFacts() {
        assertTrue(FactExtractor.extract("empty", "").drafts().isEmpty());
        assertTrue(FactExtractor.extract("blank", " \n\t\r\n ").drafts().isEmpty());
        assertTrue(FactExtractor.extract("null", null).drafts().isEmpty());
    }

    @Test
    void fiveMegabytesOfProseAreExtractedInLinearTime() {
        String paragraph = "Vietnam joined the Association of Southeast Asian Nations (ASEAN) in July 1995. Two years"
                + " later, it hosted a summit. The 1982 United Nations Convention on the Law of the Sea (UNCLOS 1982)"
                + " applies, and Vietnam hopes to join the club in 2030.\n\n";
        String text = paragraph.repeat(5_000_000 / paragraph.length() + 1);
        assertTrue(text.length() >= 5_000_000);
        List<Draft> drafts = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> FactExtractor.extract("big", text).drafts());
        assertFalse(drafts.isEmpty());
    }

    @Test
    void fiveMegabytesWithoutAFullStopOrLineBreakDoNotHang() {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(7);
        while (sb.length() < 5_000_000) {
            sb.append(random.nextInt(3000)).append(random.nextBoolean() ? " the (" : "-\"in ");
        }
        assertTimeoutAndNoThrow(sb.toString());
    }

    @Test
    void binaryGarbageDoesNotBreakIt() {
        Random random = new Random(42);
        byte[] bytes = new byte[200_000];
        random.nextBytes(bytes);
        String garbage = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                + new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTimeoutAndNoThrow(garbage);
        StringBuilder surrogates = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            surrogates.append((char) (0xD800 + random.nextInt(0x800))).append("1995 ");
        }
        assertTimeoutAndNoThrow(surrogates.toString());
    }

    @Test
    void mixedScriptsDiacriticsAndUnbalancedQuotesAreHandled() {
        String text = "Đổi Mới (renovation) began in 1986. Việt Nam và Trung Quốc ký hiệp định năm 1999."
                + " 越南于1995年加入东盟。 Вьетнам вступил в АСЕАН в 1995 году.\n"
                + "He said \"the treaty was signed in 1978 and \u201cnever ratified in 1979.\n"
                + "((( [[[ Le Duan said 'it in 1976 )))) ]]] \u201d\u201d\u201d in 1977.\n"
                + "&lt;br&gt;&amp;&#x1F600;&#99999999;&bogus; in March 1978 &lt;b&gt;Hanoi banned trade.&lt;/b&gt;";
        FactExtractor.Extraction x = assertDoesNotThrow(() -> FactExtractor.extract("mixed", text));
        assertTrue(x.drafts().stream()
                .anyMatch(d -> d.date().equals("1986") && d.sentence().startsWith("Đổi Mới")));
        for (Draft d : x.drafts()) {
            assertFalse(d.event().isBlank());
        }
    }

    @Test
    void theSameInputGivesTheSameFacts() {
        String text = Fixtures.text("siam-relations.txt");
        assertEquals(FactExtractor.extract("a", text), FactExtractor.extract("a", text));
    }

    private static void assertTimeoutAndNoThrow(String text) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> FactExtractor.extract("hostile", text));
    }
}
