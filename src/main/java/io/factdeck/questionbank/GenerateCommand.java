package io.factdeck.questionbank;

import io.factdeck.facts.cli.ExtractCommand;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate [--check] <bank-dir>}: regenerates {@code questions.yaml} from {@code bank.yaml} and
 * {@code facts.yaml}. With {@code --check} it writes nothing and fails when the file is not what generation gives.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: generate [--check] <bank-dir>";

    private GenerateCommand() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Runs the command.
     *
     * @return 0 on success, 1 when the bank has problems or (with {@code --check}) is out of date, 2 on bad usage
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean check = args.contains("--check");
        List<String> rest = args.stream().filter(a -> !a.equals("--check")).toList();
        if (rest.size() != 1 || rest.get(0).startsWith("-")) {
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(rest.get(0));
        try {
            return generate(dir, check, out, err);
        } catch (IOException e) {
            err.println(dir + ": " + e.getMessage());
            return 1;
        }
    }

    private static int generate(Path dir, boolean check, PrintStream out, PrintStream err) throws IOException {
        Path bankFile = dir.resolve(BankFiles.BANK);
        Path factsFile = dir.resolve(BankFiles.FACTS);
        for (Path required : List.of(bankFile, factsFile)) {
            if (!Files.isRegularFile(required)) {
                err.println(required + ": is missing");
                return 1;
            }
        }
        String name = dir.getFileName() + "/";
        BankFiles.Result<BankInfo> info = BankFiles.readBankInfo(BankFiles.read(bankFile), name + BankFiles.BANK);
        BankFiles.Result<BankFacts> facts = info.value() == null
                ? null
                : BankFiles.readFacts(BankFiles.read(factsFile), name + BankFiles.FACTS, info.value());
        if (!info.ok() || facts == null || !facts.ok()) {
            info.problems().forEach(err::println);
            if (facts != null) {
                facts.problems().forEach(err::println);
            }
            return 1;
        }
        BankFacts asked = withoutUnasked(facts.value(), dir.resolve("overrides.yaml"), err);
        if (asked == null) {
            return 1;
        }
        List<Leader> leaders = leaders(dir.resolve("overrides.yaml"), err);
        if (leaders == null) {
            return 1;
        }
        Set<String> unaskedQuestions = unaskedQuestions(dir.resolve("overrides.yaml"));
        List<Question> generated = new QuestionGenerator(info.value(), asked, leaders).generate();
        Set<String> ids = new HashSet<>();
        generated.forEach(q -> ids.add(q.id()));
        unaskedQuestions.stream()
                .filter(id -> !ids.contains(id))
                .sorted()
                .forEach(id ->
                        err.println("warning: " + dir.resolve("overrides.yaml") + ": questions: no question " + id));
        List<Question> questions = generated.stream()
                .filter(q -> !unaskedQuestions.contains(q.id()))
                .toList();
        String yaml = BankFiles.writeQuestions(questions);
        BankFiles.Result<List<Question>> reread =
                BankFiles.readQuestions(yaml, name + BankFiles.QUESTIONS, facts.value());
        if (!reread.ok()) {
            err.println("generated questions fail the schema check:");
            reread.problems().forEach(err::println);
            return 1;
        }
        Path target = dir.resolve(BankFiles.QUESTIONS);
        if (check) {
            String current = Files.exists(target) ? BankFiles.read(target) : "";
            if (!current.equals(yaml)) {
                err.println(target + ": is out of date; run generate " + dir);
                return 1;
            }
            out.println(target + ": up to date (" + questions.size() + " questions)");
            return 0;
        }
        Files.writeString(target, yaml, StandardCharsets.UTF_8);
        out.println("wrote " + target + ": " + questions.size() + " questions (" + summary(questions) + ")");
        return 0;
    }

    /**
     * The facts without those a reviewer marked as not to be asked, in the {@code questions:} section of
     * {@code overrides.yaml} ({@code - fact: <id>} with a {@code reason}). The facts stay in {@code facts.yaml}, as
     * true extractions of what the documents say; only no question is made from them. Null when the section is
     * malformed; an entry naming no fact is reported as a warning.
     */
    static BankFacts withoutUnasked(BankFacts facts, Path overrides, PrintStream err) throws IOException {
        Object section = ExtractCommand.readYaml(overrides).get("questions");
        if (section == null) {
            return facts;
        }
        if (!(section instanceof List<?> entries)) {
            err.println(overrides + ": questions must be a list of {fact, reason}");
            return null;
        }
        Set<String> unasked = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Object fact = entries.get(i) instanceof Map<?, ?> e ? e.get("fact") : null;
            Object question = entries.get(i) instanceof Map<?, ?> e ? e.get("question") : null;
            Object reason = entries.get(i) instanceof Map<?, ?> e ? e.get("reason") : null;
            if ((fact == null) == (question == null)
                    || reason == null
                    || reason.toString().isBlank()) {
                err.println(overrides + ": questions[" + i + "]: needs a fact id or a question id, and a reason");
                return null;
            }
            if (fact != null) {
                unasked.add(fact.toString());
            }
        }
        Set<String> known = new HashSet<>();
        facts.facts().forEach(f -> known.add(f.id()));
        unasked.stream()
                .filter(id -> !known.contains(id))
                .sorted()
                .forEach(id -> err.println("warning: " + overrides + ": questions: no fact " + id));
        return new BankFacts(
                facts.facts().stream().filter(f -> !unasked.contains(f.id())).toList(),
                facts.plans(),
                facts.entities());
    }

    /**
     * The {@code leaders:} section of {@code overrides.yaml}: public figures offered as distractors for questions
     * about people ({@code name}, {@code country}, {@code nationality}, {@code office}, {@code from}, optional
     * {@code to}, {@code died} and {@code aliases}). Null, with the entry and field named, when the section is malformed.
     */
    static List<Leader> leaders(Path overrides, PrintStream err) throws IOException {
        Object section = ExtractCommand.readYaml(overrides).get("leaders");
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof List<?> entries)) {
            err.println(overrides + ": leaders must be a list of {name, country, nationality, office, from, to}");
            return null;
        }
        List<Leader> leaders = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                err.println(overrides + ": leaders[" + i + "]: must be a mapping");
                return null;
            }
            for (String field : List.of("name", "country", "nationality", "office", "from")) {
                if (entry.get(field) == null || entry.get(field).toString().isBlank()) {
                    err.println(overrides + ": leaders[" + i + "]: " + field + " is missing");
                    return null;
                }
            }
            Object from = entry.get("from");
            Object to = entry.get("to");
            Object died = entry.get("died");
            if (!(from instanceof Integer)
                    || (to != null && !(to instanceof Integer))
                    || (died != null && !(died instanceof Integer))) {
                err.println(overrides + ": leaders[" + i + "]: from, to and died must be years");
                return null;
            }
            List<String> aliases = new java.util.ArrayList<>();
            if (entry.get("aliases") instanceof List<?> list) {
                list.forEach(a -> aliases.add(a.toString()));
            }
            int last = to == null ? Leader.IN_OFFICE : (Integer) to;
            if (last < (Integer) from) {
                err.println(overrides + ": leaders[" + i + "]: to is before from");
                return null;
            }
            leaders.add(new Leader(
                    entry.get("name").toString(),
                    aliases,
                    entry.get("country").toString(),
                    entry.get("nationality").toString(),
                    entry.get("office").toString(),
                    (Integer) from,
                    last,
                    died == null ? Leader.IN_OFFICE : (Integer) died));
        }
        return List.copyOf(leaders);
    }

    /** The question ids of the {@code questions:} section ({@code - question: <id>}): one question, not its fact. */
    private static Set<String> unaskedQuestions(Path overrides) throws IOException {
        Set<String> ids = new HashSet<>();
        if (ExtractCommand.readYaml(overrides).get("questions") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> e && e.get("question") != null) {
                    ids.add(e.get("question").toString());
                }
            }
        }
        return ids;
    }

    static String summary(List<Question> questions) {
        Map<QuestionKind, Integer> counts = new EnumMap<>(QuestionKind.class);
        questions.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        counts.forEach((kind, n) -> out.append(out.isEmpty() ? "" : ", ")
                .append(kind.yamlName())
                .append(' ')
                .append(n));
        return out.toString();
    }
}
