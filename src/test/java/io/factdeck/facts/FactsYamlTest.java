package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactsYamlTest {

    @Test
    void quotesAndEscapesEveryString() {
        assertEquals("null", FactsYaml.q(null));
        assertEquals("\"Vietnam's \\\"Doi Moi\\\" \\\\ policy\"", FactsYaml.q("Vietnam's \"Doi Moi\" \\ policy"));
        assertEquals("\"a\\nb\\tc\\u0007\"", FactsYaml.q("a\nb\tc\u0007"));
        assertEquals("\"Đổi Mới – ‘reform’\"", FactsYaml.q("Đổi Mới – ‘reform’"));
        assertEquals("\"\\ud800x\"", FactsYaml.q("\ud800x"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void writesYamlThatReadsBackTheSame() throws Exception {
        FactBank bank = FactBankBuilder.build(
                        "t",
                        "T",
                        "a \"quoted\" description: with colon",
                        List.of(new FactBankBuilder.Input("laos-relations.txt", Fixtures.text("laos-relations.txt"))),
                        Overrides.NONE)
                .bank();
        String yaml = FactsYaml.facts(bank);
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        Map<String, Object> read = mapper.readValue(yaml, Map.class);
        List<Map<String, Object>> facts = (List<Map<String, Object>>) read.get("facts");
        assertEquals(bank.facts().size(), facts.size());
        for (int i = 0; i < facts.size(); i++) {
            DatedFact f = bank.facts().get(i);
            Map<String, Object> m = facts.get(i);
            assertEquals(f.id(), m.get("id"));
            assertEquals(f.date(), m.get("date"));
            assertEquals(f.event(), m.get("event"));
            assertEquals(f.kind().yamlName(), m.get("kind"));
            assertEquals(f.who(), m.get("who"));
            assertEquals(f.source().sentence(), ((Map<String, Object>) m.get("source")).get("sentence"));
            assertEquals(f, FactsYaml.factFromMap(m));
        }
        Map<String, Object> bankYaml = mapper.readValue(FactsYaml.bank(bank), Map.class);
        assertEquals("a \"quoted\" description: with colon", bankYaml.get("description"));
        assertEquals(yaml, FactsYaml.facts(bank));
    }
}
