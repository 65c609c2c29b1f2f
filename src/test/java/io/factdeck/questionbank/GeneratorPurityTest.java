package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generator and the formats stay pure: only {@code java.*} and the fact records, no clock, and randomness only
 * from seeds derived from ids. File reading with SnakeYAML is confined to {@code BankFiles} and {@code YamlFields}.
 */
class GeneratorPurityTest {

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern IMPURE = Pattern.compile(
            "Instant\\.now\\(|LocalDate(Time)?\\.now\\(|System\\.currentTimeMillis|new Random\\(\\)|Math\\.random");

    private static final List<String> PURE = List.of(
            "QuestionGenerator",
            "Regions",
            "English",
            "FactDate",
            "Shuffle",
            "Question",
            "QuestionKind",
            "BankInfo",
            "BankFacts",
            "QuestionBank",
            "Problem",
            "GiftExporter",
            "GiftParser",
            "MoodleXmlExporter",
            "AnkiExporter",
            "CsvExporter");

    @Test
    void generatorAndFormatsImportOnlyJavaAndFacts() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String name : PURE) {
            Path source = Path.of("src/main/java/io/factdeck/questionbank", name + ".java");
            String text = Files.readString(source);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String imported = m.group(2);
                if (!imported.startsWith("java.") && !imported.startsWith("io.factdeck.facts.")) {
                    offending.add(name + " imports " + imported);
                }
            }
            if (IMPURE.matcher(text).find()) {
                offending.add(name + " reads the clock or makes unseeded randomness");
            }
        }
        assertEquals(List.of(), offending);
    }
}
