package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every committed bank's facts.yaml and bank.yaml keep the format of questions/README.md. */
class BankFilesTest {

    private static final Pattern DATE =
            Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:/\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?|\\d{3}0s|\\d{2}XX");
    private static final Set<String> KINDS =
            Set.of("treaty", "membership", "relations", "conflict", "visit", "policy", "economy", "other");

    @Test
    @SuppressWarnings("unchecked")
    void factFilesFollowTheBankFormat() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> banks;
        try (Stream<Path> s = Files.list(Path.of("questions"))) {
            banks = s.filter(p -> Files.exists(p.resolve("facts.yaml")))
                    .sorted()
                    .toList();
        }
        assertFalse(banks.isEmpty(), "no bank with a facts.yaml under questions/");
        for (Path bank : banks) {
            Map<String, Object> meta = yaml.readValue(bank.resolve("bank.yaml").toFile(), Map.class);
            assertEquals(bank.getFileName().toString(), meta.get("id"));
            Set<String> documents = new HashSet<>();
            for (Map<String, Object> d : (List<Map<String, Object>>) meta.get("documents")) {
                assertTrue(documents.add((String) d.get("id")), "duplicate document " + d.get("id"));
                assertTrue(d.get("date") == null
                        || DATE.matcher((String) d.get("date")).matches());
            }
            Map<String, Object> file = yaml.readValue(bank.resolve("facts.yaml").toFile(), Map.class);
            List<Map<String, Object>> facts = (List<Map<String, Object>>) file.get("facts");
            List<Map<String, Object>> plans = (List<Map<String, Object>>) file.get("plans");
            Map<String, Map<String, Object>> byId = new HashMap<>();
            List<Map<String, Object>> all = new ArrayList<>(facts);
            all.addAll(plans);
            for (Map<String, Object> f : all) {
                String id = (String) f.get("id");
                assertNotNull(id);
                assertTrue(byId.put(id, f) == null, "duplicate id " + id);
                assertTrue(DATE.matcher((String) f.get("date")).matches(), id + " date " + f.get("date"));
                assertTrue(KINDS.contains(f.get("kind")), id);
                assertFalse(((String) f.get("event")).isBlank(), id);
                Map<String, Object> source = (Map<String, Object>) f.get("source");
                assertTrue(documents.contains(source.get("document")), id);
                String sentence = (String) source.get("sentence");
                assertFalse(sentence.contains("Page last modified") || sentence.contains("[Source"), id);
            }
            for (Map<String, Object> p : plans) {
                assertTrue(Set.of("hope", "plan", "forecast", "target").contains(p.get("modality")), p.get("id") + "");
            }
            Set<String> entities = new HashSet<>();
            for (Map<String, Object> e : (List<Map<String, Object>>) file.get("entities")) {
                entities.add((String) e.get("name"));
                assertTrue(
                        Set.of("country", "person", "organization", "agreement").contains(e.get("type")));
            }
            for (Map<String, Object> f : facts) {
                String id = (String) f.get("id");
                for (String link : List.of("same_as", "conflicts")) {
                    for (String other : (List<String>) f.get(link)) {
                        Map<String, Object> o = byId.get(other);
                        assertNotNull(o, id + " " + link + " " + other);
                        assertTrue(((List<String>) o.get(link)).contains(id), link + " is not both ways: " + id);
                    }
                }
                assertTrue(entities.containsAll((List<String>) f.get("who")), id);
                assertTrue(f.get("agreement") == null || entities.contains(f.get("agreement")), id);
                assertTrue(f.get("organization") == null || entities.contains(f.get("organization")), id);
            }
        }
    }
}
