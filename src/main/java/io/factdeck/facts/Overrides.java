package io.factdeck.facts;

import java.util.List;
import java.util.Map;

/**
 * Reviewed hand corrections that every regeneration applies, read from {@code overrides.yaml}.
 *
 * @param facts corrections of extracted facts and plans: fix fields or reject
 * @param additions facts the extractor misses, each a complete fact in the {@code facts.yaml} field names
 * @param documents corrections of document metadata, keyed by document id (fields as in {@code bank.yaml})
 */
public record Overrides(
        List<FactOverride> facts, List<Map<String, Object>> additions, Map<String, Map<String, String>> documents) {

    public static final Overrides NONE = new Overrides(List.of(), List.of(), Map.of());

    public Overrides {
        facts = facts == null ? List.of() : List.copyOf(facts);
        additions = additions == null ? List.of() : List.copyOf(additions);
        documents = documents == null ? Map.of() : Map.copyOf(documents);
    }

    /** How many reviewed corrections there are, of every sort. */
    public int size() {
        return facts.size() + additions.size() + documents.size();
    }

    /**
     * One correction. It selects a fact by {@code id}, or by document, a part of the sentence and the date
     * (which survives a change of id); then rejects it or sets fields ({@code facts.yaml} names).
     *
     * @param reason why, for the reviewer
     */
    public record FactOverride(
            String id,
            String document,
            String sentence,
            String date,
            boolean reject,
            Map<String, Object> set,
            String reason) {

        public FactOverride {
            // null is a value here ("action: null" clears a field), so no Map.copyOf
            set = set == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(set));
        }

        boolean matches(DatedFact f) {
            if (id != null) {
                return id.equals(f.id());
            }
            return document != null
                    && document.equals(f.source().document())
                    && (sentence == null || f.source().sentence().contains(sentence))
                    && (date == null || date.equals(f.date()));
        }
    }
}
