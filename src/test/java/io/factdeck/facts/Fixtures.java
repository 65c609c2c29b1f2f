package io.factdeck.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test resources under {@code src/test/resources/facts/}. */
final class Fixtures {

    private Fixtures() {}

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/facts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource facts/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a tab-separated resource, without comment lines; "-" stands for null. */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : text(name).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].equals("-") ? null : cells[i];
            }
            out.add(cells);
        }
        return out;
    }
}
