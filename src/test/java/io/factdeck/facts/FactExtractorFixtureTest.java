package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden fixtures written for these tests (not third-party text). Together they exercise every date form and
 * every precision trap of the real corpus: boilerplate, byline, dateline, names with years, money, counts,
 * hopes, plans, forecasts, targets, relative dates, congress ordinals and agreement lists.
 */
class FactExtractorFixtureTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"siam-relations", "laos-relations"})
    void extractsExactlyTheExpectedFacts(String fixture) {
        FactExtractor.Extraction x = FactExtractor.extract(fixture + ".txt", Fixtures.text(fixture + ".txt"));
        List<String[]> expected = Fixtures.rows(fixture + ".expected.tsv");
        List<String> wanted = new ArrayList<>();
        for (String[] row : expected) {
            wanted.add(String.join(
                    " | ", row[0], row[1], row[2], n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]), n(row[8]),
                    row[9]));
        }
        List<String> got = new ArrayList<>();
        for (Draft d : x.drafts()) {
            got.add(String.join(
                    " | ",
                    d.modality().yamlName(),
                    d.date(),
                    d.kind().yamlName(),
                    n(d.event()),
                    n(d.subject()),
                    n(d.action()),
                    n(d.object()),
                    n(d.organization()),
                    n(d.agreement()),
                    d.sentence()));
        }
        assertEquals(String.join("\n", wanted), String.join("\n", got));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"siam-relations", "laos-relations"})
    void takesNoFactFromPageFurniture(String fixture) {
        for (Draft d :
                FactExtractor.extract(fixture, Fixtures.text(fixture + ".txt")).drafts()) {
            String s = d.sentence();
            assertTrue(
                    !s.contains("Page last modified")
                            && !s.contains("Copyright")
                            && !s.contains("Issue 11")
                            && !s.contains("[Source")
                            && !s.contains("&lt;")
                            && !s.contains("Donate")
                            && !s.equals("November 2022"),
                    s);
        }
    }

    @org.junit.jupiter.api.Test
    void readsThePageMetadataWithoutMakingFactsOfIt() {
        TextCleaner.DocumentInfo siam =
                FactExtractor.extract("s", Fixtures.text("siam-relations.txt")).info();
        assertEquals("Thailand - Foreign Relations", siam.title());
        assertEquals("2019-09-23", siam.date());
        TextCleaner.DocumentInfo laos =
                FactExtractor.extract("l", Fixtures.text("laos-relations.txt")).info();
        assertEquals("2022-11", laos.dateline());
        assertEquals("Regional Review", laos.publisher());
        assertEquals("Example Writer", laos.author());
    }

    private static String n(String s) {
        return s == null ? "-" : s;
    }
}
