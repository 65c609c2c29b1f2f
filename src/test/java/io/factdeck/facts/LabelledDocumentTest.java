package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hand-labelled dated facts of one corpus document (000, GlobalSecurity.org's "Vietnam - Foreign
 * Relations"). The test holds only the evidence sentences, in document order, never the whole third-party
 * text; the extractor runs on those sentences and must find exactly the labelled facts and plans.
 */
class LabelledDocumentTest {

    private static final String DOCUMENT = "000_436ed0f44dfb2e3e.txt";

    @Test
    void findsExactlyTheLabelledFactsOfTheDocument() {
        List<String[]> labels = Fixtures.rows("doc000-labelled.tsv");
        Set<String> sentences = new LinkedHashSet<>();
        for (String[] row : labels) {
            sentences.add(row[5]);
        }
        String text = String.join("\n\n", sentences);
        FactExtractor.Extraction x = FactExtractor.extract(DOCUMENT, text);
        List<String> wanted = new ArrayList<>();
        for (String[] row : labels) {
            wanted.add(String.join(" | ", row[0], row[1], row[2], n(row[3]), n(row[4]), row[5]));
        }
        List<String> got = new ArrayList<>();
        for (Draft d : x.drafts()) {
            String list = d.modality() == Modality.EVENT
                    ? "fact"
                    : "plan:" + d.modality().yamlName();
            got.add(String.join(
                    " | ", list, d.date(), d.kind().yamlName(), n(d.organization()), n(d.agreement()), d.sentence()));
        }
        assertEquals(String.join("\n", wanted), String.join("\n", got));
    }

    @Test
    void keepsTheEvidenceSentencesVerbatim() {
        List<String[]> labels = Fixtures.rows("doc000-labelled.tsv");
        String text =
                String.join("\n\n", labels.stream().map(r -> r[5]).distinct().toList());
        for (Draft d : FactExtractor.extract(DOCUMENT, text).drafts()) {
            assertEquals(true, text.contains(d.sentence()), d.sentence());
        }
    }

    private static String n(String s) {
        return s == null ? "-" : s;
    }
}
