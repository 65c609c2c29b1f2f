package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The fixture bank in {@code src/test/resources/questionbank/sample}, read once per test class. */
final class Fixtures {

    static final Path SAMPLE = Path.of("src/test/resources/questionbank/sample");

    private Fixtures() {}

    static BankInfo info() {
        BankFiles.Result<BankInfo> info = BankFiles.readBankInfo(read(SAMPLE.resolve(BankFiles.BANK)), BankFiles.BANK);
        assertEquals(List.of(), info.problems());
        return info.value();
    }

    static BankFacts facts() {
        BankFiles.Result<BankFacts> facts =
                BankFiles.readFacts(read(SAMPLE.resolve(BankFiles.FACTS)), BankFiles.FACTS, info());
        assertEquals(List.of(), facts.problems());
        return facts.value();
    }

    static List<Question> generated() {
        return new QuestionGenerator(info(), facts()).generate();
    }

    static String read(Path file) {
        try {
            return BankFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
