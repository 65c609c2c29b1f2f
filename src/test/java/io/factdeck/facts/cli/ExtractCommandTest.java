package io.factdeck.facts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return ExtractCommand.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("siam-relations.txt", "laos-relations.txt")) {
            try (InputStream in = getClass().getResourceAsStream("/facts/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        Files.writeString(dir.resolve("notes.md"), "not a document: 1999");
        return dir;
    }

    @Test
    void regeneratesTheBankByteForByte() throws Exception {
        Path corpus = corpus();
        Path bank = tmp.resolve("questions/test-bank");
        assertEquals(0, run(corpus.toString(), "--bank", bank.toString()), err.toString());
        assertTrue(out.toString().contains("2 documents"), out.toString());
        byte[] facts = Files.readAllBytes(bank.resolve("facts.yaml"));
        byte[] meta = Files.readAllBytes(bank.resolve("bank.yaml"));
        assertEquals(0, run(corpus.toString(), "--bank", bank.toString()));
        assertEquals(new String(facts, StandardCharsets.UTF_8), Files.readString(bank.resolve("facts.yaml")));
        assertEquals(new String(meta, StandardCharsets.UTF_8), Files.readString(bank.resolve("bank.yaml")));
        assertEquals(0, run(corpus.toString(), "--bank", bank.toString(), "--check"));
        Files.writeString(bank.resolve("facts.yaml"), "facts: []\n");
        assertEquals(1, run(corpus.toString(), "--bank", bank.toString(), "--check"));
    }

    @Test
    void keepsTheBankNameAndAppliesOverrides() throws Exception {
        Path corpus = corpus();
        Path bank = Files.createDirectories(tmp.resolve("questions/test-bank"));
        Files.writeString(bank.resolve("bank.yaml"), "id: test-bank\ntitle: \"Test bank\"\ndescription: null\n");
        Files.writeString(bank.resolve("overrides.yaml"), """
                facts:
                  - match: {document: siam-relations.txt, sentence: "In 1982 and 1983", date: "1982/1983"}
                    reject: true
                    reason: "refugee camps are not foreign relations"
                  - id: no-such-fact-1900
                    set: {kind: other}
                documents:
                  laos-relations.txt: {url: "https://example.org/laos"}
                """);
        assertEquals(0, run(corpus.toString(), "--bank", bank.toString()), err.toString());
        String facts = Files.readString(bank.resolve("facts.yaml"));
        String meta = Files.readString(bank.resolve("bank.yaml"));
        assertTrue(meta.contains("title: \"Test bank\""), meta);
        assertTrue(meta.contains("url: \"https://example.org/laos\""), meta);
        assertTrue(!facts.contains("date: \"1982/1983\""), "rejected fact still there");
        assertTrue(err.toString().contains("override matched no fact: no-such-fact-1900"), err.toString());
        assertTrue(out.toString().contains("3 overrides"), out.toString());
    }

    @Test
    void printsTheFactsWithoutABankAndRejectsBadUsage() throws Exception {
        Path corpus = corpus();
        assertEquals(0, run(corpus.toString()));
        assertTrue(out.toString().startsWith("# Generated"), out.toString());
        assertEquals(2, run());
        assertEquals(2, run(corpus.toString(), "--bank"));
        assertEquals(2, run(corpus.toString(), "--frobnicate"));
        assertEquals(2, run(tmp.resolve("missing").toString()));
        assertEquals(0, run("--help"));
    }

    @Test
    void readsBadBytesAsReplacementCharacters() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("garbage"));
        Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 'I', 'n', ' ', '1', '9', '9', '5'});
        assertEquals(0, run(dir.toString()));
    }
}
