package io.factdeck.questionbank;

import io.factdeck.facts.DatedFact;
import io.factdeck.facts.Entity;
import io.factdeck.facts.FactKind;
import io.factdeck.facts.Modality;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks a bank folder ({@code bank.yaml}, {@code facts.yaml}, {@code questions.yaml}; see
 * {@code questions/README.md}). Every reader collects all problems with file, line and field instead of stopping at
 * the first; a value is returned for whatever could be read.
 */
public final class BankFiles {

    public static final String BANK = "bank.yaml";
    public static final String FACTS = "facts.yaml";
    public static final String QUESTIONS = "questions.yaml";

    /** Ids of facts, banks and questions: lowercase words joined by hyphens, question ids add dotted parts. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Set<String> QUESTION_FIELDS = Set.of(
            "id",
            "kind",
            "prompt",
            "statement",
            "items",
            "answer",
            "accept",
            "options",
            "back",
            "facts",
            "explanation",
            "tags");

    private BankFiles() {}

    /** What a reader could read, and everything wrong with the input. */
    public record Result<T>(T value, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads a bank folder: {@code bank.yaml} and {@code questions.yaml} required, {@code facts.yaml} optional. */
    public static Result<QuestionBank> load(Path bankDir) throws IOException {
        String prefix = bankDir.getFileName() + "/";
        List<Problem> problems = new ArrayList<>();
        Path bankFile = bankDir.resolve(BANK);
        if (!Files.exists(bankFile)) {
            problems.add(new Problem(prefix + BANK, 0, null, "is missing"));
            return new Result<>(null, problems);
        }
        Result<BankInfo> info = readBankInfo(read(bankFile), prefix + BANK);
        problems.addAll(info.problems());
        if (info.value() != null
                && !info.value().id().equals(bankDir.getFileName().toString())) {
            problems.add(new Problem(prefix + BANK, 1, "id", "must equal the folder name " + bankDir.getFileName()));
        }
        BankFacts facts = null;
        Path factsFile = bankDir.resolve(FACTS);
        if (Files.exists(factsFile)) {
            Result<BankFacts> read = readFacts(read(factsFile), prefix + FACTS, info.value());
            problems.addAll(read.problems());
            facts = read.value();
        }
        List<Question> questions = List.of();
        Path questionsFile = bankDir.resolve(QUESTIONS);
        if (Files.exists(questionsFile)) {
            Result<List<Question>> read = readQuestions(read(questionsFile), prefix + QUESTIONS, facts);
            problems.addAll(read.problems());
            questions = read.value();
        } else {
            problems.add(new Problem(prefix + QUESTIONS, 0, null, "is missing"));
        }
        QuestionBank bank = info.value() == null ? null : new QuestionBank(info.value(), facts, questions);
        return new Result<>(bank, problems);
    }

    /** Every problem in a bank folder; empty when the bank is valid. */
    public static List<Problem> validate(Path bankDir) throws IOException {
        return load(bankDir).problems();
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    // ---- bank.yaml

    public static Result<BankInfo> readBankInfo(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlFields.parse(text, file, problems);
        if (root == null) {
            return new Result<>(null, problems);
        }
        YamlFields f = YamlFields.mapping(file, root, "", problems);
        if (f == null) {
            return new Result<>(null, problems);
        }
        String id = f.string("id", true);
        if (id != null && !SLUG.matcher(id).matches()) {
            f.problem("id", "must be a lowercase slug like vietnam-foreign-relations");
        }
        String title = f.string("title", true);
        List<BankInfo.Document> documents = new ArrayList<>();
        Set<String> documentIds = new HashSet<>();
        List<Node> entries = f.sequence("documents", true);
        for (int i = 0; i < entries.size(); i++) {
            YamlFields d = YamlFields.mapping(file, entries.get(i), "documents[" + i + "]", problems);
            if (d == null) {
                continue;
            }
            String docId = d.string("id", true);
            String docTitle = d.string("title", false);
            String date = d.string("date", false);
            if (date != null) {
                Optional<FactDate> parsed = FactDate.parse(date);
                if (parsed.isEmpty() || parsed.get().precision().compareTo(FactDate.Precision.YEAR) > 0) {
                    d.problem("date", "must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
                }
            }
            if (docId != null && !documentIds.add(docId)) {
                d.problem("id", "duplicates another document's id " + docId);
            }
            if (docId != null) {
                documents.add(new BankInfo.Document(
                        docId, docTitle, d.string("publisher", false), date, d.string("url", false)));
            }
        }
        if (id == null || title == null) {
            return new Result<>(null, problems);
        }
        BankInfo info = new BankInfo(id, title, f.string("description", false), f.string("language", false), documents);
        return new Result<>(info, problems);
    }

    // ---- facts.yaml

    /**
     * Reads {@code facts.yaml}, tolerating fields it does not know. Checks ids (well-formed, unique), dates, kinds,
     * modalities, evidence (document known to {@code info} when given), entity references and fact references.
     */
    public static Result<BankFacts> readFacts(String text, String file, BankInfo info) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlFields.parse(text, file, problems);
        if (root == null) {
            return new Result<>(BankFacts.empty(), problems);
        }
        YamlFields f = YamlFields.mapping(file, root, "", problems);
        if (f == null) {
            return new Result<>(BankFacts.empty(), problems);
        }
        Map<String, Entity> entities = new HashMap<>();
        List<Entity> entityList = new ArrayList<>();
        List<Node> entityNodes = f.sequence("entities", false);
        for (int i = 0; i < entityNodes.size(); i++) {
            YamlFields e = YamlFields.mapping(file, entityNodes.get(i), "entities[" + i + "]", problems);
            if (e == null) {
                continue;
            }
            String name = e.string("name", true);
            String type = e.string("type", true);
            Entity.Type entityType = null;
            if (type != null) {
                try {
                    entityType = Entity.Type.valueOf(type.trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException ex) {
                    e.problem("type", "must be one of country, person, organization, agreement");
                }
            }
            if (name != null && entities.containsKey(name)) {
                e.problem("name", "duplicates another entity's name " + name);
            } else if (name != null && entityType != null) {
                Entity entity = new Entity(
                        name,
                        entityType,
                        e.strings("aliases", false),
                        e.string("title", false),
                        e.string("category", false));
                entities.put(name, entity);
                entityList.add(entity);
            }
        }

        Set<String> ids = new HashSet<>();
        List<DatedFact> facts = readFactList(file, f, "facts", info, entities, ids, problems);
        List<DatedFact> plans = readFactList(file, f, "plans", info, entities, ids, problems);
        // references to other facts are checked once every id is known
        for (String section : List.of("facts", "plans")) {
            List<Node> nodes = f.sequence(section, false);
            for (int i = 0; i < nodes.size(); i++) {
                if (!(nodes.get(i) instanceof MappingNode)) {
                    continue;
                }
                YamlFields e =
                        new YamlFields(file, (MappingNode) nodes.get(i), section + "[" + i + "].", new ArrayList<>());
                for (String key : List.of("same_as", "conflicts")) {
                    List<String> refs = e.strings(key, false);
                    for (int r = 0; r < refs.size(); r++) {
                        if (!ids.contains(refs.get(r))) {
                            problems.add(new Problem(
                                    file,
                                    e.entryLine(key, r),
                                    e.field(key) + "[" + r + "]",
                                    "names unknown fact " + refs.get(r)));
                        }
                    }
                }
            }
        }
        return new Result<>(new BankFacts(facts, plans, entityList), problems);
    }

    private static List<DatedFact> readFactList(
            String file,
            YamlFields root,
            String section,
            BankInfo info,
            Map<String, Entity> entities,
            Set<String> ids,
            List<Problem> problems) {
        List<DatedFact> result = new ArrayList<>();
        List<Node> nodes = root.sequence(section, false);
        for (int i = 0; i < nodes.size(); i++) {
            int before = problems.size();
            YamlFields e = YamlFields.mapping(file, nodes.get(i), section + "[" + i + "]", problems);
            if (e == null) {
                continue;
            }
            String id = e.string("id", true);
            if (id != null && !SLUG.matcher(id).matches()) {
                e.problem("id", "must be lowercase words joined by hyphens, like wto-membership-2007");
            } else if (id != null && !ids.add(id)) {
                e.problem("id", "duplicates another fact's id " + id);
            }
            String date = e.string("date", true);
            if (date != null && FactDate.parse(date).isEmpty()) {
                e.problem(
                        "date",
                        "must be ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD), a decade (1980s), a century (16XX) or a range"
                                + " (1954/1975), not \"" + date + "\"");
            }
            String event = e.string("event", true);
            FactKind kind = null;
            String kindText = e.string("kind", true);
            if (kindText != null) {
                try {
                    kind = FactKind.fromYaml(kindText);
                } catch (IllegalArgumentException ex) {
                    e.problem("kind", "must be one of " + names(FactKind.values()));
                }
            }
            Modality modality = null;
            String modalityText = e.string("modality", false);
            if (modalityText != null) {
                try {
                    modality = Modality.fromYaml(modalityText);
                } catch (IllegalArgumentException ex) {
                    e.problem("modality", "must be one of " + names(Modality.values()));
                }
            }
            if (section.equals("plans") && modalityText == null) {
                e.problem("modality", "is required for plans (hope, plan, forecast or target)");
            }
            DatedFact.Evidence source = null;
            Node sourceNode = e.node("source");
            if (sourceNode == null) {
                problems.add(new Problem(file, e.line(), e.field("source"), "is required"));
            } else {
                YamlFields s = YamlFields.mapping(file, sourceNode, e.field("source"), problems);
                if (s != null) {
                    String document = s.string("document", true);
                    String sentence = s.string("sentence", true);
                    if (document != null
                            && info != null
                            && info.document(document).isEmpty()) {
                        s.problem("document", "names a document that bank.yaml does not list: " + document);
                    }
                    if (document != null && sentence != null) {
                        source = new DatedFact.Evidence(document, sentence);
                    }
                }
            }
            List<String> who = e.strings("who", false);
            for (int w = 0; w < who.size(); w++) {
                if (!entities.containsKey(who.get(w))) {
                    problems.add(new Problem(
                            file,
                            e.entryLine("who", w),
                            e.field("who") + "[" + w + "]",
                            "names unknown entity " + who.get(w)));
                }
            }
            String agreement = checkEntity(e, "agreement", Entity.Type.AGREEMENT, entities);
            String organization = checkEntity(e, "organization", Entity.Type.ORGANIZATION, entities);
            List<String> sameAs = e.strings("same_as", false);
            List<String> conflicts = e.strings("conflicts", false);
            if (problems.size() == before) {
                result.add(new DatedFact(
                        id,
                        date,
                        e.string("date_text", false),
                        e.string("date_note", false),
                        event,
                        e.string("subject", false),
                        e.string("action", false),
                        e.string("object", false),
                        who,
                        agreement,
                        organization,
                        kind,
                        modality,
                        source,
                        sameAs,
                        conflicts));
            }
        }
        return result;
    }

    private static String checkEntity(YamlFields e, String key, Entity.Type type, Map<String, Entity> entities) {
        String name = e.string(key, false);
        if (name == null) {
            return null;
        }
        Entity entity = entities.get(name);
        if (entity == null) {
            e.problem(key, "names unknown entity " + name);
        } else if (entity.type() != type) {
            e.problem(
                    key,
                    "names " + name + ", which is a " + entity.type().name().toLowerCase(Locale.ROOT));
        }
        return name;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    // ---- questions.yaml

    /**
     * Reads {@code questions.yaml}. With {@code facts} (the bank's {@code facts.yaml}), every question must name at
     * least one existing fact and carry an explanation; without, the bank holds imported questions.
     */
    public static Result<List<Question>> readQuestions(String text, String file, BankFacts facts) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlFields.parse(text, file, problems);
        if (root == null) {
            return new Result<>(List.of(), problems);
        }
        YamlFields f = YamlFields.mapping(file, root, "", problems);
        if (f == null) {
            return new Result<>(List.of(), problems);
        }
        Set<String> factIds = null;
        if (facts != null) {
            // a goal's flashcard names its plan: plans are facts of the bank too, only not events
            factIds = java.util.stream.Stream.concat(facts.facts().stream(), facts.plans().stream())
                    .map(DatedFact::id)
                    .collect(Collectors.toSet());
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        List<Node> nodes = f.sequence("questions", true);
        for (int i = 0; i < nodes.size(); i++) {
            YamlFields q = YamlFields.mapping(file, nodes.get(i), "", problems);
            if (q == null) {
                continue;
            }
            int before = problems.size();
            Question question = readQuestion(file, q, factIds, idLines, problems);
            if (question != null && problems.size() == before) {
                questions.add(question);
            }
        }
        return new Result<>(questions, problems);
    }

    private static Question readQuestion(
            String file, YamlFields q, Set<String> factIds, Map<String, Integer> idLines, List<Problem> problems) {
        for (String key : q.keys()) {
            if (!QUESTION_FIELDS.contains(key)) {
                problems.add(new Problem(file, q.keyLine(key), key, "is not a known field"));
            }
        }
        String id = q.string("id", true);
        if (id != null) {
            if (!ID.matcher(id).matches()) {
                q.problem("id", "must be lowercase words joined by hyphens and dots, like apec-membership-1998.when");
            } else if (idLines.containsKey(id)) {
                q.problem("id", "duplicates the id on line " + idLines.get(id) + ": " + id);
            } else {
                idLines.put(id, q.line("id"));
            }
        }
        QuestionKind kind = null;
        String kindText = q.string("kind", true);
        if (kindText != null) {
            kind = QuestionKind.fromYaml(kindText).orElse(null);
            if (kind == null) {
                q.problem(
                        "kind",
                        "must be one of "
                                + Arrays.stream(QuestionKind.values())
                                        .map(QuestionKind::yamlName)
                                        .collect(Collectors.joining(", ")));
            }
        }
        String prompt = q.string("prompt", true);
        String answer = q.string("answer", true);
        List<String> accept = q.strings("accept", false);
        List<String> options = q.strings("options", false);
        List<String> items = q.strings("items", false);
        String statement = q.string("statement", false);
        String back = q.string("back", false);
        List<String> facts = q.strings("facts", false);
        String explanation = q.string("explanation", false);
        List<String> tags = q.strings("tags", false);

        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (!seen.add(normalize(options.get(i)))) {
                problems.add(new Problem(
                        file,
                        q.entryLine("options", i),
                        "options[" + i + "]",
                        "repeats the option \"" + options.get(i) + "\""));
            }
        }
        if (answer != null && !options.isEmpty() && !options.contains(answer)) {
            q.problem("options", "must contain the answer");
        }
        if (kind != null && kind.fourOptions() && options.size() != 4) {
            q.problem(
                    "options",
                    "must have 4 entries for a " + kind.yamlName() + " question (has " + options.size() + ")");
        }
        if (kind == QuestionKind.CHOICE && options.size() < 2) {
            q.problem("options", "must have at least 2 entries for a choice question");
        }
        if (kind == QuestionKind.TRUE_FALSE) {
            if (answer != null && !answer.equals(Question.TRUE) && !answer.equals(Question.FALSE)) {
                q.problem("answer", "must be True or False");
            }
            if (!options.isEmpty() && !options.equals(List.of(Question.TRUE, Question.FALSE))) {
                q.problem("options", "must be [True, False] for a true-false question");
            }
            if (statement == null) {
                problems.add(new Problem(file, q.line(), "statement", "is required for a true-false question"));
            }
        }
        if (kind == QuestionKind.ORDER) {
            if (items.size() < 3 || items.size() > 5) {
                q.problem("items", "must have 3 to 5 entries for an order question (has " + items.size() + ")");
            } else if (new HashSet<>(items).size() != items.size()) {
                q.problem("items", "must not repeat an item");
            } else if (answer != null && !answer.equals(String.join(Question.ORDER_SEPARATOR, items))) {
                q.problem("answer", "must list the items in order, joined by \"" + Question.ORDER_SEPARATOR + "\"");
            }
            if (factIds != null && facts.size() != items.size()) {
                q.problem("facts", "must name one fact per item");
            }
        } else if (!items.isEmpty()) {
            q.problem("items", "is only for order questions");
        }
        if (kind == QuestionKind.CLOZE && prompt != null && countBlanks(prompt) != 1) {
            q.problem("prompt", "must contain exactly one blank " + Question.BLANK);
        }
        if (factIds != null) {
            if (facts.isEmpty()) {
                q.problem("facts", "must name at least one fact");
            }
            for (int i = 0; i < facts.size(); i++) {
                if (!factIds.contains(facts.get(i))) {
                    problems.add(new Problem(
                            file, q.entryLine("facts", i), "facts[" + i + "]", "names unknown fact " + facts.get(i)));
                }
            }
            if (explanation == null || explanation.isBlank()) {
                problems.add(new Problem(file, q.line(), "explanation", "is required"));
            }
        } else {
            for (int i = 0; i < facts.size(); i++) {
                problems.add(new Problem(
                        file,
                        q.entryLine("facts", i),
                        "facts[" + i + "]",
                        "names fact " + facts.get(i) + " but the bank has no facts.yaml"));
            }
        }
        for (int i = 0; i < tags.size(); i++) {
            if (!SLUG.matcher(tags.get(i)).matches()) {
                problems.add(new Problem(
                        file,
                        q.entryLine("tags", i),
                        "tags[" + i + "]",
                        "must be a lowercase slug, not \"" + tags.get(i) + "\""));
            }
        }
        if (id == null || kind == null || prompt == null || answer == null) {
            return null;
        }
        return new Question(
                id, kind, prompt, answer, accept, options, items, statement, back, facts, explanation, tags);
    }

    static int countBlanks(String text) {
        int count = 0;
        for (int at = text.indexOf(Question.BLANK);
                at >= 0;
                at = text.indexOf(Question.BLANK, at + Question.BLANK.length())) {
            count++;
        }
        return count;
    }

    static String normalize(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---- writing

    /**
     * Writes {@code questions.yaml}: fixed key order, every text double-quoted, lists in flow style, so the same
     * questions always give the same bytes.
     */
    public static String writeQuestions(List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("# Generated from facts.yaml by `generate <bank-dir>`. Do not edit: regenerate instead.\n");
        out.append("questions:\n");
        for (Question q : questions) {
            out.append("  - id: ").append(quote(q.id())).append('\n');
            field(out, "kind", q.kind().yamlName());
            field(out, "prompt", quote(q.prompt()));
            if (q.statement() != null) {
                field(out, "statement", quote(q.statement()));
            }
            if (!q.items().isEmpty()) {
                field(out, "items", list(q.items()));
            }
            field(out, "answer", quote(q.answer()));
            if (!q.accept().isEmpty()) {
                field(out, "accept", list(q.accept()));
            }
            if (!q.options().isEmpty()) {
                field(out, "options", list(q.options()));
            }
            if (q.back() != null) {
                field(out, "back", quote(q.back()));
            }
            field(out, "facts", list(q.facts()));
            field(out, "explanation", quote(q.explanation()));
            field(out, "tags", list(q.tags()));
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String key, String value) {
        out.append("    ").append(key).append(": ").append(value).append('\n');
    }

    private static String list(List<String> values) {
        return values.stream().map(BankFiles::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar; escapes backslash, quote and every control character. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Distinct values in first-seen order. */
    static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }
}
