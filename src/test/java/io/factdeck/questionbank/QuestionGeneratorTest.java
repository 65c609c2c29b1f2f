package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.facts.DatedFact;
import io.factdeck.facts.Entity;
import io.factdeck.facts.FactKind;
import io.factdeck.facts.Modality;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {

    private static BankInfo info;
    private static BankFacts facts;
    private static List<Question> questions;
    private static Map<String, DatedFact> factById;
    private static Map<String, Entity> entityByName;

    @BeforeAll
    static void generate() {
        info = Fixtures.info();
        facts = Fixtures.facts();
        questions = new QuestionGenerator(info, facts).generate();
        // plans too: a goal's questions name their plan
        factById = java.util.stream.Stream.concat(facts.facts().stream(), facts.plans().stream())
                .collect(Collectors.toMap(DatedFact::id, f -> f));
        entityByName = facts.entities().stream().collect(Collectors.toMap(Entity::name, e -> e));
    }

    private static Question question(String id) {
        return questions.stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }

    private static boolean has(String id) {
        return questions.stream().anyMatch(q -> q.id().equals(id));
    }

    private static FactDate date(String factId) {
        return FactDate.parse(factById.get(factId).date()).orElseThrow();
    }

    /** The fact and every fact reachable from it through same_as and conflicts, in either direction. */
    private static Set<String> linked(String factId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(factId));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id) || !factById.containsKey(id)) {
                continue;
            }
            DatedFact fact = factById.get(id);
            todo.addAll(fact.sameAs());
            todo.addAll(fact.conflicts());
            for (DatedFact other : facts.facts()) {
                if (other.sameAs().contains(id) || other.conflicts().contains(id)) {
                    todo.add(other.id());
                }
            }
        }
        return seen;
    }

    @Test
    void producesEveryKind() {
        Set<QuestionKind> kinds = questions.stream().map(Question::kind).collect(Collectors.toSet());
        assertEquals(
                EnumSet.of(
                        QuestionKind.WHEN,
                        QuestionKind.WHO,
                        QuestionKind.WHICH_AGREEMENT,
                        QuestionKind.WHICH_ORGANIZATION,
                        QuestionKind.ORDER,
                        QuestionKind.TRUE_FALSE,
                        QuestionKind.CLOZE),
                kinds);
    }

    @Test
    void readsStemsAsWritten() {
        assertEquals(
                "In which month and year did Vietnam join the Asia-Pacific Economic Cooperation forum?",
                question("apec-membership-1998.when").prompt());
        assertEquals(
                "Which country launched a three-week incursion over Vietnam's northern border in February 1979?",
                question("china-incursion-1979.who").prompt());
        assertEquals(
                "Which agreement did Vietnam and China sign in December 1999?",
                question("land-border-agreement-1999.which-agreement").prompt());
        assertEquals(
                "Which organization did Vietnam join in June 1978?",
                question("comecon-membership-1978.which-organization").prompt());
        assertEquals(
                "On what date did Vietnam join the United Nations?",
                question("un-membership-1977.when").prompt());
        assertEquals(
                "In which month and year did the United States upgrade its liaison office in Hanoi to an embassy?",
                question("us-relations-1995.when").prompt());
        assertEquals(
                "In which decade did Vietnam become a member of the World Bank?",
                question("world-bank-membership-1990s.when").prompt());
        assertEquals(
                "In July 1995, Vietnam joined _____.",
                question("asean-membership-1995.cloze.2").prompt());
        assertEquals(
                "In _____ (month and year), Vietnam invaded Cambodia.",
                question("cambodia-invasion-1978.cloze.1").prompt());
        // a month or a day is a right answer too where the blank does not say it wants the year
        assertEquals(
                "In _____ (year), Vietnam withdrew its troops from Cambodia.",
                question("cambodia-withdrawal-1989.cloze.1").prompt());
    }

    @Test
    void blanksOnlyWholeNames() {
        // "Vietnam hosted the ASEAN summit": blanking ASEAN would leave "hosted _____ summit"
        assertFalse(has("asean-summit-1998.cloze.2"));
        assertTrue(questions.stream().noneMatch(q -> q.prompt().contains(" an " + Question.BLANK)));
        // the back quotes the evidence, which must show the name the card asks for
        for (Question q : questions) {
            if (q.id().endsWith(".cloze.2")) {
                String sentence = q.back().substring(q.back().indexOf('“'));
                String bare = q.answer().replaceFirst("^the ", "");
                assertTrue(
                        sentence.contains(bare)
                                || sentence.contains(English.demonym(bare)) // "Soviet aid" names the Soviet Union
                                || q.accept().stream().anyMatch(sentence::contains),
                        q.id() + ": " + q.back());
            }
        }
    }

    @Test
    void neverAsksForTheBanksOwnCountryButForItsPartner() {
        // "Which country hosted the ASEAN summit?" in a bank about Vietnam: the answer is the one a student guesses,
        // and as a distractor it is absurd
        assertFalse(has("asean-summit-1998.who"));
        assertTrue(questions.stream()
                .filter(q -> q.kind() == QuestionKind.WHO)
                .noneMatch(q -> q.options().contains("Vietnam")));
        Question partner = question("thailand-boundary-1997.who.2");
        assertEquals("With which country did Vietnam settle its maritime boundary in August 1997?", partner.prompt());
        assertEquals("Thailand", partner.answer());
        for (String option : partner.options()) {
            assertEquals(Entity.Type.COUNTRY, entityByName.get(option).type(), option);
        }
    }

    @Test
    void readsAPersonsTitleBeforeTheName() {
        assertEquals(
                "On 12 May 2022, Vietnamese Prime Minister _____ attended a special summit in Washington.",
                question("us-pm-visit-2022.cloze.2").prompt());
    }

    @Test
    void asksAPersonOnlyAmongLeadersOfTheSameCountry() {
        // "Who visited Indonesia in 1982?" has every visitor of that year as an answer, and a Prime Minister of 2022 as
        // a distractor is absurd: a person is asked among leaders of the country the sources say they serve
        Question summit = question("us-pm-visit-2022.who");
        assertEquals(
                "Which Vietnamese leader attended a special summit in Washington on 12 May 2022?", summit.prompt());
        assertEquals(
                Set.of("Pham Minh Chinh", "Nguyen Phu Trong", "Bui Thanh Son", "Pham Binh Minh"),
                Set.copyOf(summit.options()));
        for (Question q : questions) {
            if (q.kind() == QuestionKind.WHO && entityByName.get(q.answer()).type() == Entity.Type.PERSON) {
                assertTrue(q.prompt().matches("Which \\w+ leader .*"), q.prompt());
                for (String option : q.options()) {
                    assertEquals(Entity.Type.PERSON, entityByName.get(option).type(), q.id() + ": " + option);
                    assertTrue(option.contains(" "), q.id() + ": " + option);
                }
            }
        }
        // "Prime Minister Nguyen Tan Dung" says not whose Prime Minister: not asked with options
        assertFalse(has("dung-japan-visit-2006.who"));
    }

    @Test
    void asksTheOrganizationNamedAsAQualifierOrInAMeetingsName() {
        Question observer = question("asean-observer-1976.which-organization");
        assertEquals(
                "At the meetings of which organization did Vietnam request observer status in January 1976?",
                observer.prompt());
        assertEquals("Association of Southeast Asian Nations", observer.answer());
        // APEC (1989) and the WTO (1995) did not exist in 1976
        assertFalse(
                observer.options().contains("Asia-Pacific Economic Cooperation"),
                observer.options().toString());
        assertFalse(
                observer.options().contains("World Trade Organization"),
                observer.options().toString());
        Question summit = question("japan-asean-summit-2023.which-organization");
        assertEquals(
                "Vietnamese Prime Minister Pham Minh Chinh attended the Commemorative Summit held in Tokyo between Japan"
                        + " and which organization on 17 December 2023?",
                summit.prompt());
        // Comecon was dissolved in 1991
        assertFalse(
                summit.options().contains("Council for Mutual Economic Assistance"),
                summit.options().toString());
    }

    @Test
    void noWhenOptionEndsBeforeWhatTheStemNamesWasFounded() {
        Map<String, Integer> founded =
                Map.of("ASEAN", 1967, "World Trade Organization", 1995, "Asia-Pacific Economic Cooperation", 1989);
        Pattern year = Pattern.compile("\\b(\\d{4})(s?)\\b");
        int checked = 0;
        for (Question q : questions) {
            if (q.kind() != QuestionKind.WHEN) {
                continue;
            }
            for (Map.Entry<String, Integer> body : founded.entrySet()) {
                if (!q.prompt().contains(body.getKey())) {
                    continue;
                }
                checked++;
                for (String option : q.options()) {
                    Matcher m = year.matcher(option);
                    assertTrue(m.find(), option);
                    int last = Integer.parseInt(m.group(1)) + (m.group(2).isEmpty() ? 0 : 9);
                    assertTrue(last >= body.getValue(), q.id() + ": " + option + " before " + body.getKey());
                }
            }
        }
        assertTrue(checked >= 2, "the fixture asks when of steps towards ASEAN and the WTO");
        // nor starts after what the stem names had ended: no 2000s for Soviet aid
        Question aid = questions.stream()
                .filter(q -> q.kind() == QuestionKind.WHEN && q.prompt().contains("Soviet Union"))
                .findFirst()
                .orElseThrow();
        for (String option : aid.options()) {
            Matcher m = year.matcher(option);
            assertTrue(m.find() && Integer.parseInt(m.group(1)) <= 1991, aid.id() + ": " + option);
        }
    }

    @Test
    void aMinistersVisitDatedOnlyByItsYearIsNotAskedWhen() {
        // Thach went to Indonesia in 1980, 1982 and 1984: "In _____, Thach visited Indonesia" has three answers
        assertFalse(has("thach-indonesia-visit-1982.when"));
        assertFalse(has("thach-indonesia-visit-1982.cloze.1"));
        assertFalse(has("thach-indonesia-visit-1982.true-false.2"));
        assertTrue(has("thach-indonesia-visit-1982.true-false.1"));
        // a visit dated to the month is asked
        assertTrue(has("kishida-visit-2022.when"));
    }

    @Test
    void noCountryWithAnAkinStepAtTheTimeIsAPartnersDistractor() {
        // a Vietnamese delegation discussed cooperation in Kampuchea in 1976: Cambodia is arguable as Vietnam's partner
        // in the cooperation agreements of 1976
        assertFalse(question("laos-agreements-1976.who.2").options().contains("Cambodia"));
    }

    @Test
    void opensOfMissionsAbroadAreOrderedTogether() {
        List<Question> missions = questions.stream()
                .filter(q -> q.kind() == QuestionKind.ORDER && q.tags().contains("embassies"))
                .toList();
        assertFalse(missions.isEmpty());
        for (Question q : missions) {
            for (String item : q.items()) {
                assertTrue(item.matches("(?i).*\\b(embassy|liaison office|trade office).*"), q.id() + ": " + item);
            }
        }
    }

    @Test
    void aVisitDatedToAMonthIsNotAskedForItsDestination() {
        // Dung went to Nanning as well as to Japan in October 2006: "visited _____" has two answers
        assertFalse(has("dung-japan-visit-2006.cloze.2"));
        assertFalse(has("dung-japan-visit-2006.who.2"));
        assertTrue(has("dung-japan-visit-2006.cloze.1"), "its month is asked");
    }

    @Test
    void anAgreementKnownOnlyByItsKindIsNeverOrdered() {
        // "the peace treaty with France": the preliminary accord of 1946 or the Geneva settlement of 1954?
        assertTrue(has("france-peace-treaty-1946.true-false.1"));
        assertTrue(questions.stream()
                .filter(q -> q.kind() == QuestionKind.ORDER)
                .noneMatch(q -> q.facts().contains("france-peace-treaty-1946")));
    }

    @Test
    void aReportsDateIsNotTheEventsDate() {
        // "In November 2011, the Yomiuri Shimbun reported, ... leaders signed four documents": they signed in October
        assertTrue(questions.stream().noneMatch(q -> q.facts().contains("four-documents-2011")));
    }

    @Test
    void aWithdrawalIsNotDatedAmongEarlierYearsWhenItsStagesWereWithdrawalsToo() {
        // troops left Cambodia in stages up to 1989: "1988" beside "1989" would be half true
        assertFalse(has("cambodia-withdrawal-1989.when"));
        assertTrue(has("cambodia-withdrawal-1989.cloze.1"));
    }

    @Test
    void noBorderAgreementIsAnOptionForPartnersThatShareNoBorder() {
        // the bank's other agreements of 2001 are border agreements with China: none is a fair option for the United
        // States, so the Bilateral Trade Agreement is not asked among them
        assertFalse(has("bilateral-trade-agreement-2001.which-agreement"));
        for (Question q : questions) {
            if (q.kind() == QuestionKind.WHICH_AGREEMENT && q.prompt().contains("United States")) {
                assertTrue(q.options().stream().noneMatch(o -> o.contains("Border")), q.id());
            }
        }
    }

    @Test
    void aRotatingChairOrSummitIsNotDatedAsIfOnce() {
        // Vietnam hosted APEC in 2006 and again in 2017: "In _____, Vietnam hosted summits for APEC" has two answers,
        // while "For which organization did Vietnam host summits in 2006?" has one
        assertFalse(has("apec-summits-2006.when"));
        assertFalse(has("apec-summits-2006.cloze.1"));
        assertFalse(has("apec-summits-2006.true-false.2"));
        assertTrue(has("apec-summits-2006.which-organization"));
        // the chair of ASEAN hosts the East Asia Summit too: "hosted the summits of _____" has more than one answer
        assertFalse(has("apec-summits-2006.cloze.2"));
    }

    @Test
    void aCenturyIsNoTypedAnswer() {
        // "In _____, the Central Committee formulated the Strategy": "the 21st century", "the early 2000s", "2003"
        assertTrue(has("motherland-strategy-20xx.true-false.1"));
        assertFalse(has("motherland-strategy-20xx.cloze.1"));
        // and the Party, founded in 1930, has lived in two centuries only: too few options for a when-question
        assertFalse(has("motherland-strategy-20xx.when"));
    }

    @Test
    void offersLeadersOfTheSameCountryAliveAndForAVisitOutOfOfficeAtTheDate() {
        List<Leader> leaders = List.of(
                new Leader("Zhou Enlai", List.of(), "China", "Chinese", "Premier", 1949, 1976, 1976),
                new Leader("Mao Zedong", List.of(), "China", "Chinese", "Chairman", 1949, 1976, 1976),
                new Leader("Chen Yi", List.of(), "China", "Chinese", "Foreign Minister", 1958, 1972, 1972),
                new Leader("Liu Shaoqi", List.of(), "China", "Chinese", "President", 1949, 1968, 1969),
                new Leader("Gao Gang", List.of(), "China", "Chinese", "Planning chairman", 1949, 1954, 1954),
                new Leader("Yoshihide Suga", List.of(), "Japan", "Japanese", "Prime Minister", 2020, 2021, 9999),
                new Leader("Shinzo Abe", List.of(), "Japan", "Japanese", "Prime Minister", 2006, 2020, 2022),
                new Leader("Yoshihiko Noda", List.of(), "Japan", "Japanese", "Prime Minister", 2011, 2012, 9999),
                new Leader("Yoshimasa Hayashi", List.of(), "Japan", "Japanese", "Foreign Minister", 2021, 2023, 9999),
                new Leader(
                        "Fumio Kishida", List.of("Kishida"), "Japan", "Japanese", "Prime Minister", 2012, 2024, 9999));
        List<Question> withLeaders = new QuestionGenerator(info, facts, leaders).generate();
        Question zhou = withLeaders.stream()
                .filter(q -> q.id().equals("north-agreement-1964.who"))
                .findFirst()
                .orElseThrow();
        // the documents give Zhou Enlai no country; the list does, and his peers of 1964 are the options
        assertTrue(zhou.prompt().startsWith("Which Chinese leader made an informal agreement with"), zhou.prompt());
        assertEquals("Zhou Enlai", zhou.answer());
        assertEquals(Set.of("Zhou Enlai", "Mao Zedong", "Chen Yi", "Liu Shaoqi"), Set.copyOf(zhou.options()));
        assertFalse(has("north-agreement-1964.who"), "without the list, Zhou Enlai's country is unknown");
        // a visit: no one then in office (Hayashi) and no one dead by then is offered
        Question visit = withLeaders.stream()
                .filter(q -> q.id().equals("kishida-visit-2022.who"))
                .findFirst()
                .orElseThrow();
        assertEquals("Which Japanese leader visited Vietnam on 30 April 2022?", visit.prompt());
        assertEquals(
                Set.of("Fumio Kishida", "Yoshihide Suga", "Shinzo Abe", "Yoshihiko Noda"), Set.copyOf(visit.options()));

        // a head of another branch then in office does not travel with the Prime Minister and is the likelier
        // option; the Foreign Minister might have, and is none
        List<Leader> withSpeaker = new ArrayList<>(leaders);
        withSpeaker.add(new Leader(
                "Hiroyuki Hosoda", List.of(), "Japan", "Japanese", "Speaker of the House", 2021, 2023, 2024));
        Question headed = new QuestionGenerator(info, facts, withSpeaker)
                .generate().stream()
                        .filter(q -> q.id().equals("kishida-visit-2022.who"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                headed.options().contains("Hiroyuki Hosoda"), headed.options().toString());
        assertFalse(
                headed.options().contains("Yoshimasa Hayashi"), headed.options().toString());
    }

    @Test
    void asksTheOrganizationOfARoleOrAPart() {
        Question host = question("apec-summits-2006.which-organization");
        assertEquals("For which organization did Vietnam host summits in 2006?", host.prompt());
        assertEquals("Asia-Pacific Economic Cooperation", host.answer());
        for (String option : host.options()) {
            assertEquals(Entity.Type.ORGANIZATION, entityByName.get(option).type(), option);
        }
    }

    @Test
    void falsifiesTheDateOnlyOfStepsTakenOnce() {
        // joining the UN happens once, so another date is plainly false; a visit, an invasion or an informal
        // agreement may have happened at another date too, and the sources cannot say it did not
        assertTrue(has("un-membership-1977.true-false.2"));
        assertTrue(question("un-membership-1977.true-false.1").answer().equals("True"));
        for (String fact : List.of("dung-japan-visit-2006", "cambodia-invasion-1978", "north-agreement-1964")) {
            assertTrue(has(fact + ".true-false.1"), fact);
            assertFalse(has(fact + ".true-false.2"), fact);
        }
    }

    @Test
    void stemsSpellOutWhatOnlyTheDocumentExplains() {
        assertEquals(
                "In which year did Pol Pot and his supporters seize control of the Kampuchean Communist Party?",
                question("kcp-control-1973.when").prompt());
        assertEquals(
                "In which year did Zhou Enlai make an informal agreement with North Vietnam?",
                question("north-agreement-1964.when").prompt());
        assertTrue(questions.stream().noneMatch(q -> q.prompt().matches(".*\\bKCP\\b.*")));
    }

    @Test
    void asksNothingWhoseDateBelongsToSomethingElseOrToTheWriter() {
        // "its current foreign policy" is the writer's present; "within months of the 1991 Paris Agreements" dates the
        // agreements; a section heading's span dates the section
        for (String fact : List.of("current-policy-2001", "brunei-relations-1991", "alliances-1947")) {
            assertTrue(questions.stream().noneMatch(q -> q.facts().contains(fact)), fact + " is asked");
        }
    }

    @Test
    void countryDistractorsExistedAtTheDateAndAnInvasionsAreNeighbours() {
        Question invasion = question("cambodia-invasion-1978.who.2");
        for (String option : invasion.options()) {
            assertTrue(Regions.existed(option, 1978, 1978), option);
            // the sample knows too few Southeast Asian states for three, so Asia it is: no United States, no France
            assertTrue(
                    Regions.distance(option, "Cambodia") <= Regions.SAME_CONTINENT,
                    invasion.options().toString());
        }
        for (Question q : questions) {
            if (q.kind() == QuestionKind.WHO && !q.options().isEmpty()) {
                int year = Integer.parseInt(q.tags().stream()
                        .filter(t -> t.matches("\\d{4}s"))
                        .findFirst()
                        .orElseThrow()
                        .substring(0, 4));
                for (String option : q.options()) {
                    assertTrue(Regions.existed(option, year, year + 9), q.id() + ": " + option);
                }
            }
        }
        assertFalse(Regions.existed("Soviet Union", 2000, 2000));
        assertFalse(Regions.existed("Russia", 1946, 1946));
        assertTrue(Regions.existed("China", 1946, 1946));
    }

    @Test
    void namesTheOtherPartyWhenTheStructuredFieldsLeaveItOut() {
        assertEquals(
                "In which month and year did Vietnam and Russia declare a strategic partnership?",
                question("russia-partnership-2001.when").prompt());
    }

    @Test
    void whenOptionsShareTheAnswersPrecisionAndAreDistinct() {
        for (Question q : questions) {
            if (q.kind() != QuestionKind.WHEN) {
                continue;
            }
            FactDate answer = date(q.facts().get(0));
            if (!answer.display().equals(q.answer())) {
                // a disputed date is only asked at the decade every source agrees on
                assertTrue(linked(q.facts().get(0)).size() > 1, q.id());
                answer = FactDate.parse(answer.firstYear() / 10 + "0s").orElseThrow();
            }
            assertEquals(answer.display(), q.answer(), q.id());
            assertEquals(4, q.options().size(), q.id());
            assertEquals(4, new HashSet<>(q.options()).size(), q.id());
            Set<String> sameShape = new HashSet<>();
            for (String option : q.options()) {
                sameShape.add(option.replaceAll("\\d+(?:st|nd|rd|th)\\b", "9th")
                        .replaceAll("\\d+", "9")
                        .replaceAll("[A-Z][a-z]+", "Month"));
            }
            assertEquals(1, sameShape.size(), q.id() + " mixes precisions: " + q.options());
            if (answer.precision() == FactDate.Precision.MONTH) {
                // the same month a year apart is the one a recurring offensive or summit would fall in
                String month = q.answer().split(" ")[0];
                assertEquals(
                        1,
                        q.options().stream()
                                .filter(o -> o.startsWith(month + " "))
                                .count(),
                        q.id());
            }
            boolean goal =
                    facts.plans().stream().anyMatch(p -> p.id().equals(q.facts().get(0)));
            assertTrue(goal ? q.prompt().endsWith(" which year?") : q.prompt().startsWith(answer.askWords()), q.id());
        }
    }

    @Test
    void noDistractorIsADateAnySourceGivesForTheEvent() {
        for (Question q : questions) {
            if (q.kind() != QuestionKind.WHEN) {
                continue;
            }
            String factId = q.facts().get(0);
            for (String linkedId : linked(factId)) {
                FactDate given = date(linkedId);
                for (String option : q.options()) {
                    if (!option.equals(q.answer())) {
                        assertFalse(
                                overlapsDisplayed(option, given),
                                q.id() + ": " + option + " is what " + linkedId + " says");
                    }
                }
            }
        }
    }

    /** Reads an option back into a date by matching it against every date near the given one. */
    private static boolean overlapsDisplayed(String option, FactDate given) {
        for (int shift = -400; shift <= 400; shift++) {
            FactDate candidate = given.shift(shift);
            if (candidate.display().equals(option)) {
                return candidate.overlaps(given)
                        && (given.precision() != FactDate.Precision.RANGE || candidate.equals(given));
            }
        }
        return false;
    }

    @Test
    void disputedDatesAreNeverAsked() {
        // ASEAN: July 1995 in one document, 1996 in another; only the decade they agree on is asked
        Question asean = question("asean-membership-1995.when");
        assertEquals("In which decade did Vietnam join the Association of Southeast Asian Nations?", asean.prompt());
        assertEquals("the 1990s", asean.answer());
        assertTrue(asean.explanation().contains("Sources disagree on the date"), asean.explanation());
        assertFalse(has("asean-membership-1995-2.when"));
        assertFalse(has("asean-membership-1996.when"));
        assertFalse(has("asean-membership-1995.true-false.1"));
        assertFalse(has("asean-membership-1995.cloze.1"));
        assertFalse(has("asean-membership-1995.true-false.2"), "a false date beside a disputed one confuses");
        // the war's range: 1954-75 against 1959-75
        assertFalse(has("second-indochina-war-1954.when"));
        assertFalse(has("vietnam-war-1959.when"));
        // but the event is still asked in ways that do not need the date, and the explanation says why
        Question name = question("asean-membership-1995.cloze.2");
        assertTrue(name.explanation().contains("Sources disagree on the date"), name.explanation());
        assertTrue(name.explanation().contains("Beta history gives 1996"), name.explanation());
    }

    @Test
    void eachEventIsAskedOnce() {
        // asean-membership-1995-2 says the same as asean-membership-1995: no questions of its own
        assertTrue(questions.stream().noneMatch(q -> q.id().startsWith("asean-membership-1995-2.")));
        assertTrue(questions.stream().noneMatch(q -> q.id().startsWith("asean-membership-1996.")));
        assertTrue(questions.stream().noneMatch(q -> q.id().startsWith("vietnam-war-1959.")));
    }

    @Test
    void plansAreAskedOnlyAsGoalsWithADeadline() {
        // "set the goal to build an industrial country ... by 2030": a goal, phrased as one, with the year it is due
        Question goal = question("industrial-country-plan-2030.cloze");
        assertEquals(QuestionKind.CLOZE, goal.kind());
        assertEquals(
                "The 13th National Congress of the Communist Party of Vietnam set the goal to build an industrial country"
                        + " in a modern direction by _____ (year).",
                goal.prompt());
        assertEquals("2030", goal.answer());
        assertTrue(goal.explanation().contains("a goal set for that year, not an event"), goal.explanation());
        Question due = question("industrial-country-plan-2030.when");
        assertTrue(due.prompt().endsWith(" in a modern direction by which year?"), due.prompt());
        // a round year among round years: 2027, 2028 and 2029 beside 2030 would give it away
        assertEquals(List.of("2025", "2030", "2035", "2040"), due.options());
        // a plan's horizon is its year as well: "a diplomatic strategic plan until 2035"
        assertEquals(
                "Vietnam formulated a diplomatic strategic plan to run until _____ (year).",
                question("diplomatic-strategy-plan-2035.cloze").prompt());
        for (Question q : questions) {
            if (q.facts().stream().anyMatch(id -> id.contains("plan"))) {
                assertTrue(
                        Set.of("industrial-country-plan-2030", "diplomatic-strategy-plan-2035")
                                .containsAll(q.facts()),
                        q.id());
            }
        }
        // a hope is not a goal, and "planned ... in 2020" says not what is due by when
        assertFalse(has("wto-membership-plan-2006.cloze"));
        assertFalse(has("nuclear-power-plan-2020.cloze"));
    }

    @Test
    void choiceOptionsHaveTheAnswersType() {
        for (Question q : questions) {
            if (q.kind() != QuestionKind.WHO
                    && q.kind() != QuestionKind.WHICH_AGREEMENT
                    && q.kind() != QuestionKind.WHICH_ORGANIZATION) {
                continue;
            }
            Entity answer = entityByName.get(q.answer());
            assertNotNull(answer, q.id());
            assertTrue(q.options().contains(q.answer()), q.id());
            assertEquals(4, new HashSet<>(q.options()).size(), q.id());
            for (String option : q.options()) {
                Entity entity = entityByName.get(option);
                assertNotNull(entity, q.id() + ": " + option);
                // people are leaders of the same country, whatever their office (asksAPersonOnlyAmongLeaders...)
                assertEquals(answer.type(), entity.type(), q.id() + ": " + option);
            }
        }
        assertEquals(
                Entity.Type.COUNTRY,
                entityByName
                        .get(question("cambodia-invasion-1978.who.2").answer())
                        .type());
    }

    @Test
    void whichAgreementDistractorsAreAgreementsOfTheSameCategory() {
        Question q = question("land-border-agreement-1999.which-agreement");
        for (String option : q.options()) {
            assertEquals("agreement", entityByName.get(option).category(), option);
        }
        // the Gulf of Tonkin agreement was signed by the same parties, but a year later: a fair distractor
        assertFalse(
                has("laos-treaty-1977.which-agreement"),
                "the only treaty of its category, and the agreements of its time are too few to stand beside it");
        for (Question asked : questions) {
            if (asked.kind() == QuestionKind.WHICH_AGREEMENT) {
                for (String option : asked.options()) {
                    // no agreement of another era: the declaration of 2002 beside a treaty of 1979 gives itself away
                    int year = facts.facts().stream()
                            .filter(f -> option.equals(f.agreement()))
                            .mapToInt(
                                    f -> FactDate.parse(f.date()).orElseThrow().firstYear())
                            .min()
                            .orElseThrow();
                    assertTrue(
                            Math.abs(year - date(asked.facts().get(0)).firstYear()) <= 12, asked.id() + ": " + option);
                }
            }
        }
    }

    @Test
    void noOptionAlsoFitsTheStem() {
        // World Bank and IMF membership is dated "the 1990s", which overlaps July 1995: the sources cannot rule them
        // out for July 1995, so they are kept out of the options
        Question asean = question("asean-membership-1995.which-organization");
        assertEquals("Which organization did Vietnam join in July 1995?", asean.prompt());
        assertFalse(asean.options().contains("World Bank"), asean.options().toString());
        assertFalse(
                asean.options().contains("International Monetary Fund"),
                asean.options().toString());
        // and no organization joined in an overlapping period appears as a distractor
        Question wto = question("wto-membership-2007.which-organization");
        assertEquals("World Trade Organization", wto.answer());
        Question un = question("un-membership-1977.which-organization");
        assertFalse(un.options().contains("Council for Mutual Economic Assistance")
                && date("comecon-membership-1978").overlaps(date("un-membership-1977")));
    }

    @Test
    void stemsNeverContainTheAnswerOrItsAliases() {
        for (Question q : questions) {
            if (q.kind() == QuestionKind.TRUE_FALSE || q.kind() == QuestionKind.ORDER) {
                continue;
            }
            assertFalse(English.mentions(q.prompt(), q.answer()), q.id() + ": " + q.prompt());
            Entity entity = entityByName.get(q.answer());
            if (entity != null) {
                for (String alias : entity.aliases()) {
                    assertFalse(English.mentions(q.prompt(), alias), q.id() + ": " + alias + " in " + q.prompt());
                }
            }
            if (q.kind() == QuestionKind.WHEN || q.kind() == QuestionKind.CLOZE && q.id().endsWith(".cloze.1")) {
                FactDate answer = date(q.facts().get(0));
                assertFalse(q.prompt().contains(Integer.toString(answer.firstYear())), q.id());
            }
        }
    }

    @Test
    void falseStatementsAreFalseUnderEverySource() {
        for (Question q : questions) {
            if (q.kind() != QuestionKind.TRUE_FALSE) {
                continue;
            }
            assertEquals("True or false? " + q.statement(), q.prompt());
            String factId = q.facts().get(0);
            DatedFact fact = factById.get(factId);
            if (fact.modality() != Modality.EVENT) {
                // a goal: stated with its own year, or falsified with an earlier one (never a later, which holds too)
                FactDate due = date(factId);
                int claimed = Integer.parseInt(q.statement().replaceAll(".* by (\\d{4})\\.$", "$1"));
                assertTrue(
                        q.answer().equals(Question.TRUE) ? claimed == due.firstYear() : claimed < due.firstYear(),
                        q.id());
                continue;
            }
            if (q.id().endsWith(".true-false.1")) {
                assertEquals(Question.TRUE, q.answer());
                assertTrue(
                        q.statement().startsWith(English.capitalize(date(factId).phrase()) + ", "), q.id());
            } else if (q.id().endsWith(".true-false.2")) {
                assertEquals(Question.FALSE, q.answer());
                String claimed = q.statement().substring(0, q.statement().indexOf(", "));
                claimed = Character.toLowerCase(claimed.charAt(0)) + claimed.substring(1);
                for (String linkedId : linked(factId)) {
                    assertFalse(
                            claimed.equals(date(linkedId).phrase()) || overlapsPhrase(claimed, date(linkedId)),
                            q.id() + " claims " + claimed + ", which " + linkedId + " gives");
                }
            } else {
                assertEquals(Question.FALSE, q.answer());
                String actor = q.statement().substring(0, q.statement().indexOf(" "));
                String clause = q.statement().substring(q.statement().indexOf(", ") + 2);
                assertFalse(clause.startsWith(fact.subject()), q.id());
                for (DatedFact other : facts.facts()) {
                    if (clause.equalsIgnoreCase(other.event() + ".")) {
                        throw new AssertionError(q.id() + " is what " + other.id() + " says: " + actor);
                    }
                }
            }
        }
    }

    @Test
    void asksNoDateThatIsOnlyABoundOrOfAChangeThatUnfolds() {
        // "By 1975 Vietnam had become ...": 1975 is a bound, not when it happened; "relations improved" has no one date
        assertTrue(questions.stream().noneMatch(q -> q.facts().contains("indochina-power-1975")));
        assertTrue(questions.stream().noneMatch(q -> q.facts().contains("us-relations-improve-1996")));
    }

    @Test
    void aStateOverAPeriodIsAskedButNeverFalsifiedByAnotherDate() {
        // "Through the 1980s ... a year": the aid may have flowed in other decades too, so "in the 1970s" is not false
        assertTrue(has("soviet-aid-1980s.true-false.1"));
        assertFalse(has("soviet-aid-1980s.true-false.2"));
    }

    private static boolean overlapsPhrase(String phrase, FactDate given) {
        for (int shift = -400; shift <= 400; shift++) {
            FactDate candidate = given.shift(shift);
            if (candidate.phrase().equals(phrase)) {
                return candidate.overlaps(given)
                        && (given.precision() != FactDate.Precision.RANGE
                                || candidate.firstYear() == given.firstYear()
                                || candidate.lastYear() == given.lastYear());
            }
        }
        return false;
    }

    @Test
    void orderQuestionsAreDecidable() {
        List<Question> orders =
                questions.stream().filter(q -> q.kind() == QuestionKind.ORDER).toList();
        assertFalse(orders.isEmpty());
        for (Question q : orders) {
            assertTrue(q.items().size() >= 3 && q.items().size() <= 5, q.id());
            assertEquals(q.items().size(), q.facts().size(), q.id());
            for (int i = 0; i < q.facts().size(); i++) {
                FactDate current = date(q.facts().get(i));
                assertTrue(current.precision() != FactDate.Precision.RANGE, q.id());
                if (i > 0) {
                    // under every source: each date any source gives the earlier step is before each of the later's
                    for (String earlier : linked(q.facts().get(i - 1))) {
                        for (String later : linked(q.facts().get(i))) {
                            assertTrue(
                                    date(earlier).clearlyBefore(date(later)), q.id() + ": " + earlier + " vs " + later);
                        }
                    }
                }
                assertFalse(English.containsYear(q.items().get(i)), q.id());
            }
            assertEquals(String.join(Question.ORDER_SEPARATOR, q.items()), q.answer());
            assertFalse(q.shuffledItems().equals(q.items()), q.id() + " would be shown solved");
        }
    }

    @Test
    void everyQuestionCitesItsEvidence() {
        for (Question q : questions) {
            assertFalse(q.facts().isEmpty(), q.id());
            assertTrue(q.id().startsWith(q.facts().get(0) + "."), q.id());
            DatedFact fact = factById.containsKey(q.facts().get(0))
                    ? factById.get(q.facts().get(0))
                    : facts.plans().stream()
                            .filter(p -> p.id().equals(q.facts().get(0)))
                            .findFirst()
                            .orElseThrow();
            String title = info.document(fact.source().document()).orElseThrow().title();
            assertTrue(q.explanation().contains(title), q.id() + ": " + q.explanation());
            assertTrue(q.explanation().contains(English.clause(fact.source().sentence())), q.id());
        }
        assertTrue(question("doi-moi-1986.when").explanation().contains("Date read as: 6th Party Congress = 1986"));
    }

    @Test
    void tagsCarryDecadeKindAndPartners() {
        assertEquals(
                List.of("1990s", "membership", "apec"),
                question("apec-membership-1998.when").tags());
        assertEquals(
                List.of("1970s", "conflict", "china"),
                question("china-incursion-1979.who").tags());
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            assertTrue(ids.add(q.id()), "duplicate " + q.id());
            assertTrue(BankFiles.ID.matcher(q.id()).matches(), q.id());
        }
    }

    @Test
    void sameFactsGiveByteIdenticalYaml() {
        String first = BankFiles.writeQuestions(new QuestionGenerator(info, facts).generate());
        String second = BankFiles.writeQuestions(new QuestionGenerator(Fixtures.info(), Fixtures.facts()).generate());
        assertEquals(first, second);
    }

    @Test
    void idsSurviveAddingAFact() {
        String extra = Fixtures.read(Fixtures.SAMPLE.resolve(BankFiles.FACTS)).replace("plans:\n", """
                          - id: philippines-spratly-1978
                            date: "1978"
                            event: "Vietnam and the Philippines agreed to negotiate their Spratly Islands claims"
                            subject: Vietnam
                            action: "agree to negotiate its Spratly Islands claims with"
                            object: Philippines
                            who: [Vietnam, Philippines]
                            kind: relations
                            source:
                              document: beta.txt
                              sentence: "Talks on the Spratly claims with the Philippines were agreed in 1978."
                        plans:
                        """);
        BankFiles.Result<BankFacts> more = BankFiles.readFacts(extra, BankFiles.FACTS, info);
        assertEquals(List.of(), more.problems());
        Map<String, Question> after = new HashMap<>();
        new QuestionGenerator(info, more.value()).generate().forEach(q -> after.put(q.id(), q));
        List<String> changed = new ArrayList<>();
        for (Question q : questions) {
            if (q.kind() != QuestionKind.ORDER && !q.equals(after.get(q.id()))) {
                changed.add(q.id());
            }
        }
        assertTrue(after.containsKey("philippines-spratly-1978.when"));
        // a new country may become a distractor elsewhere, but no question disappears or changes its answer
        for (String id : changed) {
            assertNotNull(after.get(id), id + " disappeared");
            assertEquals(question(id).answer(), after.get(id).answer(), id);
            if (!id.endsWith(".true-false.3")) { // the false actor is a distractor, which may change
                assertEquals(question(id).prompt(), after.get(id).prompt(), id);
            }
        }
    }
    /** A fact written for one test, from the first document of the sample. */
    private static DatedFact extraFact(
            String id,
            String date,
            String event,
            String subject,
            String action,
            String object,
            List<String> who,
            String agreement,
            FactKind kind) {
        return new DatedFact(
                id,
                date,
                date,
                null,
                event,
                subject,
                action,
                object,
                who,
                agreement,
                null,
                kind,
                Modality.EVENT,
                new DatedFact.Evidence("alpha.txt", event + "."),
                List.of(),
                List.of());
    }

    /** A fact of the sample's first document, with the sentence that gives it. */
    private static DatedFact eventIn(
            String id,
            String date,
            String dateText,
            String event,
            String subject,
            String action,
            String object,
            List<String> who,
            String organization,
            FactKind kind,
            String sentence) {
        return new DatedFact(
                id,
                date,
                dateText,
                null,
                event,
                subject,
                action,
                object,
                who,
                null,
                organization,
                kind,
                Modality.EVENT,
                new DatedFact.Evidence("alpha.txt", sentence),
                List.of(),
                List.of());
    }

    /** The sample bank with more facts and entities. */
    private static BankFacts sampleWith(List<DatedFact> more, List<Entity> moreEntities) {
        List<DatedFact> all = new ArrayList<>(facts.facts());
        all.addAll(more);
        List<Entity> entities = new ArrayList<>(facts.entities());
        entities.addAll(moreEntities);
        return new BankFacts(all, facts.plans(), entities);
    }

    private static KnownAgreement known(String name, String category, String date, String... parties) {
        return new KnownAgreement(name, category, FactDate.parse(date).orElseThrow(), List.of(parties));
    }

    private static java.util.Optional<Question> find(List<Question> generated, String id) {
        return generated.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    @Test
    void asksThePartnerInClaimsToTheSpratlysAmongItsNeighboursNotFarOff() {
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "spratly-talks-1978",
                        "1978",
                        "Vietnam and the Philippines agreed to negotiate their conflicting claims to the Spratly Islands",
                        "Vietnam and the Philippines",
                        "agree",
                        "to negotiate their conflicting claims to the Spratly Islands",
                        List.of("Vietnam", "Philippines"),
                        null,
                        FactKind.OTHER)),
                List.of());
        Question who = find(new QuestionGenerator(info, bank).generate(), "spratly-talks-1978.who.2")
                .orElseThrow();
        // "their" claims were the pair's: in the stem they are "the" claims
        assertEquals(
                "With which country did Vietnam agree to negotiate the conflicting claims to the Spratly Islands in"
                        + " 1978?",
                who.prompt());
        for (String option : who.options()) {
            assertTrue(
                    Regions.claimsSpratlys(option) || Regions.distance(option, "Philippines") <= Regions.SAME_REGION,
                    option + " has no claim there and is no neighbour");
        }
    }

    @Test
    void asksTheEventOfANominalByTheDateTheSentenceGivesIt() {
        String sentence =
                "The independent Kampuchean party was established alongside the Vietnamese and Laotian parties"
                        + " following the dissolution of the Indochinese Communist Party in 1955.";
        DatedFact dissolution = eventIn(
                "icp-dissolved-1955",
                "1955",
                "1955",
                "The Indochinese Communist Party was dissolved into separate Vietnamese, Laotian and Kampuchean parties",
                "The Indochinese Communist Party",
                "be dissolved",
                "into separate Vietnamese, Laotian and Kampuchean parties",
                List.of("Vietnam", "Laos", "Cambodia"),
                null,
                FactKind.OTHER,
                sentence);
        DatedFact founding = eventIn(
                "kampuchean-party-1955",
                "1955",
                "1955",
                "The independent Kampuchean party was established alongside the Vietnamese and Laotian parties",
                "The independent Kampuchean party",
                "be established",
                null,
                List.of("Cambodia"),
                null,
                FactKind.OTHER,
                sentence);
        List<Question> generated =
                new QuestionGenerator(info, sampleWith(List.of(dissolution, founding), List.of())).generate();
        // "following the dissolution ... in 1955" dates the dissolution, not what followed it
        assertTrue(generated.stream().anyMatch(q -> q.facts().contains("icp-dissolved-1955")));
        assertTrue(generated.stream().noneMatch(q -> q.facts().contains("kampuchean-party-1955")));
    }

    @Test
    void statesAGoalTrueAndFalsifiesItOnlyWithAnEarlierGoalsYear() {
        String sentence =
                "The 13th National Congress of the Communist Party of Vietnam set the goal to build an industrial"
                        + " country by 2030 and a developed country by 2045.";
        List<DatedFact> plans = new ArrayList<>();
        for (String[] goal : List.of(new String[] {"2030", "an industrial"}, new String[] {"2045", "a developed"})) {
            plans.add(new DatedFact(
                    "goal-plan-" + goal[0],
                    goal[0],
                    goal[0],
                    null,
                    "The 13th National Congress of the Communist Party of Vietnam set the goal to build " + goal[1]
                            + " country",
                    "The 13th National Congress of the Communist Party of Vietnam",
                    null,
                    null,
                    List.of("Vietnam"),
                    null,
                    null,
                    FactKind.POLICY,
                    Modality.TARGET,
                    new DatedFact.Evidence("beta.txt", sentence),
                    List.of(),
                    List.of()));
        }
        List<Question> generated =
                new QuestionGenerator(info, new BankFacts(facts.facts(), plans, facts.entities())).generate();
        Question later = find(generated, "goal-plan-2045.true-false.1").orElseThrow();
        String congress = "The 13th National Congress of the Communist Party of Vietnam";
        assertEquals(congress + " set the goal to build a developed country by 2045.", later.statement());
        assertEquals(Question.TRUE, later.answer());
        Question falsified = find(generated, "goal-plan-2045.true-false.2").orElseThrow();
        assertEquals(congress + " set the goal to build a developed country by 2030.", falsified.statement());
        assertEquals(Question.FALSE, falsified.answer());
        // what is reached by 2030 is reached by 2045 too: the earlier goal is never falsified with the later year
        assertTrue(find(generated, "goal-plan-2030.true-false.1").isPresent());
        assertTrue(find(generated, "goal-plan-2030.true-false.2").isEmpty());
    }

    @Test
    void asksATreatyByItsTermWhereTheSamePartiesSignedAnotherTheSameDay() {
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "cambodia-pact-1977",
                        "1977",
                        "Vietnam and Cambodia signed a twenty-five-year Treaty of Amity",
                        "Vietnam and Cambodia",
                        "sign",
                        "a twenty-five-year Treaty of Amity",
                        List.of("Vietnam", "Cambodia"),
                        "Treaty of Amity",
                        FactKind.TREATY)),
                List.of(new Entity("Treaty of Amity", Entity.Type.AGREEMENT, List.of(), null, "treaty")));
        String id = "cambodia-pact-1977.which-agreement";
        List<KnownAgreement> era = List.of(
                known("Border Delimitation Treaty", "treaty", "1977-07", "Vietnam", "Cambodia"),
                known("Paris Peace Accords", "agreement", "1973-01", "United States", "Vietnam"),
                known("Bangkok Declaration", "declaration", "1967-08", "Indonesia", "Malaysia", "Thailand"),
                known("Declaration of ASEAN Concord", "declaration", "1976-02", "Indonesia", "Thailand"));
        Question asked = find(new QuestionGenerator(info, bank, List.of(), era).generate(), id)
                .orElseThrow(() -> new AssertionError("no " + id));
        // the border treaty of the same year fits "Which treaty did Vietnam and Cambodia sign in 1977?"; the term
        // the friendship treaty ran for does not
        assertTrue(asked.prompt().startsWith("Which twenty-five-year "), asked.prompt());
        assertEquals("Treaty of Amity", asked.answer());
    }

    @Test
    void offersKnownAgreementsOfTheTimeAndAsksNoStemOneOfThemAlsoFits() {
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "geneva-laos-1962",
                        "1962",
                        "Vietnam signed the Geneva Agreement on the Neutrality of Laos",
                        "Vietnam",
                        "sign",
                        "the Geneva Agreement on the Neutrality of Laos",
                        List.of("Vietnam"),
                        "Geneva Agreement on the Neutrality of Laos",
                        FactKind.TREATY)),
                List.of(new Entity(
                        "Geneva Agreement on the Neutrality of Laos",
                        Entity.Type.AGREEMENT,
                        List.of(),
                        null,
                        "agreement")));
        String id = "geneva-laos-1962.which-agreement";
        // the sample's agreements are all 15 years or more from 1962: no plausible options
        assertTrue(find(new QuestionGenerator(info, bank).generate(), id).isEmpty());

        List<KnownAgreement> era = List.of(
                known(
                        "Agreement on the Cessation of Hostilities in Viet-Nam",
                        "agreement",
                        "1954-07",
                        "France",
                        "Vietnam"),
                known(
                        "Final Declaration of the Geneva Conference",
                        "declaration",
                        "1954-07",
                        "Vietnam",
                        "France",
                        "China"),
                known("Southeast Asia Collective Defense Treaty", "treaty", "1954-09", "United States", "Thailand"),
                known("Paris Peace Accords", "agreement", "1973-01", "United States", "Vietnam"),
                known("Regional Comprehensive Economic Partnership", "agreement", "2020-11", "Vietnam", "Japan"));
        Question asked = find(new QuestionGenerator(info, bank, List.of(), era).generate(), id)
                .orElseThrow(() -> new AssertionError("no " + id));
        assertEquals("Which agreement did Vietnam sign in 1962?", asked.prompt());
        assertEquals("Geneva Agreement on the Neutrality of Laos", asked.answer());
        // signed texts of the time that Vietnam signed: no treaty of 2020, none that Vietnam was no party to
        assertEquals(
                Set.of(
                        "Geneva Agreement on the Neutrality of Laos",
                        "Agreement on the Cessation of Hostilities in Viet-Nam",
                        "Final Declaration of the Geneva Conference",
                        "Paris Peace Accords"),
                Set.copyOf(asked.options()));

        // with too few texts Vietnam signed, those of its own part of the world fill up; never one of another
        // region's states alone (China and the Soviet Union's treaty of 1950)
        List<KnownAgreement> regional = List.of(
                known("Paris Peace Accords", "agreement", "1973-01", "United States", "Vietnam"),
                known("Southeast Asia Collective Defense Treaty", "treaty", "1954-09", "United States", "Thailand"),
                known("Bangkok Declaration", "declaration", "1967-08", "Indonesia", "Malaysia", "Thailand"),
                known(
                        "Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance",
                        "treaty",
                        "1950-02",
                        "China",
                        "Soviet Union"));
        Question filled = find(new QuestionGenerator(info, bank, List.of(), regional).generate(), id)
                .orElseThrow(() -> new AssertionError("no " + id + " with regional texts"));
        assertEquals(
                Set.of(
                        "Geneva Agreement on the Neutrality of Laos",
                        "Paris Peace Accords",
                        "Southeast Asia Collective Defense Treaty",
                        "Bangkok Declaration"),
                Set.copyOf(filled.options()));

        // the protocol signed with it in July 1962 fits "Which agreement did Vietnam sign in 1962?" as well
        List<KnownAgreement> withProtocol = new ArrayList<>(era);
        withProtocol.add(known(
                "Protocol to the Declaration on the Neutrality of Laos", "protocol", "1962-07", "Vietnam", "Laos"));
        assertTrue(find(new QuestionGenerator(info, bank, List.of(), withProtocol).generate(), id)
                .isEmpty());
    }

    @Test
    void asksWhoMadeAStatementAKnownLeaderMadeOnAGivenDay() {
        String said = "in a press article that nearby neighbours are even more valuable than far away relatives";
        BankFacts bank = sampleWith(
                List.of(
                        extraFact(
                                "khoan-article-2005",
                                "2005-11-14",
                                "Deputy Prime Minister Vu Khoan said " + said,
                                "Deputy Prime Minister Vu Khoan",
                                "say",
                                said,
                                List.of("Vu Khoan", "Vietnam"),
                                null,
                                FactKind.OTHER),
                        extraFact(
                                "khoan-conference-2005",
                                "2005-08",
                                "Deputy Prime Minister Vu Khoan stressed the value of neighbours at the National"
                                        + " Conference on Foreign Affairs",
                                "Deputy Prime Minister Vu Khoan",
                                "stress",
                                "the value of neighbours at the National Conference on Foreign Affairs",
                                List.of("Vu Khoan", "Vietnam"),
                                null,
                                FactKind.OTHER),
                        extraFact(
                                "khoan-speech-2004",
                                "2004",
                                "Deputy Prime Minister Vu Khoan said that trade with the neighbours is growing",
                                "Deputy Prime Minister Vu Khoan",
                                "say",
                                "that trade with the neighbours is growing",
                                List.of("Vu Khoan", "Vietnam"),
                                null,
                                FactKind.OTHER)),
                List.of(new Entity("Vu Khoan", Entity.Type.PERSON, List.of(), "Deputy Prime Minister", null)));
        List<Leader> leaders = List.of(
                new Leader("Vu Khoan", List.of(), "Vietnam", "Vietnamese", "Deputy Prime Minister", 1999, 2006, 9999),
                new Leader("Phan Van Khai", List.of(), "Vietnam", "Vietnamese", "Prime Minister", 1997, 2006, 2018),
                new Leader("Nguyen Dzy Nien", List.of(), "Vietnam", "Vietnamese", "Foreign Minister", 2000, 2006, 9999),
                new Leader("Nong Duc Manh", List.of(), "Vietnam", "Vietnamese", "General Secretary", 1992, 2011, 9999),
                new Leader("Do Muoi", List.of(), "Vietnam", "Vietnamese", "General Secretary", 1991, 1997, 2018));
        List<Question> plain = new QuestionGenerator(info, bank).generate();
        assertTrue(plain.stream().noneMatch(q -> q.facts().contains("khoan-article-2005")), "reported speech");

        List<Question> generated = new QuestionGenerator(info, bank, leaders).generate();
        Question who = find(generated, "khoan-article-2005.who").orElseThrow(() -> new AssertionError("no who"));
        // the date is the saying's, so it comes before the quotation
        assertEquals(
                "Which Vietnamese leader said in a press article on 14 November 2005 that nearby neighbours are even"
                        + " more valuable than far away relatives?",
                who.prompt());
        assertEquals("Vu Khoan", who.answer());
        // and it is asked among those in office that day, who might have said it: not Do Muoi, retired in 1997
        assertEquals(
                Set.of("Vu Khoan", "Phan Van Khai", "Nguyen Dzy Nien", "Nong Duc Manh"), Set.copyOf(who.options()));
        assertTrue(find(generated, "khoan-article-2005.when").isPresent());
        // a statement at a meeting the sentence names is dated by the meeting ("the National Conference" is no "the
        // nation", which would tie the predicate to its subject)
        assertEquals(
                "Which Vietnamese leader stressed the value of neighbours at the National Conference on Foreign Affairs"
                        + " in August 2005?",
                find(generated, "khoan-conference-2005.who")
                        .orElseThrow(() -> new AssertionError("no who at the conference"))
                        .prompt());
        // a saying dated to a year only may be the year of what was said: still no question
        assertTrue(generated.stream().noneMatch(q -> q.facts().contains("khoan-speech-2004")));
    }

    @Test
    void asksTheDateOfARepeatedVisitOnlyWhenTheStemSaysWhichVisit() {
        DatedFact again = extraFact(
                "dung-japan-visit-2009",
                "2009-04",
                "Nguyen Tan Dung officially visited Japan",
                "Nguyen Tan Dung",
                "officially visit",
                "Japan",
                List.of("Nguyen Tan Dung", "Japan", "Vietnam"),
                null,
                FactKind.VISIT);
        assertTrue(has("dung-japan-visit-2006.when"), "one visit in the sample");
        List<Question> twice = new QuestionGenerator(info, sampleWith(List.of(again), List.of())).generate();
        assertTrue(find(twice, "dung-japan-visit-2006.when").isEmpty(), "'When did Dung visit Japan?' has two answers");

        String opening = "Japan, opening a new phase of co-operation";
        List<DatedFact> told = new ArrayList<>();
        for (DatedFact fact : facts.facts()) {
            told.add(
                    fact.id().equals("dung-japan-visit-2006")
                            ? fact.withClause(
                                    "Nguyen Tan Dung officially visited " + opening,
                                    fact.subject(),
                                    fact.action(),
                                    opening,
                                    fact.who())
                            : fact);
        }
        told.add(again);
        List<Question> singled =
                new QuestionGenerator(info, new BankFacts(told, facts.plans(), facts.entities())).generate();
        Question when = find(singled, "dung-japan-visit-2006.when").orElseThrow(() -> new AssertionError("no when"));
        assertTrue(when.prompt().contains("opening a new phase of co-operation"), when.prompt());
        assertEquals("October 2006", when.answer());
    }

    @Test
    void ordersADocumentsEventsDecadesApartAsWellAsSideBySide() {
        // every second and third event of a document meet in one order, three decades and more apart, besides the
        // runs of neighbouring events
        boolean spread = questions.stream()
                .filter(q -> q.kind() == QuestionKind.ORDER && q.facts().size() >= 4)
                .anyMatch(q -> {
                    // the documents that tell every item (an event two documents tell is in both timelines)
                    Set<String> documents = null;
                    for (String f : q.facts()) {
                        Set<String> telling = linked(f).stream()
                                .map(id -> factById.get(id).source().document())
                                .collect(Collectors.toSet());
                        if (documents == null) {
                            documents = telling;
                        } else {
                            documents.retainAll(telling);
                        }
                    }
                    List<Integer> years = q.facts().stream()
                            .map(f -> date(f).firstYear())
                            .sorted()
                            .toList();
                    return !documents.isEmpty() && years.get(years.size() - 1) - years.get(0) >= 30;
                });
        assertTrue(spread);
    }

    @Test
    void asksASeatOnAUnitedNationsOrganAmongItsOrgans() {
        DatedFact seat = eventIn(
                "security-council-2009",
                "2009-12",
                "December 2009",
                "Vietnam completed a 2-year term on the United Nations Security Council",
                "Vietnam",
                "complete",
                "a 2-year term on the United Nations Security Council",
                List.of("Vietnam", "United Nations Security Council"),
                "United Nations Security Council",
                FactKind.MEMBERSHIP,
                "In December 2009, Vietnam completed a 2-year term on the United Nations Security Council.");
        List<KnownOrganization> organs = List.of(
                new KnownOrganization(
                        "United Nations Economic and Social Council", List.of(), 1945, 9999, false, Map.of()),
                new KnownOrganization("United Nations Human Rights Council", List.of(), 2006, 9999, false, Map.of()),
                new KnownOrganization("United Nations Trusteeship Council", List.of(), 1945, 9999, false, Map.of()),
                new KnownOrganization("Asia-Europe Meeting", List.of(), 1996, 9999, true, Map.of()));
        Question asked = find(
                        new QuestionGenerator(
                                        info,
                                        sampleWith(
                                                List.of(seat),
                                                List.of(new Entity(
                                                        "United Nations Security Council",
                                                        Entity.Type.ORGANIZATION,
                                                        List.of(),
                                                        null,
                                                        null))),
                                        List.of(),
                                        List.of(),
                                        organs)
                                .generate(),
                        "security-council-2009.which-organization")
                .orElseThrow(() -> new AssertionError("no which-organization"));
        assertEquals("On which organization did Vietnam complete a 2-year term in December 2009?", asked.prompt());
        // no term on ASEAN or the World Bank: a seat on an organ of the United Nations is asked among its organs
        for (String option : asked.options()) {
            assertTrue(option.startsWith("United Nations "), option);
        }
    }

    @Test
    void asksTheOrganizationThatActed() {
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "asean-persuasion-1982",
                        "1982-06",
                        "ASEAN persuaded three Cambodian resistance groups to merge into a coalition government",
                        "ASEAN",
                        "persuade",
                        "three Cambodian resistance groups to merge into a coalition government",
                        List.of("Association of Southeast Asian Nations", "Cambodia"),
                        null,
                        FactKind.OTHER)),
                List.of());
        List<KnownOrganization> political = List.of(
                new KnownOrganization("Non-Aligned Movement", List.of(), 1961, 9999, true, Map.of()),
                new KnownOrganization("La Francophonie", List.of(), 1970, 9999, true, Map.of()));
        Question asked = find(
                        new QuestionGenerator(info, bank, List.of(), List.of(), political).generate(),
                        "asean-persuasion-1982.which-organization")
                .orElseThrow(() -> new AssertionError("no which-organization"));
        assertEquals(
                "Which organization persuaded three Cambodian resistance groups to merge into a coalition government in"
                        + " June 1982?",
                asked.prompt());
        assertEquals("Association of Southeast Asian Nations", asked.answer());
        for (String option : asked.options()) {
            assertTrue(
                    political.stream().anyMatch(o -> o.name().equals(option))
                            || entityByName.get(option).type() == Entity.Type.ORGANIZATION,
                    option);
            // a bank or a trade bloc brokers no coalition
            assertFalse(option.matches("(?i).*\\b(?:Bank|Fund|Monetary|Trade|Economic)\\b.*"), option);
        }
    }

    @Test
    void blanksTheOneNumberOfAClauseAndAcceptsItInFiguresOrWords() {
        BankFacts bank = sampleWith(
                List.of(
                        extraFact(
                                "regiments-1970",
                                "1970",
                                "Vietnam sent two regiments into Cambodia",
                                "Vietnam",
                                "send",
                                "two regiments into Cambodia",
                                List.of("Vietnam", "Cambodia"),
                                null,
                                FactKind.CONFLICT),
                        extraFact(
                                "battalions-1971",
                                "1971",
                                "Vietnam sent four regiments and three battalions into Laos",
                                "Vietnam",
                                "send",
                                "four regiments and three battalions into Laos",
                                List.of("Vietnam", "Laos"),
                                null,
                                FactKind.CONFLICT),
                        extraFact(
                                "committee-2014",
                                "2014-08-01",
                                "Japan's foreign minister chaired the sixth meeting of the Vietnam-Japan Cooperation"
                                        + " Committee",
                                "Japan's foreign minister",
                                "chair",
                                "the sixth meeting of the Vietnam-Japan Cooperation Committee",
                                List.of("Japan", "Vietnam"),
                                null,
                                FactKind.RELATIONS),
                        extraFact(
                                "talks-1980",
                                "1980",
                                "Vietnam thanked the first two countries to recognize it, China and the Soviet Union",
                                "Vietnam",
                                "thank",
                                "the first two countries to recognize it, China and the Soviet Union",
                                List.of("Vietnam", "China", "Soviet Union"),
                                null,
                                FactKind.RELATIONS)),
                List.of());
        List<Question> generated = new QuestionGenerator(info, bank).generate();
        // a count of parties is what a stem that names them gives away ("the first _____ countries" after two names)
        assertTrue(find(generated, "talks-1980.true-false.1").isPresent(), "the fact itself is asked");
        assertTrue(find(generated, "talks-1980.cloze.3").isEmpty());
        Question card = find(generated, "regiments-1970.cloze.3").orElseThrow(() -> new AssertionError("no card"));
        assertEquals("In 1970, Vietnam sent _____ regiments into Cambodia.", card.prompt());
        assertEquals("two", card.answer());
        assertEquals(List.of("2"), card.accept());
        assertTrue(card.back().contains("Vietnam sent two regiments into Cambodia"), card.back());
        // two numbers in one clause: which one the blank stands for is a guess
        assertTrue(find(generated, "battalions-1971.cloze.3").isEmpty());
        // "the _____ meeting" is filled by a place as well: the blank says it wants an ordinal
        Question ordinal = find(generated, "committee-2014.cloze.3").orElseThrow(() -> new AssertionError("no card"));
        assertTrue(ordinal.prompt().contains("chaired the _____ (ordinal) meeting of"), ordinal.prompt());
        assertEquals("sixth", ordinal.answer());

        assertEquals(List.of("11th"), QuestionGenerator.numberVariants("Eleventh"));
        assertEquals(List.of("sixth"), QuestionGenerator.numberVariants("6th"));
        assertEquals(List.of("three"), QuestionGenerator.numberVariants("3"));
        assertEquals(List.of("16.74 billion"), QuestionGenerator.numberVariants("$16.74 billion"));
    }

    @Test
    void asksASummitAmongBodiesThatHoldSummitsAndNotWhenAnotherSummitWasHostedThen() {
        String id = "apec-summits-2006.which-organization";
        Set<String> summitHolders = new HashSet<>(Set.of(
                "Asia-Pacific Economic Cooperation",
                "Asia-Europe Meeting",
                "Non-Aligned Movement",
                "Shanghai Cooperation Organisation"));
        facts.facts().stream()
                .filter(f ->
                        f.organization() != null && String.valueOf(f.object()).contains("summit"))
                .forEach(f -> summitHolders.add(f.organization()));
        List<KnownOrganization> known = List.of(
                new KnownOrganization(
                        "Asia-Europe Meeting", List.of("ASEM"), 1996, 9999, true, Map.of("Vietnam", List.of(2004))),
                new KnownOrganization("Non-Aligned Movement", List.of(), 1961, 9999, true, Map.of()),
                new KnownOrganization("Shanghai Cooperation Organisation", List.of(), 2001, 9999, true, Map.of()),
                new KnownOrganization("Warsaw Pact", List.of(), 1955, 1991, true, Map.of()));
        Question asked = find(new QuestionGenerator(info, facts, List.of(), List.of(), known).generate(), id)
                .orElseThrow(() -> new AssertionError("no " + id));
        // no summit of the IMF, none of a body dissolved by then
        assertTrue(summitHolders.containsAll(asked.options()), asked.options().toString());
        assertFalse(asked.options().contains("Warsaw Pact"));
        // and with the summits each country hosted known, the name of a summit hosted alone that year can be blanked
        List<KnownOrganization> withApec = new ArrayList<>(known);
        withApec.add(new KnownOrganization(
                "Asia-Pacific Economic Cooperation", List.of(), 1989, 9999, true, Map.of("Vietnam", List.of(2006))));
        assertTrue(find(
                        new QuestionGenerator(info, facts, List.of(), List.of(), withApec).generate(),
                        "apec-summits-2006.cloze.2")
                .isPresent());
        assertFalse(has("apec-summits-2006.cloze.2"), "without the list, another summit that year is not ruled out");

        List<KnownOrganization> alsoHosted = new ArrayList<>(known);
        alsoHosted.add(new KnownOrganization(
                "Example Summit Forum", List.of(), 1990, 9999, true, Map.of("Vietnam", List.of(2006))));
        assertTrue(
                find(new QuestionGenerator(info, facts, List.of(), List.of(), alsoHosted).generate(), id)
                        .isEmpty(),
                "Vietnam hosted two summits in 2006: the stem has two answers");
    }

    @Test
    void asksTheOrganizationWhoseSummitItWasAndWhoseFirstSummit() {
        List<DatedFact> more = List.of(
                extraFact(
                        "asean-summit-1998",
                        "1998-12",
                        "Vietnam hosted the ASEAN summit",
                        "Vietnam",
                        "host",
                        "the ASEAN summit",
                        List.of("Vietnam", "Association of Southeast Asian Nations"),
                        null,
                        FactKind.OTHER),
                extraFact(
                        "eas-2005",
                        "2005-12",
                        "Vietnam attended the inaugural East Asia Summit",
                        "Vietnam",
                        "attend",
                        "the inaugural East Asia Summit",
                        List.of("Vietnam", "East Asia Summit"),
                        null,
                        FactKind.OTHER));
        List<DatedFact> withOrganizations = new ArrayList<>();
        for (DatedFact fact : more) {
            String organization =
                    fact.id().startsWith("eas") ? "East Asia Summit" : "Association of Southeast Asian Nations";
            withOrganizations.add(new DatedFact(
                    fact.id(),
                    fact.date(),
                    fact.dateText(),
                    null,
                    fact.event(),
                    fact.subject(),
                    fact.action(),
                    fact.object(),
                    fact.who(),
                    null,
                    organization,
                    fact.kind(),
                    fact.modality(),
                    fact.source(),
                    List.of(),
                    List.of()));
        }
        BankFacts bank = sampleWith(
                withOrganizations,
                List.of(new Entity("East Asia Summit", Entity.Type.ORGANIZATION, List.of(), null, null)));
        List<KnownOrganization> known = List.of(
                new KnownOrganization(
                        "Asia-Europe Meeting", List.of(), 1996, 9999, true, Map.of("Vietnam", List.of(2004))),
                new KnownOrganization("Non-Aligned Movement", List.of(), 1961, 9999, true, Map.of()),
                new KnownOrganization(
                        "East Asia Summit", List.of(), 2005, 9999, true, Map.of("Vietnam", List.of(2010))));
        List<Question> generated = new QuestionGenerator(info, bank, List.of(), List.of(), known).generate();
        Question summit = find(generated, "asean-summit-1998.which-organization")
                .orElseThrow(() -> new AssertionError("no summit question"));
        assertEquals("Which organization's summit did Vietnam host in December 1998?", summit.prompt());
        assertEquals("Association of Southeast Asian Nations", summit.answer());
        assertFalse(summit.options().contains("East Asia Summit"), "no option founded after the date");
        // an inaugural summit is asked among bodies whose leaders meet in summits: which body first met in 2005 is
        // what the student must know (ASEAN's leaders first met in 1976, ASEM's in 1996)
        Question first = find(generated, "eas-2005.which-organization")
                .orElseThrow(() -> new AssertionError("no inaugural summit question"));
        assertEquals("Which organization's inaugural summit did Vietnam attend in December 2005?", first.prompt());
        assertEquals("East Asia Summit", first.answer());
        for (String option : first.options()) {
            assertFalse(option.matches("(?i).*\\b(?:Bank|Fund|Trade Organization)\\b.*"), option + " holds no summit");
        }
    }

    @Test
    void ordersNoMeetingThatMayHaveHappenedAgainAndOffersNoOptionInsideAnother() {
        // leaders meet again and again: "Dung officially visited Japan" has no one place in an order without its date
        for (Question q : questions) {
            if (q.kind() == QuestionKind.ORDER) {
                assertFalse(q.facts().contains("dung-japan-visit-2006"), q.id());
                assertFalse(q.facts().contains("kishida-visit-2022"), q.id());
            }
        }
        // a meeting called once, named with its place, is one step of its own
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "special-summit-2022",
                        "2022-05-12",
                        "Vietnamese Prime Minister Pham Minh Chinh attended the Mekong-Lancang Special Summit held in Vientiane",
                        "Vietnamese Prime Minister Pham Minh Chinh",
                        "attend",
                        "the Mekong-Lancang Special Summit held in Vientiane",
                        List.of("Pham Minh Chinh"),
                        null,
                        FactKind.OTHER)),
                List.of());
        assertTrue(new QuestionGenerator(info, bank)
                .generate().stream()
                        .anyMatch(
                                q -> q.kind() == QuestionKind.ORDER && q.facts().contains("special-summit-2022")));
        // no "United Nations" beside "United Nations Security Council"
        for (Question q : questions) {
            if (q.kind() == QuestionKind.WHO
                    || q.kind() == QuestionKind.WHICH_AGREEMENT
                    || q.kind() == QuestionKind.WHICH_ORGANIZATION) {
                for (String a : q.options()) {
                    for (String b : q.options()) {
                        assertTrue(
                                a.equals(b) || !(" " + b + " ").contains(" " + a + " "),
                                q.id() + ": " + a + " in " + b);
                    }
                }
            }
        }
    }

    @Test
    void asksTheOrganizationOfTheCountriesTradedWithAndAStanceTheClauseDates() {
        DatedFact trade = eventIn(
                "comecon-trade-1980s",
                "1980s",
                "the 1980s",
                "Vietnam conducted most of its trade with Comecon countries",
                "Vietnam",
                "conduct",
                "most of its trade with Comecon countries",
                List.of("Vietnam", "Council for Mutual Economic Assistance"),
                "Council for Mutual Economic Assistance",
                FactKind.ECONOMY,
                "Through the 1980s, Vietnam conducted most of its trade with Comecon countries.");
        BankFacts bank = sampleWith(
                List.of(
                        trade,
                        extraFact(
                                "congress-1996",
                                "1996",
                                "The 8th Party Congress reaffirmed that Vietnam sought more friends",
                                "the 8th Party Congress",
                                "reaffirm",
                                "that Vietnam sought more friends",
                                List.of("Vietnam"),
                                null,
                                FactKind.POLICY),
                        extraFact(
                                "stance-1997",
                                "1997",
                                "Vietnam reaffirmed that it sought fewer enemies",
                                "Vietnam",
                                "reaffirm",
                                "that it sought fewer enemies",
                                List.of("Vietnam"),
                                null,
                                FactKind.POLICY)),
                List.of());
        List<KnownOrganization> known = List.of(
                new KnownOrganization(
                        "Council for Mutual Economic Assistance", List.of("Comecon"), 1949, 1991, false, Map.of()),
                new KnownOrganization("European Economic Community", List.of(), 1957, 1993, false, Map.of()),
                new KnownOrganization(
                        "Organisation for Economic Co-operation and Development",
                        List.of(),
                        1961,
                        9999,
                        false,
                        Map.of()));
        List<Question> generated = new QuestionGenerator(info, bank, List.of(), List.of(), known).generate();
        Question trading = find(generated, "comecon-trade-1980s.which-organization")
                .orElseThrow(() -> new AssertionError("no which-organization"));
        assertEquals(
                "With the countries of which organization did Vietnam conduct most of its trade in the 1980s?",
                trading.prompt());
        // every country is in the United Nations: it would be a second answer
        assertTrue(
                trading.options().stream().noneMatch(o -> o.startsWith("United Nations")),
                trading.options().toString());
        // nor is a lender's membership a trading partner: no World Bank, no Monetary Fund
        assertTrue(
                trading.options().stream().noneMatch(o -> o.matches("(?i).*\\b(?:Bank|Fund|Monetary)\\b.*")),
                trading.options().toString());
        // a restated stance has no date of its own, unless the clause names the occasion
        assertTrue(find(generated, "congress-1996.when").isPresent());
        assertTrue(generated.stream().noneMatch(q -> q.facts().contains("stance-1997")));
    }

    @Test
    void asksWhatHeldAtADateAsTrueAndByItsNumberButNotWhen() {
        DatedFact held = eventIn(
                "relations-2019",
                "2019-02",
                "February 2019",
                "Vietnam maintained diplomatic relations with 189 nations",
                "Vietnam",
                "maintain",
                "diplomatic relations with 189 nations",
                List.of("Vietnam"),
                null,
                FactKind.RELATIONS,
                "As of February 2019, Vietnam maintains diplomatic relations with 189 nations.");
        List<Question> generated = new QuestionGenerator(info, sampleWith(List.of(held), List.of())).generate();
        assertEquals(
                "True",
                find(generated, "relations-2019.true-false.1").orElseThrow().answer());
        assertEquals(
                "189", find(generated, "relations-2019.cloze.3").orElseThrow().answer());
        // a state at a date has no date of its own: "When did Vietnam maintain relations with 189 nations?" is no
        // question
        for (String kind : List.of("when", "cloze.1", "true-false.2")) {
            assertTrue(find(generated, "relations-2019." + kind).isEmpty(), kind);
        }

        // "stood at $19 billion" in 2011: the level a figure stood at then is such a state too
        DatedFact level = eventIn(
                "aid-2011",
                "2011",
                "2011",
                "Japan's development assistance to Vietnam stood at $19 billion",
                "Japan's development assistance to Vietnam",
                "stand",
                "at $19 billion",
                List.of("Japan", "Vietnam"),
                null,
                FactKind.ECONOMY,
                "In 2011, Japan's development assistance to Vietnam stood at $19 billion.");
        List<Question> withLevel = new QuestionGenerator(info, sampleWith(List.of(level), List.of())).generate();
        assertEquals(
                "True or false? In 2011, Japan's development assistance to Vietnam stood at $19 billion.",
                find(withLevel, "aid-2011.true-false.1").orElseThrow().prompt());
        assertEquals(
                "$19 billion", find(withLevel, "aid-2011.cloze.3").orElseThrow().answer());
        for (String kind : List.of("when", "cloze.1", "true-false.2")) {
            assertTrue(find(withLevel, "aid-2011." + kind).isEmpty(), kind);
        }
    }

    @Test
    void offersNoCountryWithoutACoastForAMaritimeBoundary() {
        Question partner = question("thailand-boundary-1997.who.2");
        assertEquals("Thailand", partner.answer());
        assertTrue(
                facts.entities().stream().anyMatch(e -> e.name().equals("Laos")), "Laos is a candidate in the sample");
        assertFalse(partner.options().contains("Laos"), partner.options().toString());
    }

    @Test
    void blanksNoPartyInsideTheNameOfItsOwnCongress() {
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "congress-2001",
                        "2001",
                        "The 9th Congress of the Communist Party of Vietnam announced a policy of friendship with everyone",
                        "The 9th Congress of the Communist Party of Vietnam",
                        "announce",
                        "a policy of friendship with everyone",
                        List.of("Communist Party of Vietnam", "Vietnam"),
                        null,
                        FactKind.POLICY)),
                List.of());
        List<Question> generated = new QuestionGenerator(info, bank).generate();
        assertTrue(find(generated, "congress-2001.true-false.1").isPresent(), "the fact itself is asked");
        // "the 9th Congress of the _____" names its party by its own name
        assertTrue(find(generated, "congress-2001.cloze.2").isEmpty());
    }

    @Test
    void blanksNoStateThatOpenedAMissionAndAcceptsNoNameOfAnotherEra() {
        // "In October 2000, _____ reopened its embassy in Hanoi": many states opened missions in Hanoi
        assertTrue(has("pakistan-embassy-2000.when"), "the fact itself is asked");
        assertFalse(has("pakistan-embassy-2000.cloze.2"));
        // "Imperial China" names the empire of the dynasties, no answer for the People's Republic
        Entity china = entityByName.get("China");
        List<String> aliases = new ArrayList<>(china.aliases());
        aliases.add("Imperial China");
        aliases.add("P.R. China");
        List<Entity> entities = new ArrayList<>(facts.entities());
        entities.replaceAll(
                e -> e.name().equals("China") ? new Entity(e.name(), e.type(), aliases, e.title(), e.category()) : e);
        List<Question> generated =
                new QuestionGenerator(info, new BankFacts(facts.facts(), facts.plans(), entities)).generate();
        List<Question> china1979 =
                generated.stream().filter(q -> q.answer().equals("China")).toList();
        assertFalse(china1979.isEmpty());
        for (Question q : china1979) {
            assertFalse(q.accept().contains("Imperial China"), q.id());
            assertTrue(q.accept().contains("PRC"), q.id());
            assertTrue(q.accept().contains("PR China"), q.id() + ": an abbreviation typed without its dots");
        }
    }

    @Test
    void offersFirstTheAgreementsTheStemsPartnerSigned() {
        // the Land Border Agreement, also with China, before the texts Vietnam signed with others
        assertTrue(question("tonkin-agreement-2000.which-agreement").options().contains("Land Border Agreement"));
        assertTrue(question("land-border-agreement-1999.which-agreement")
                .options()
                .contains("Agreement on Borders in the Gulf of Tonkin"));
    }

    @Test
    void holdsTogetherEnoughOfEachDocumentsTriplesOfStepsForAnyExamOrder() {
        // a teacher's order picks any few of a document's steps: at least 30% of each document's triples of ordered
        // steps sit together in some order, so most sets of four or five a teacher picks contain one
        Map<String, Set<String>> stepsOf = new java.util.TreeMap<>();
        Set<String> held = new HashSet<>();
        for (Question q : questions) {
            if (q.kind() != QuestionKind.ORDER) {
                continue;
            }
            List<String> ids = q.facts().stream().sorted().toList();
            for (String id : ids) {
                stepsOf.computeIfAbsent(factById.get(id).source().document(), d -> new java.util.TreeSet<>())
                        .add(id);
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    for (int k = j + 1; k < ids.size(); k++) {
                        held.add(ids.get(i) + "|" + ids.get(j) + "|" + ids.get(k));
                    }
                }
            }
        }
        assertFalse(stepsOf.isEmpty());
        for (Map.Entry<String, Set<String>> document : stepsOf.entrySet()) {
            List<String> steps = List.copyOf(document.getValue());
            int all = 0;
            int together = 0;
            for (int i = 0; i < steps.size(); i++) {
                for (int j = i + 1; j < steps.size(); j++) {
                    for (int k = j + 1; k < steps.size(); k++) {
                        all++;
                        together += held.contains(steps.get(i) + "|" + steps.get(j) + "|" + steps.get(k)) ? 1 : 0;
                    }
                }
            }
            assertTrue(together >= 0.3 * all, document.getKey() + ": " + together + " of " + all);
        }
    }

    @Test
    void ordersADisputedStepOnlyWhereEverySourcesDateAgrees() {
        // the sample's sources disagree on ASEAN: July 1995 or 1996
        List<Question> withAsean = questions.stream()
                .filter(q -> q.kind() == QuestionKind.ORDER && q.facts().contains("asean-membership-1995"))
                .toList();
        assertFalse(withAsean.isEmpty(), "joining ASEAN is ordered among steps years away");
        for (Question q : withAsean) {
            int at = q.facts().indexOf("asean-membership-1995");
            for (int i = 0; i < q.facts().size(); i++) {
                FactDate other = date(q.facts().get(i));
                if (i < at) {
                    assertTrue(
                            other.lastYear() < 1995, q.id() + ": " + q.facts().get(i));
                } else if (i > at) {
                    assertTrue(
                            other.firstYear() > 1996, q.id() + ": " + q.facts().get(i));
                }
            }
            assertTrue(q.explanation().contains("July 1995, or 1996 in another source: the sources disagree"), q.id());
        }
    }

    @Test
    void ordersNoYearlyFigure() {
        BankFacts bank = sampleWith(
                List.of(extraFact(
                        "japan-aid-2009",
                        "2009",
                        "Japan provided $1.6 billion in development assistance to Vietnam",
                        "Japan",
                        "provide",
                        "$1.6 billion in development assistance to Vietnam",
                        List.of("Japan", "Vietnam"),
                        null,
                        FactKind.ECONOMY)),
                List.of());
        List<Question> generated = new QuestionGenerator(info, bank).generate();
        assertTrue(find(generated, "japan-aid-2009.when").isPresent(), "the figure's year is asked");
        // placing a yearly figure among events is recalling the number
        assertTrue(generated.stream()
                .filter(q -> q.kind() == QuestionKind.ORDER)
                .noneMatch(q -> q.facts().contains("japan-aid-2009")));
    }
}
