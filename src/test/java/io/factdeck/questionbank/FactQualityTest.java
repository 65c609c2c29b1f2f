package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.facts.DatedFact;
import io.factdeck.facts.Entity;
import io.factdeck.facts.FactKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactQualityTest {

    private final FactQuality quality = new FactQuality(
            List.of("Their bilateral trade grew.", "The foreign ministry and the communist party met."));

    private static DatedFact fact(String event, String sentence) {
        return new DatedFact(
                "x-1990",
                "1990",
                null,
                null,
                event,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                FactKind.OTHER,
                null,
                new DatedFact.Evidence("doc.txt", sentence),
                List.of(),
                List.of());
    }

    private boolean usable(String event) {
        return quality.usable(fact(event, event + "."));
    }

    @Test
    void asksPlainEvents() {
        assertTrue(usable("Vietnam invaded Cambodia"));
        assertTrue(usable("The United States upgraded its liaison office in Hanoi to an embassy"));
        assertTrue(usable("The tripartite Coalition Government of Democratic Kampuchea was formed"));
        assertTrue(usable("Vietnam and Russia declared a strategic partnership"));
        assertTrue(usable("Trade between Japan and Vietnam topped $10 billion"));
    }

    @Test
    void leavesOutStatesVaguenessSpeechAndFragments() {
        assertFalse(usable("The situation remained deadlocked"), "a state");
        assertFalse(usable("Private suspicions within the respective leaderships grew"), "a vague subject");
        assertFalse(usable("Vietnam shifted its focus"), "a predicate that names nothing");
        assertFalse(usable("Hanoi made a similar gesture to Malaysia"), "points back into the document");
        assertFalse(usable("Hanoi was a signatory to the Geneva Agreement"), "a copula");
        assertFalse(usable("Japan had 1,500 projects in Vietnam"), "possession");
        assertFalse(usable("Beijing had become increasingly critical of Hanoi"), "a state reached by then");
        assertFalse(usable("Foreign Minister Son said that he hopes to resolve the conflict"), "reported speech");
        assertFalse(usable("The three governments discussed coordinating"), "cut short");
        assertFalse(usable("Japan provided $1. 6 billion in assistance"), "a garbled number");
        assertFalse(usable("Leaders from Japanese and Vietnam signed four documents"), "a garbled name");
        assertFalse(usable("Vietnam reopened trade office in Karachi"), "a lost determiner");
        assertTrue(usable("Vietnam expanded trade with Japan"), "an uncountable noun needs none");
        assertFalse(usable("Vietnam started to expand their relations with Japan"), "a lost agreement");
        assertFalse(
                quality.usable(fact(
                        "Maritime boundary with Thailand was resolved",
                        "maritime boundary with Thailand resolved in August 1997")),
                "a fact-sheet fragment");
    }

    @Test
    void aListAfterAColonIsASentenceUnlessALabelLeadsIt() {
        String signed = "In November 2011 Japanese and Vietnamese leaders signed four documents: a joint statement;"
                + " two joint documents on nuclear power; and a memorandum on nurses.";
        assertTrue(quality.usable(fact("Japanese and Vietnamese leaders signed four documents", signed)));
        String entry = "Disputes - international: boundary with Cambodia not defined; boundary with Thailand resolved"
                + " in August 1997; Paracel Islands occupied.";
        assertFalse(quality.usable(fact("Vietnam resolved its boundary with Thailand", entry)));
        // a clause a reviewer wrote for the entry, with its named subject, reads on its own; the noun read off the
        // fragment does not
        DatedFact reviewed = fact("Vietnam resolved its boundary with Thailand", entry)
                .withClause(
                        "Vietnam resolved its boundary with Thailand", "Vietnam", "resolve", "its boundary", List.of());
        assertTrue(quality.usable(reviewed));
        DatedFact fragment = fact("The boundary with Thailand was resolved", entry)
                .withClause(
                        "The boundary with Thailand was resolved",
                        "the boundary with Thailand",
                        "be resolved",
                        null,
                        List.of());
        assertFalse(quality.usable(fragment));
    }

    @Test
    void anOfficeHeldIsNoMereState() {
        assertTrue(usable("Vietnam served as Chairman of ASEAN"), "a term of office, dated by its year");
        assertFalse(usable("Laos served as a buffer between Vietnam and Thailand"), "a role that merely lasted");
    }

    @Test
    void aWhenClauseAfterSinceIsDatedNotBounded() {
        DatedFact visit = new DatedFact(
                "dung-visit-2006",
                "2006-10",
                "October 2006",
                null,
                "Prime Minister Nguyen Tan Dung visited Japan",
                null,
                "visit",
                "Japan",
                List.of(),
                null,
                null,
                FactKind.VISIT,
                null,
                new DatedFact.Evidence(
                        "doc.txt",
                        "Relations have grown, especially since October 2006, when Prime Minister Nguyen Tan Dung"
                                + " officially visited Japan."),
                List.of(),
                List.of());
        assertEquals(FactQuality.Timing.POINT, quality.timing(visit));
        DatedFact since = new DatedFact(
                "ties-2006",
                "2006-10",
                "October 2006",
                null,
                "Vietnam and Japan cooperated closely",
                null,
                "cooperate",
                null,
                List.of(),
                null,
                null,
                FactKind.RELATIONS,
                null,
                new DatedFact.Evidence("doc.txt", "Vietnam and Japan have cooperated closely since October 2006."),
                List.of(),
                List.of());
        assertEquals(FactQuality.Timing.BOUND, quality.timing(since));
    }

    @Test
    void lowerCasesCommonWordsButNotNames() {
        assertEquals("bilateral trade grew", quality.midSentence("Bilateral trade grew"));
        assertEquals("the Politburo met", quality.midSentence("The Politburo met"));
        assertEquals("both armies came", quality.midSentence("Both armies came"));
        assertEquals("Foreign Minister Thach visited", quality.midSentence("Foreign Minister Thach visited"));
        assertEquals("Vietnam joined", quality.midSentence("Vietnam joined"));
        assertEquals("Trade and Industry Ministry agreed", quality.midSentence("Trade and Industry Ministry agreed"));
    }

    @Test
    void englishArticlesAndVerbs() {
        assertEquals("the Philippines", English.nounPhrase("Philippines", Entity.Type.COUNTRY));
        assertEquals("Vietnam", English.nounPhrase("Vietnam", Entity.Type.COUNTRY));
        assertEquals("the World Bank", English.nounPhrase("World Bank", Entity.Type.ORGANIZATION));
        assertEquals("ASEAN", English.nounPhrase("ASEAN", Entity.Type.ORGANIZATION));
        assertEquals("the WTO", English.nounPhrase("WTO", Entity.Type.ORGANIZATION));
        assertEquals("the Khmer Rouge", English.nounPhrase("Khmer Rouge", Entity.Type.ORGANIZATION));
        assertTrue(English.startsWithPastVerb("withdrew its troops"));
        assertTrue(English.startsWithPastVerb("officially visited Japan"));
        assertFalse(English.startsWithPastVerb("visit Japan"));
        assertTrue(English.mentions("Vietnamese troops", "Vietnam"));
        assertFalse(English.mentions("thus it was", "US"));
        assertEquals("nguyen-phu-trong", English.slug("Nguyễn Phú Trọng"));
    }
}
