package io.factdeck.facts;

import java.util.Locale;

/**
 * Whether a dated statement reports something that happened ({@link #EVENT}) or only something hoped for,
 * planned, forecast or set as a target. Only events are history; the others are kept apart and marked.
 */
public enum Modality {
    EVENT,
    HOPE,
    PLAN,
    FORECAST,
    TARGET;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality fromYaml(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
