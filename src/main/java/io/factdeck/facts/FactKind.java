package io.factdeck.facts;

import java.util.Locale;

/** What sort of fact: the kinds a question bank filters and tags by. */
public enum FactKind {
    TREATY,
    MEMBERSHIP,
    RELATIONS,
    CONFLICT,
    VISIT,
    POLICY,
    ECONOMY,
    OTHER;

    /** The name used in YAML: {@code treaty}, {@code membership}, ... */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind fromYaml(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
