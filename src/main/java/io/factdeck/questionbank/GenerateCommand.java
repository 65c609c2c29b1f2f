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
        Path overridesFile = dir.resolve("overrides.yaml");
        Map<String, Object> overrides = ExtractCommand.readYaml(overridesFile);
        Unasked unasked = unasked(overrides, overridesFile, err);
        List<Leader> leaders = leaders(overrides, overridesFile, err);
        List<KnownAgreement> agreements = agreements(overrides, overridesFile, err);
        List<KnownOrganization> organizations = organizations(overrides, overridesFile, err);
        if (unasked == null || leaders == null || agreements == null || organizations == null) {
            return 1;
        }
        List<Question> generated = new QuestionGenerator(
                        info.value(),
                        unasked.without(facts.value(), overridesFile, err),
                        leaders,
                        agreements,
                        organizations,
                        unasked.reported())
                .generate();
        Set<String> ids = new HashSet<>();
        generated.forEach(q -> ids.add(q.id()));
        unasked.questions().stream()
                .filter(id -> !ids.contains(id))
                .sorted()
                .forEach(id -> err.println("warning: " + overridesFile + ": questions: no question " + id));
        List<Question> questions = generated.stream()
                .filter(q -> !unasked.questions().contains(q.id()))
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
     * What a reviewer marked as not to be asked, in the {@code questions:} section of {@code overrides.yaml}: facts
     * ({@code - fact: <id>}), which stay in {@code facts.yaml} as true extractions of what the documents say but give
     * no question, and single questions ({@code - question: <id>}), each with a {@code reason}. A fact entry with
     * {@code ask: according-to-source} and a {@code note} for students is asked after all, as what its source says.
     */
    record Unasked(Set<String> facts, Set<String> questions, Map<String, String> reported) {

        /** The bank's facts without the unasked ones; an id naming no fact is reported as a warning. */
        BankFacts without(BankFacts bank, Path overrides, PrintStream err) {
            Set<String> known = new HashSet<>();
            bank.facts().forEach(f -> known.add(f.id()));
            bank.plans().forEach(p -> known.add(p.id()));
            java.util.stream.Stream.concat(facts.stream(), reported.keySet().stream())
                    .filter(id -> !known.contains(id))
                    .sorted()
                    .forEach(id -> err.println("warning: " + overrides + ": questions: no fact " + id));
            // a plan is a fact of the bank too ("a plan until 2035"): it is left out the same way
            return new BankFacts(
                    bank.facts().stream().filter(f -> !facts.contains(f.id())).toList(),
                    bank.plans().stream().filter(p -> !facts.contains(p.id())).toList(),
                    bank.entities());
        }
    }

    static final String ASK_AS_REPORTED = "according-to-source";

    /** The {@code questions:} section, or null, with the entry named, when it is malformed. */
    static Unasked unasked(Map<String, Object> overrides, Path file, PrintStream err) {
        List<Map<?, ?>> entries = mappings(overrides, "questions", "{fact or question, reason}", file, err);
        if (entries == null) {
            return null;
        }
        Set<String> facts = new HashSet<>();
        Set<String> questions = new HashSet<>();
        Map<String, String> reported = new java.util.TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i);
            Object fact = entry.get("fact");
            Object question = entry.get("question");
            Object reason = entry.get("reason");
            if ((fact == null) == (question == null)
                    || reason == null
                    || reason.toString().isBlank()) {
                err.println(file + ": questions[" + i + "]: needs a fact id or a question id, and a reason");
                return null;
            }
            Object ask = entry.get("ask");
            if (ask != null) {
                Object note = entry.get("note");
                if (fact == null || !ASK_AS_REPORTED.equals(ask.toString())) {
                    err.println(file + ": questions[" + i + "]: ask must be " + ASK_AS_REPORTED + ", on a fact");
                    return null;
                }
                if (note == null || note.toString().isBlank()) {
                    err.println(file + ": questions[" + i + "]: a fact asked " + ASK_AS_REPORTED
                            + " needs a note for students");
                    return null;
                }
                reported.put(fact.toString(), note.toString().trim());
                continue;
            }
            (fact != null ? facts : questions).add((fact != null ? fact : question).toString());
        }
        return new Unasked(Set.copyOf(facts), Set.copyOf(questions), Map.copyOf(reported));
    }

    /**
     * The {@code leaders:} section of {@code overrides.yaml}: public figures offered as distractors for questions
     * about people ({@code name}, {@code country}, {@code nationality}, {@code office}, {@code from}, optional
     * {@code to}, {@code died} and {@code aliases}). Null, with the entry and field named, when the section is malformed.
     */
    static List<Leader> leaders(Map<String, Object> overrides, Path file, PrintStream err) {
        List<Map<?, ?>> entries =
                mappings(overrides, "leaders", "{name, country, nationality, office, from, to}", file, err);
        if (entries == null) {
            return null;
        }
        List<Leader> leaders = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i);
            String where = file + ": leaders[" + i + "]: ";
            String missing = missing(entry, List.of("name", "country", "nationality", "office", "from"));
            if (missing != null) {
                err.println(where + missing + " is missing");
                return null;
            }
            Object from = entry.get("from");
            Object to = entry.get("to");
            Object died = entry.get("died");
            if (!(from instanceof Integer) || !yearOrNone(to) || !yearOrNone(died)) {
                err.println(where + "from, to and died must be years");
                return null;
            }
            try {
                leaders.add(new Leader(
                        entry.get("name").toString(),
                        strings(entry.get("aliases")),
                        entry.get("country").toString(),
                        entry.get("nationality").toString(),
                        entry.get("office").toString(),
                        (Integer) from,
                        to == null ? Leader.NOT_YET : (Integer) to,
                        died == null ? Leader.NOT_YET : (Integer) died));
            } catch (IllegalArgumentException e) {
                err.println(where + e.getMessage());
                return null;
            }
        }
        return List.copyOf(leaders);
    }

    /**
     * The {@code agreements:} section of {@code overrides.yaml}: agreements of the era offered as options in
     * which-agreement questions ({@code name}, {@code category}, {@code date}, {@code parties}). Null, with the entry
     * and field named, when the section is malformed.
     */
    static List<KnownAgreement> agreements(Map<String, Object> overrides, Path file, PrintStream err) {
        List<Map<?, ?>> entries = mappings(overrides, "agreements", "{name, category, date, parties}", file, err);
        if (entries == null) {
            return null;
        }
        List<KnownAgreement> agreements = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i);
            String where = file + ": agreements[" + i + "]: ";
            String missing = missing(entry, List.of("name", "category", "date", "parties"));
            if (missing != null) {
                err.println(where + missing + " is missing");
                return null;
            }
            java.util.Optional<FactDate> date = FactDate.parse(entry.get("date").toString());
            if (date.isEmpty()) {
                err.println(where + "date must be a date as facts.yaml writes it (1977, 1977-07, 1977-07-18)");
                return null;
            }
            if (!(entry.get("parties") instanceof List<?> list) || list.isEmpty()) {
                err.println(where + "parties must be a list of the states and organizations that signed it");
                return null;
            }
            agreements.add(new KnownAgreement(
                    entry.get("name").toString(), entry.get("category").toString(), date.get(), strings(list)));
        }
        return List.copyOf(agreements);
    }

    /**
     * The {@code organizations:} section of {@code overrides.yaml}: organizations of the era offered as options in
     * which-organization questions ({@code name}, {@code founded}, optional {@code dissolved}, {@code aliases},
     * {@code summits} and {@code hosted}: for a country, the years it hosted the summit). Null, with the entry and
     * field named, when the section is malformed.
     */
    static List<KnownOrganization> organizations(Map<String, Object> overrides, Path file, PrintStream err) {
        List<Map<?, ?>> entries =
                mappings(overrides, "organizations", "{name, founded, dissolved, summits, hosted}", file, err);
        if (entries == null) {
            return null;
        }
        List<KnownOrganization> organizations = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> entry = entries.get(i);
            String where = file + ": organizations[" + i + "]: ";
            if (missing(entry, List.of("name")) != null) {
                err.println(where + "name is missing");
                return null;
            }
            Object founded = entry.get("founded");
            Object dissolved = entry.get("dissolved");
            if (!(founded instanceof Integer) || !yearOrNone(dissolved)) {
                err.println(where + "founded and dissolved must be years");
                return null;
            }
            Object summits = entry.get("summits");
            if (summits != null && !(summits instanceof Boolean)) {
                err.println(where + "summits must be true or false");
                return null;
            }
            Map<String, List<Integer>> hosted = new java.util.LinkedHashMap<>();
            if (entry.get("hosted") != null) {
                if (!(entry.get("hosted") instanceof Map<?, ?> byCountry)) {
                    err.println(where + "hosted must map a country to the years it hosted the summit");
                    return null;
                }
                for (Map.Entry<?, ?> country : byCountry.entrySet()) {
                    if (!(country.getValue() instanceof List<?> years)
                            || !years.stream().allMatch(Integer.class::isInstance)) {
                        err.println(where + "hosted: " + country.getKey() + " must list years");
                        return null;
                    }
                    hosted.put(
                            country.getKey().toString(),
                            years.stream().map(Integer.class::cast).toList());
                }
            }
            try {
                organizations.add(new KnownOrganization(
                        entry.get("name").toString(),
                        strings(entry.get("aliases")),
                        (Integer) founded,
                        dissolved == null ? Leader.NOT_YET : (Integer) dissolved,
                        Boolean.TRUE.equals(summits),
                        hosted));
            } catch (IllegalArgumentException e) {
                err.println(where + e.getMessage());
                return null;
            }
        }
        return List.copyOf(organizations);
    }

    /**
     * The entries of a list section of {@code overrides.yaml}: none when it is absent; null, with what it must be,
     * when it is no list of mappings.
     */
    private static List<Map<?, ?>> mappings(
            Map<String, Object> overrides, String name, String shape, Path file, PrintStream err) {
        Object section = overrides.get(name);
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof List<?> entries)) {
            err.println(file + ": " + name + " must be a list of " + shape);
            return null;
        }
        List<Map<?, ?>> result = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                err.println(file + ": " + name + "[" + i + "]: must be a mapping");
                return null;
            }
            result.add(entry);
        }
        return result;
    }

    /** The first of the fields the entry lacks or leaves blank, or null. */
    private static String missing(Map<?, ?> entry, List<String> fields) {
        for (String field : fields) {
            if (entry.get(field) == null || entry.get(field).toString().isBlank()) {
                return field;
            }
        }
        return null;
    }

    private static boolean yearOrNone(Object value) {
        return value == null || value instanceof Integer;
    }

    /** A YAML list as strings; none for anything else. */
    private static List<String> strings(Object value) {
        return value instanceof List<?> list
                ? list.stream().map(Object::toString).toList()
                : List.of();
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
