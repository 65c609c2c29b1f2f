package io.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The domain core stays pure: extraction and scheduling import only {@code java.*} (and each other), and never
 * read the clock or make their own randomness, so they can be tested and replayed exactly.
 */
class ArchitectureTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern IMPURE_CALL = Pattern.compile(
            "Instant\\.now\\(|LocalDate(Time)?\\.now\\(|System\\.currentTimeMillis|new Random\\(|Math\\.random");

    @ParameterizedTest
    @ValueSource(strings = {"facts", "scheduling"})
    void pureCoreImportsOnlyJava(String pkg) throws IOException {
        List<Path> sources = sources(pkg);
        assertTrue(!sources.isEmpty(), "no sources found for " + pkg);
        List<String> offending = new ArrayList<>();
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String imported = m.group(2);
                if (!imported.startsWith("java.")
                        && !imported.startsWith("io.factdeck.facts.")
                        && !imported.startsWith("io.factdeck.scheduling.")) {
                    offending.add(source.getFileName() + " imports " + imported);
                }
            }
            if (IMPURE_CALL.matcher(text).find()) {
                offending.add(source.getFileName() + " reads the clock or makes its own randomness");
            }
        }
        assertEquals(List.of(), offending);
    }

    /** The package's own files, not its sub-packages (adapters such as a command line may live there). */
    private static List<Path> sources(String pkg) throws IOException {
        Path dir = Path.of("src", "main", "java", "io", "factdeck", pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
