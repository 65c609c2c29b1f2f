package io.factdeck.questionbank;

import io.factdeck.facts.DatedFact;
import io.factdeck.facts.Entity;
import java.util.List;

/**
 * The content of a {@code facts.yaml}.
 *
 * @param facts events that happened
 * @param plans hopes, plans, forecasts and targets; never asked as history
 * @param entities every name the facts use, with type, aliases, title and category
 */
public record BankFacts(List<DatedFact> facts, List<DatedFact> plans, List<Entity> entities) {

    public BankFacts {
        facts = facts == null ? List.of() : List.copyOf(facts);
        plans = plans == null ? List.of() : List.copyOf(plans);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public static BankFacts empty() {
        return new BankFacts(List.of(), List.of(), List.of());
    }
}
