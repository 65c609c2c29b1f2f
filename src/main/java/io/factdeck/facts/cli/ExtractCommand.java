package io.factdeck.facts.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.factdeck.facts.DatedFact;
import io.factdeck.facts.FactBank;
import io.factdeck.facts.FactBankBuilder;
import io.factdeck.facts.FactsYaml;
import io.factdeck.facts.Overrides;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code extract <corpus-dir> [--bank <bank-dir>] [--check]}: regenerates a bank's {@code facts.yaml} and
 * {@code bank.yaml} from a folder of plain-text documents ({@code *.txt}), applying the bank's
 * {@code overrides.yaml}. Without {@code --bank} it prints the facts YAML. With {@code --check} it writes nothing
 * and fails when the committed files differ from what the documents give. Same input, byte-identical output.
 */
public final class ExtractCommand {

    static final String USAGE = "usage: extract <corpus-dir> [--bank <bank-dir>] [--check]";

    private ExtractCommand() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Runs the command; returns the exit code (0 done, 1 check failed, 2 bad usage or unreadable input). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String corpus = null;
        String bankDir = null;
        boolean check = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--bank" -> {
                    if (i + 1 >= args.size()) {
                        err.println(USAGE);
                        return 2;
                    }
                    bankDir = args.get(++i);
                }
                case "--check" -> check = true;
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--") || corpus != null) {
                        err.println(USAGE);
                        return 2;
                    }
                    corpus = a;
                }
            }
        }
        if (corpus == null) {
            err.println(USAGE);
            return 2;
        }
        try {
            List<FactBankBuilder.Input> docs = readCorpus(Path.of(corpus));
            if (docs.isEmpty()) {
                err.println("no *.txt documents in " + corpus);
                return 2;
            }
            if (bankDir == null) {
                FactBank bank = FactBankBuilder.build("bank", null, null, docs, Overrides.NONE)
                        .bank();
                out.print(FactsYaml.facts(bank));
                return 0;
            }
            Path dir = Path.of(bankDir);
            Map<String, Object> bankYaml = readYaml(dir.resolve("bank.yaml"));
            Overrides overrides = overrides(readYaml(dir.resolve("overrides.yaml")));
            String id = bankYaml.get("id") == null
                    ? dir.getFileName().toString()
                    : bankYaml.get("id").toString();
            FactBankBuilder.Result result = FactBankBuilder.build(
                    id, string(bankYaml.get("title")), string(bankYaml.get("description")), docs, overrides);
            for (String w : result.warnings()) {
                err.println("warning: " + w);
            }
            FactBank bank = result.bank();
            String facts = FactsYaml.facts(bank);
            String bankText = FactsYaml.bank(bank);
            if (check) {
                boolean same = facts.equals(readOrEmpty(dir.resolve("facts.yaml")))
                        && bankText.equals(readOrEmpty(dir.resolve("bank.yaml")));
                out.println(same ? "up to date: " + dir : "out of date: " + dir + " (run extract to regenerate)");
                return same ? 0 : 1;
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("facts.yaml"), facts, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("bank.yaml"), bankText, StandardCharsets.UTF_8);
            out.println(summary(bank, overrides, dir));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("extract failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        }
    }

    static String summary(FactBank bank, Overrides overrides, Path dir) {
        int same = 0;
        int conflicts = 0;
        for (DatedFact f : bank.facts()) {
            same += f.sameAs().size();
            conflicts += f.conflicts().size();
        }
        return String.format(
                "%s: %d documents, %d facts, %d plans, %d entities, %d same_as pairs, %d conflict pairs,"
                        + " %d overrides",
                dir,
                bank.documents().size(),
                bank.facts().size(),
                bank.plans().size(),
                bank.entities().size(),
                same / 2,
                conflicts / 2,
                overrides.size());
    }

    /** Every {@code *.txt} file of the folder, by name, decoded as UTF-8 with bad bytes replaced. */
    static List<FactBankBuilder.Input> readCorpus(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        List<FactBankBuilder.Input> out = new ArrayList<>();
        for (Path p : files) {
            out.add(new FactBankBuilder.Input(p.getFileName().toString(), decode(Files.readAllBytes(p))));
        }
        return out;
    }

    static String decode(byte[] bytes) throws IOException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String readOrEmpty(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** A YAML file's top-level mapping, or an empty map when the file is missing or holds no mapping. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readYaml(Path p) throws IOException {
        if (!Files.exists(p)) {
            return Map.of();
        }
        Object o = new ObjectMapper(new YAMLFactory()).readValue(p.toFile(), Object.class);
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The overrides file's sections turned into the extractor's records. */
    @SuppressWarnings("unchecked")
    static Overrides overrides(Map<String, Object> yaml) {
        List<Overrides.FactOverride> facts = new ArrayList<>();
        for (Object o : list(yaml.get("facts"))) {
            Map<String, Object> m = (Map<String, Object>) o;
            Map<String, Object> match = m.get("match") instanceof Map<?, ?> mm ? (Map<String, Object>) mm : Map.of();
            facts.add(new Overrides.FactOverride(
                    string(m.get("id")),
                    string(match.get("document")),
                    string(match.get("sentence")),
                    string(match.get("date")),
                    Boolean.TRUE.equals(m.get("reject")),
                    m.get("set") instanceof Map<?, ?> s ? (Map<String, Object>) s : Map.of(),
                    string(m.get("reason"))));
        }
        List<Map<String, Object>> additions = new ArrayList<>();
        for (Object o : list(yaml.get("add"))) {
            additions.add((Map<String, Object>) o);
        }
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        if (yaml.get("documents") instanceof Map<?, ?> docs) {
            for (Map.Entry<?, ?> e : docs.entrySet()) {
                Map<String, String> fields = new LinkedHashMap<>();
                if (e.getValue() instanceof Map<?, ?> f) {
                    for (Map.Entry<?, ?> x : f.entrySet()) {
                        fields.put(x.getKey().toString(), string(x.getValue()));
                    }
                }
                documents.put(e.getKey().toString(), fields);
            }
        }
        return new Overrides(facts, additions, documents);
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
