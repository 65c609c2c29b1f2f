package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The event clause a sentence gives: a grammatical past-tense clause with its object, which question stems are
 * built from. One sentence (or a short text) each, written for the test; the expected events are joined by " / ".
 */
class EventTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a second clause after "and" is not part of the object
                "In 1990, the council released a joint communique about border trade and a clause of the communique"
                        + " stated: \"Trade will grow.\""
                        + " | 1990 The council released a joint communique about border trade",
                // ", this time to ..." completes the object
                "At the 4th Party Congress in 1976, Laos again shifted its attention, this time to rebuilding its roads"
                        + " and reopening trade with Thailand."
                        + " | 1976 Laos shifted its attention to rebuilding its roads and reopening trade with Thailand",
                // a verb that takes an object and an infinitive keeps the infinitive
                "In March 1989, the United Nations was instrumental in persuading two rival factions to join a ceasefire."
                        + " | 1989-03 The United Nations was instrumental in persuading two rival factions to join a"
                        + " ceasefire",
                // a date that describes a noun stays in the object
                "In 1979 the two ministries discussed aligning their 1981-85 economic plans."
                        + " | 1979 The two ministries discussed aligning their 1981-85 economic plans",
                // a number broken by a stray space is mended in the event only
                "In 2015, the bank provided $2. 4 billion to the province. | 2015 The bank provided $2.4 billion to the"
                        + " province",
                // a role without its organization takes the one organization the sentence names
                "Laos's standing in ASEAN rose; the country served as Chairman in 2016. | 2016 Laos served as Chairman"
                        + " of ASEAN",
                // a nationality adjective where the country is meant
                "In May 2013, leaders from Thai and Laos signed two accords. | 2013-05 Leaders from Thailand and Laos"
                        + " signed two accords",
                // fact-sheet noun phrases: the whole phrase is the subject, with "the"
                "Border issues: land boundary with Laos resolved in 2008; maritime boundary dispute with Malaysia in the"
                        + " Gulf of Thailand resolved in 2009; agreement on river navigation with Laos was signed in May"
                        + " 2010."
                        + " | 2008 The land boundary with Laos was resolved"
                        + " / 2009 The maritime boundary dispute with Malaysia in the Gulf of Thailand was resolved"
                        + " / 2010-05 The agreement on river navigation with Laos was signed",
                // a name made of a list of words keeps its commas
                "Meanwhile, the Foreign, Commonwealth and Development Office agreed with the Thai government in June"
                        + " 2021 on a new visa scheme."
                        + " | 2021-06 The Foreign, Commonwealth and Development Office agreed with the Thai government"
                        + " on a new visa scheme",
                // a bare noun keeps the relative clause that says which one
                "In 1980, the army launched an offensive that ended the siege of the capital."
                        + " | 1980 The army launched an offensive that ended the siege of the capital",
                // an organization's name as the object takes "the"
                "In 1994, Laos established diplomatic relations with Association of Southeast Asian Nations member"
                        + " states. | 1994 Laos established diplomatic relations with the Association of Southeast"
                        + " Asian Nations member states",
                // an agreement's name as the object takes "the"
                "Thailand and Laos share a long river border. In April 2010, the two countries signed Thailand - Laos"
                        + " Transit Agreement (TLTA)."
                        + " | 2010-04 Laos and Thailand signed the Thailand - Laos Transit Agreement (TLTA)",
                // "since" dates the event it names, not the state that follows it
                "Especially since the adoption of the new constitution at the National Assembly in 1992, Laos has"
                        + " always defended its neutrality."
                        + " | 1992 The new constitution was adopted at the National Assembly",
                "Over the past 20 years of integration and reform since 1995, Cambodia's trade was gradually opened."
                        + " | 1995 Integration and reform began in Cambodia",
                // a date inside a gerund phrase dates the gerund, told with the main clause's subject
                "From 1990 to 1995, the rebels held the northern hills, and, by moving their bases in 1993 to avoid"
                        + " air strikes, extended their reach."
                        + " | 1990/1995 The rebels held the northern hills"
                        + " / 1993 The rebels moved their bases to avoid air strikes",
                // a plan is the infinitive or the act its date ends, not the clause that reports it
                "The congress set two goals, namely, to double exports by 2030, and to end poverty by 2040."
                        + " | target 2030 The congress set two goals to double exports"
                        + " / target 2040 The congress set two goals to end poverty",
                "The ministry agreed in March 2012 on funding for the completion of the coastal railway in 2025."
                        + " | 2012-03 The ministry agreed on funding for the completion of the coastal railway"
                        + " / plan 2025 The completion of the coastal railway was planned",
                // a sentence without a date of its own takes its section's, its visit's or its source's
                "Period 1960-1965: Laos opened talks with Thailand in 1961. The king appointed a new envoy. Later, a"
                        + " trade office was opened in Bangkok."
                        + " | 1961 Laos opened talks with Thailand / 1960/1965 The king appointed a new envoy"
                        + " / 1960/1965 A trade office was opened in Bangkok",
                "Prime Minister Chan paid an official visit to Laos from March 3 to March 5, 2012. During his visit,"
                        + " Prime Minister Chan was received by the King of Laos and opened a school."
                        + " | 2012-03-03/2012-03-05 Prime Minister Chan paid an official visit to Laos"
                        + " / 2012-03-03/2012-03-05 Prime Minister Chan was received by the King of Laos",
                "Foreign Minister Lee has just paid a visit to Laos. [Source: Example Daily, April 20, 2015]"
                        + " | 2015-04 Foreign Minister Lee paid a visit to Laos",
                "Premier Kim visited Laos in March. [Source: Example Daily, February 2, 2015]"
                        + " | 2014-03 Premier Kim visited Laos",
                // a meeting the document dates dates what was said at it; each meeting its own
                "In March 2015, the cabinet hosted a high-level water security conference. At the National Conference"
                        + " on Water Security, Minister Vong stressed the need to protect the river."
                        + " | 2015-03 The cabinet hosted a high-level water security conference"
                        + " / 2015-03 Minister Vong stressed the need to protect the river at the National Conference"
                        + " on Water Security",
                "The 7th Party Congress in March 2001 set the budget. In June 2004 the ministers held a regional trade"
                        + " forum. The 7th Party Congress and the Regional Forum on Trade stressed open markets."
                        + " | 2001-03 The 7th Party Congress set the budget / 2004-06 The ministers held a regional trade"
                        + " forum / 2001-03 The 7th Party Congress stressed open markets"
                        + " / 2004-06 The Regional Forum on Trade stressed open markets",
                // "after" a meeting: between the meeting and the document's own date
                "Laos and its reforms\\n\\nMarch 2020\\n\\nThe 9th Party Congress in January 2016 set new goals. The"
                        + " export sector has changed after the 9th Party Congress."
                        + " | 2016-01 The 9th Party Congress set new goals"
                        + " / 2016-01/2020-03 The export sector changed after the 9th Party Congress",
                // "the proposal" names what the sentence before proposed
                "In 1975, a customs union between the two kingdoms was discussed by the envoys. The proposal surfaced"
                        + " again at a summit in Vientiane in May 1977."
                        + " | 1975 A customs union between the two kingdoms was discussed by the envoys"
                        + " / 1977-05 The proposal for a customs union between the two kingdoms surfaced again at a"
                        + " summit in Vientiane",
                // "the situation" is the story's state, not the previous sentence's subject; "this situation" is
                "Tensions rose in the border areas in 1986. In 1987 the situation remained deadlocked."
                        + " | 1986 Tensions rose in the border areas / 1987 The situation remained deadlocked",
                // a relative date counts from the event the sentence names, when the document dates it; "in less
                // than three years" is a moment, not a span, so it takes the decade and the war's start
                "The rebel victory in the capital in 1962 ended the monarchy. A new constitution came in 1963. Riots"
                        + " broke out almost immediately following the rebel victory, and in less than three years Laos"
                        + " was again at war, this time with Thailand."
                        + " | 1962 The rebel victory in the capital ended the monarchy / 1963 A new constitution came"
                        + " / 1960s Laos went to war with Thailand",
                // a garbled clause keeps the writer's own words, trimmed to the clause that holds the date
                "Rebel units crossing the river in May 1970 the took the town, and the mayor fled."
                        + " | 1970-05 Rebel units crossing the river the took the town",
                // an event is told in the simple past
                "Cambodia has signed the border treaty in 2010. | 2010 Cambodia signed the border treaty",
            })
    void readsAsAGrammaticalClause(String text, String expected) {
        String got = FactExtractor.extract("event-text", text.replace("\\n", "\n")).drafts().stream()
                .map(d -> (d.modality() == Modality.EVENT ? "" : d.modality().yamlName() + " ") + d.date() + " "
                        + d.event())
                .collect(Collectors.joining(" / "));
        assertEquals(expected, got);
    }
}
