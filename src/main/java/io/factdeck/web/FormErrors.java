package io.factdeck.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Messages for the fields of a form that did not validate, in the order they were found. */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** Records a message for a field; the first message for a field is kept. */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int count() {
        return messages.size();
    }

    public Map<String, String> all() {
        return Map.copyOf(messages);
    }

    public Iterable<Map.Entry<String, String>> entries() {
        return messages.entrySet();
    }

    public static FormErrors none() {
        return new FormErrors();
    }
}
