package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Validates every bank under {@code questions/} and the test fixture bank, the same way. */
class BanksTest {

    static List<Path> repositoryBanks() throws IOException {
        Path root = Path.of("questions");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void assertValidAndCurrent(Path bank) throws IOException {
        List<Problem> problems = BankFiles.validate(bank);
        assertEquals(List.of(), problems.stream().map(Problem::toString).toList(), bank.toString());
        if (Files.exists(bank.resolve(BankFiles.FACTS))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = GenerateCommand.run(
                    List.of("--check", bank.toString()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyRepositoryBankIsValidAndItsQuestionsAreCurrent() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path bank : repositoryBanks()) {
            try {
                assertValidAndCurrent(bank);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theFixtureBankIsValidAndItsQuestionsAreCurrent() throws IOException {
        assertValidAndCurrent(Fixtures.SAMPLE);
        BankFiles.Result<QuestionBank> bank = BankFiles.load(Fixtures.SAMPLE);
        assertTrue(bank.value().questions().size() > 100);
    }

    @Test
    void aBrokenBankFailsWithFileAndLine(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
        Path bank = temp.resolve("sample");
        Files.createDirectories(bank);
        for (String name : List.of(BankFiles.BANK, BankFiles.FACTS, BankFiles.QUESTIONS)) {
            Files.copy(Fixtures.SAMPLE.resolve(name), bank.resolve(name));
        }
        String questions = Files.readString(bank.resolve(BankFiles.QUESTIONS));
        int line = questions.substring(0, questions.indexOf("kind: true-false")).split("\n", -1).length;
        Files.writeString(bank.resolve(BankFiles.QUESTIONS), questions.replaceFirst("kind: true-false", "kind: maybe"));
        List<Problem> problems = BankFiles.validate(bank);
        assertFalse(problems.isEmpty());
        assertEquals("sample/questions.yaml", problems.get(0).file());
        assertEquals("kind", problems.get(0).field());
        assertEquals(line, problems.get(0).line());
    }
}
