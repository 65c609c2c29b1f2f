package io.factdeck.facts;

import java.util.List;

/**
 * A question bank's facts: what happened ({@code facts}), what was only hoped, planned, forecast or targeted
 * ({@code plans}), and every named thing they refer to.
 */
public record FactBank(
        String id,
        String title,
        String description,
        String language,
        List<SourceDocument> documents,
        List<DatedFact> facts,
        List<DatedFact> plans,
        List<Entity> entities) {

    public FactBank {
        documents = List.copyOf(documents);
        facts = List.copyOf(facts);
        plans = List.copyOf(plans);
        entities = List.copyOf(entities);
    }
}
