package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence each: what the extractor dates, and as what (event or a kind of plan). Written for the test. */
class PrecisionTrapsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The Geneva Accords of 1954 divided Vietnam at the 17th parallel. | event 1954",
                "Hanoi cited the Geneva Agreement of 1962 in its note. | ''",
                "Hanoi was a signatory to the Geneva Agreement of 1962. | event 1962",
                "The 2008-2009 UN Security Council seat went to another candidate. | ''",
                "They cited the 1982 United Nations Convention on the Law of the Sea (UNCLOS 1982). | ''",
                "Within months of the 1991 Paris Agreements, Vietnam opened talks with ASEAN. | event 1991",
                "Following Vietnam's December 1978 invasion of Cambodia, China attacked in February 1979."
                        + " | event 1978-12, event 1979-02",
                "According to a 2009 editorial, Japan can look forward to cooperation. | ''",
                "This article was originally published in Regional Review, Issue 11, 2022 | ''",
                "Vietnam hopes to become a full member of the WTO in 2006. | hope 2006",
                "The minister gave a foreign policy forecast for 2006. | forecast 2006",
                "The cabinet adopted a diplomatic strategic plan until 2035. | plan 2035",
                "Tariffs will gradually be reduced to 2.8 percent by 2018. | target 2018",
                "Not until 2001 did the Government announce its policy. | event 2001",
                "By 1975, Beijing had become critical of Hanoi. | event 1975",
                "Vietnam received $3 billion a year from 189 nations over 4,000 years. | ''",
                "In 1985 the three governments discussed their 1986-90 five-year plans. | event 1985, plan 1986/1990",
                "Laos signed the treaty in 6/3/1946. | event 1946-03-06",
                "The 10th Party Congress reaffirmed the open-door policy. | ''",
                "Thailand has kept close ties with Japan since 1960. | ''",
                "In March 2015, the cabinet hosted a water security conference. In May 2016, the cabinet hosted a water"
                        + " security conference. At the National Conference on Water Security, the minister stressed"
                        + " the need to act. | event 2015-03, event 2016-05",
                "Relations in the 1970s: a summary. The king appointed a new envoy. | ''",
                "Talks opened in 1990. During his visit, the envoy was received by the king. | event 1990",
                "Notable agreements on fisheries include the following: Convention on River Fishing (1981), and"
                        + " Protocol on Migratory Birds (1990). | ''",
                "With Laos, Thailand reached a Convention on River Fishing (1981). | event 1981",
                "Laos joined ASEAN in July 1997. Since then, Laos has worked to open its markets. | event 1997-07",
                "Laos has been a member of the WTO since 2 February 2013. | event 2013-02-02",
                "The 5th Party Congress in 1982 elected a new leadership. The 5th Party Congress also approved the plan."
                        + " | event 1982, event 1982",
            })
    void datesOnlyWhatHappened(String sentence, String expected) {
        String got = FactExtractor.extract("trap", sentence).drafts().stream()
                .map(d -> d.modality().yamlName() + " " + d.date())
                .collect(Collectors.joining(", "));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Vietnam initiated its reform policy in 1986. Two years later, the Politburo changed course. | 1988",
                "Vietnam joined APEC in November 1998 and hosted the ASEAN summit the following month. | 1998-12",
                "Tensions grew, and by 1975, Beijing had become critical. Over the next 4 years, support grew. | 1975/1979",
                "Hanoi hoped to join by 2030. Five years later, it left. | ''",
            })
    void anchorsRelativeDatesOnTheLastEventNeverOnAPlan(String text, String expectedLast) {
        List<Draft> drafts = FactExtractor.extract("relative", text).drafts().stream()
                .filter(d -> d.modality() == Modality.EVENT)
                .toList();
        String last = drafts.isEmpty() ? "" : drafts.get(drafts.size() - 1).date();
        assertEquals(expectedLast, last);
    }
}
