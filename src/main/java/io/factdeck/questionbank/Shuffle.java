package io.factdeck.questionbank;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic shuffles seeded from ids: the same id always gives the same order, on every JVM. */
final class Shuffle {

    private Shuffle() {}

    /** A seed from a string; {@link String#hashCode()} is specified, so it is stable across runs. */
    static long seed(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    static <T> List<T> shuffled(List<T> list, String key) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, new Random(seed(key)));
        return copy;
    }

    /** A shuffle that moves the list away from its given order (for two or more distinct items). */
    static <T> List<T> derangement(List<T> list, String key) {
        if (list.size() < 2) {
            return List.copyOf(list);
        }
        Random random = new Random(seed(key));
        for (int attempt = 0; attempt < 20; attempt++) {
            List<T> copy = new ArrayList<>(list);
            java.util.Collections.shuffle(copy, random);
            if (!copy.equals(list)) {
                return List.copyOf(copy);
            }
        }
        List<T> rotated = new ArrayList<>(list.subList(1, list.size()));
        rotated.add(list.get(0));
        return List.copyOf(rotated);
    }
}
