package io.factdeck.questionbank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT text into questions for a new bank: multiple choice (one correct answer), true-false and short
 * answer, including the missing-word form, which becomes a cloze. Comments, blank lines, {@code $CATEGORY} lines,
 * titles, {@code [html]}-style format markers, escapes, weights and feedback ({@code #} per answer, {@code ####}
 * general) are understood. Matching questions whose right sides are positions ({@code 1st}, {@code 2nd}, ...) come
 * back as order questions, as {@link GiftExporter} writes them. Anything else is reported with its line; the
 * questions that could be read are returned either way.
 *
 * <p>Ids come from the title ({@code ::Treaty-1::} becomes {@code treaty-1}) or, without one, {@code gift-<n>}.
 * Category names become tags. Moodle's {@code // [id:...] [tag:...]} comment and factdeck's {@code // factdeck:}
 * comment (kind, facts) are read when present.
 */
public final class GiftParser {

    private static final char ESC_TILDE = '\uE001';
    private static final char ESC_EQUALS = '\uE002';
    private static final char ESC_HASH = '\uE003';
    private static final char ESC_OPEN = '\uE004';
    private static final char ESC_CLOSE = '\uE005';
    private static final char ESC_COLON = '\uE006';
    private static final char ESC_BACKSLASH = '\uE007';
    private static final char ESC_NEWLINE = '\uE008';

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d+)?)%");
    private static final Pattern META_ID = Pattern.compile("\\[id:([^\\]]+)]");
    private static final Pattern META_TAG = Pattern.compile("\\[tag:([^\\]]+)]");
    private static final Pattern FACTDECK = Pattern.compile("factdeck:\\s*(.*)");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private String categoryTag;

    private GiftParser(String file) {
        this.file = file;
    }

    /**
     * Parses GIFT text.
     *
     * @param file the name problems should carry, for example the uploaded file's name
     */
    public static BankFiles.Result<List<Question>> parse(String text, String file) {
        GiftParser parser = new GiftParser(file);
        parser.run(text.replace("\r\n", "\n").replace('\r', '\n'));
        return new BankFiles.Result<>(List.copyOf(parser.questions), parser.problems);
    }

    private void run(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        List<String> block = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.trim();
            if (trimmed.startsWith("//")) {
                if (block.isEmpty()) {
                    comments.add(trimmed.substring(2));
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                if (!block.isEmpty()) {
                    handleBlock(block, comments, blockStart);
                    block = new ArrayList<>();
                }
                comments = new ArrayList<>();
                continue;
            }
            if (block.isEmpty()) {
                blockStart = i + 1;
                if (trimmed.startsWith("$CATEGORY:")) {
                    String path = trimmed.substring("$CATEGORY:".length()).trim();
                    String last = path.substring(path.lastIndexOf('/') + 1)
                            .replace("$course$", "")
                            .trim();
                    categoryTag = last.isEmpty() ? null : English.slug(last);
                    comments = new ArrayList<>();
                    continue;
                }
            }
            block.add(line);
        }
    }

    private void handleBlock(List<String> lines, List<String> comments, int line) {
        String raw = String.join("\n", lines);
        String text = protect(raw);
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                problem(line, "has a title that does not end with ::");
                return;
            }
            title = restore(text.substring(2, end)).trim();
            text = text.substring(end + 2);
        }
        text = text.replaceFirst("^\\s*\\[(html|moodle|plain|markdown)]", "");
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open < 0 && close < 0) {
            problem(line, "has no answer block {...}; descriptions are not imported");
            return;
        }
        if (open < 0 || close < open) {
            problem(line, open < 0 ? "has a } without a {" : "has a { without a closing }");
            return;
        }
        if (text.indexOf('{', open + 1) >= 0 && text.indexOf('{', open + 1) < close) {
            problem(line, "has more than one answer block; only one {...} per question is supported");
            return;
        }
        String before = clean(text.substring(0, open));
        String after = clean(text.substring(close + 1));
        String answers = text.substring(open + 1, close);
        String general = "";
        int separator = answers.lastIndexOf("####");
        if (separator >= 0) {
            general = clean(answers.substring(separator + 4));
            answers = answers.substring(0, separator);
        }
        String body = answers.trim();

        Meta meta = meta(comments);
        String id = id(title, meta, line);
        if (id == null) {
            return;
        }
        List<String> tags = new ArrayList<>(meta.tags);
        if (categoryTag != null && !tags.contains(categoryTag)) {
            tags.add(categoryTag);
        }
        String prompt = before;
        if (!after.isEmpty()) {
            // the missing-word form: the braces stood where the blank goes
            boolean glued = after.matches("^[.,;:!?)\\]'’”].*");
            prompt = (before.isEmpty() ? "" : before + " ") + Question.BLANK + (glued ? "" : " ") + after;
        }
        if (prompt.isEmpty()) {
            problem(line, "has no question text");
            return;
        }

        if (body.isEmpty()) {
            problem(line, "is an essay question (empty answer block), which is not imported");
        } else if (body.startsWith("#")) {
            problem(line, "is a numerical question, which is not imported");
        } else if (body.contains("->")) {
            matching(id, prompt, body, general, meta, tags, line);
        } else if (body.matches("(?is)(T|TRUE|F|FALSE)\\s*(#.*)?")) {
            boolean truth = Character.toUpperCase(body.charAt(0)) == 'T';
            String statement = prompt.regionMatches(true, 0, "True or false? ", 0, 15) ? prompt.substring(15) : prompt;
            add(new Question(
                    id,
                    QuestionKind.TRUE_FALSE,
                    prompt,
                    truth ? Question.TRUE : Question.FALSE,
                    List.of(),
                    List.of(Question.TRUE, Question.FALSE),
                    List.of(),
                    statement,
                    null,
                    meta.facts,
                    general,
                    tags));
        } else if (body.indexOf('~') >= 0) {
            multipleChoice(id, prompt, body, general, meta, tags, line);
        } else {
            shortAnswer(
                    id, prompt, body, general, meta, tags, line, !after.isEmpty() || prompt.contains(Question.BLANK));
        }
    }

    private record Answer(boolean correct, String text) {}

    /** Splits {@code =a # fb ~b ~%50%c} into answers; escaped markers were protected before. */
    private List<Answer> answers(String body, int line) {
        List<Answer> result = new ArrayList<>();
        Matcher m = Pattern.compile("([=~])([^=~]*)").matcher(body);
        int consumed = 0;
        while (m.find()) {
            if (!body.substring(consumed, m.start()).isBlank()) {
                problem(
                        line,
                        "has text before its first answer marker (= or ~): "
                                + restore(body.substring(consumed, m.start())).trim());
                return null;
            }
            consumed = m.end();
            String part = m.group(2);
            int hash = part.indexOf('#');
            if (hash >= 0) {
                part = part.substring(0, hash); // per-answer feedback is not kept
            }
            part = part.trim();
            boolean correct = m.group(1).equals("=");
            Matcher weight = WEIGHT.matcher(part);
            if (weight.find()) {
                double percent = Double.parseDouble(weight.group(1));
                correct = percent >= 100;
                part = part.substring(weight.end()).trim();
            }
            if (part.isEmpty()) {
                problem(line, "has an empty answer");
                return null;
            }
            result.add(new Answer(correct, clean(part)));
        }
        if (!body.substring(consumed).isBlank()) {
            problem(line, "has answer text that is not marked with = or ~");
            return null;
        }
        return result;
    }

    private void multipleChoice(
            String id, String prompt, String body, String general, Meta meta, List<String> tags, int line) {
        List<Answer> answers = answers(body, line);
        if (answers == null) {
            return;
        }
        List<String> correct =
                answers.stream().filter(Answer::correct).map(Answer::text).toList();
        if (correct.isEmpty()) {
            problem(line, "has no correct answer (mark one with =)");
            return;
        }
        if (correct.size() > 1) {
            problem(line, "has more than one correct answer; multiple-answer questions are not imported");
            return;
        }
        if (answers.size() < 2) {
            problem(line, "needs at least two answers");
            return;
        }
        QuestionKind kind = meta.kind != null && meta.kind.fourOptions() ? meta.kind : QuestionKind.CHOICE;
        add(new Question(
                id,
                kind,
                prompt,
                correct.get(0),
                List.of(),
                answers.stream().map(Answer::text).toList(),
                List.of(),
                null,
                null,
                meta.facts,
                general,
                tags));
    }

    private void shortAnswer(
            String id,
            String prompt,
            String body,
            String general,
            Meta meta,
            List<String> tags,
            int line,
            boolean blank) {
        List<Answer> answers = answers(body, line);
        if (answers == null) {
            return;
        }
        List<String> correct =
                answers.stream().filter(Answer::correct).map(Answer::text).toList();
        if (correct.isEmpty()) {
            problem(line, "has no correct answer (mark one with =)");
            return;
        }
        QuestionKind kind = blank ? QuestionKind.CLOZE : QuestionKind.SHORT_ANSWER;
        add(new Question(
                id,
                kind,
                prompt,
                correct.get(0),
                correct.subList(1, correct.size()),
                List.of(),
                List.of(),
                null,
                null,
                meta.facts,
                general,
                tags));
    }

    private void matching(
            String id, String prompt, String body, String general, Meta meta, List<String> tags, int line) {
        List<Answer> pairs = answers(body, line);
        if (pairs == null) {
            return;
        }
        String[] byPosition = new String[pairs.size()];
        for (Answer pair : pairs) {
            int arrow = pair.text().lastIndexOf("->");
            Matcher ordinal = arrow < 0
                    ? null
                    : ORDINAL.matcher(pair.text().substring(arrow + 2).trim());
            if (ordinal == null || !ordinal.matches()) {
                problem(
                        line,
                        "is a matching question, which is only imported when it matches items to positions (1st, 2nd, ...)");
                return;
            }
            int position = Integer.parseInt(ordinal.group(1));
            if (position < 1 || position > pairs.size() || byPosition[position - 1] != null) {
                problem(line, "has positions that are not 1st to " + FactDate.ordinal(pairs.size()) + " once each");
                return;
            }
            byPosition[position - 1] = pair.text().substring(0, arrow).trim();
        }
        List<String> items = List.of(byPosition);
        add(new Question(
                id,
                QuestionKind.ORDER,
                prompt,
                String.join(Question.ORDER_SEPARATOR, items),
                List.of(),
                List.of(),
                items,
                null,
                null,
                meta.facts,
                general,
                tags));
    }

    private void add(Question question) {
        questions.add(question);
    }

    private record Meta(String id, List<String> tags, QuestionKind kind, List<String> facts) {}

    private Meta meta(List<String> comments) {
        String id = null;
        List<String> tags = new ArrayList<>();
        QuestionKind kind = null;
        List<String> facts = List.of();
        for (String comment : comments) {
            Matcher m = META_ID.matcher(comment);
            if (m.find()) {
                id = m.group(1).trim();
            }
            Matcher t = META_TAG.matcher(comment);
            while (t.find()) {
                tags.add(English.slug(t.group(1)));
            }
            Matcher f = FACTDECK.matcher(comment.trim());
            if (f.matches()) {
                for (String pair : f.group(1).trim().split("\\s+")) {
                    if (pair.startsWith("kind=")) {
                        kind = QuestionKind.fromYaml(pair.substring(5)).orElse(null);
                    } else if (pair.startsWith("facts=")) {
                        facts = List.of(pair.substring(6).split(","));
                    }
                }
            }
        }
        return new Meta(id, BankFiles.distinct(tags), kind, facts);
    }

    private String id(String title, Meta meta, int line) {
        String id;
        if (meta.id != null && BankFiles.ID.matcher(meta.id).matches()) {
            id = meta.id;
        } else if (title != null && !title.isBlank()) {
            id = BankFiles.ID.matcher(title).matches() ? title : English.slug(title);
        } else {
            id = "gift-" + (questions.size() + 1);
        }
        if (!ids.add(id)) {
            problem(line, "has the id " + id + ", which an earlier question already has");
            return null;
        }
        return id;
    }

    private void problem(int line, String message) {
        problems.add(new Problem(file, line, "question", message));
    }

    /** Swaps escaped characters for private-use placeholders so they do not count as markup. */
    private static String protect(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                switch (next) {
                    case '~' -> out.append(ESC_TILDE);
                    case '=' -> out.append(ESC_EQUALS);
                    case '#' -> out.append(ESC_HASH);
                    case '{' -> out.append(ESC_OPEN);
                    case '}' -> out.append(ESC_CLOSE);
                    case ':' -> out.append(ESC_COLON);
                    case '\\' -> out.append(ESC_BACKSLASH);
                    case 'n' -> out.append(ESC_NEWLINE);
                    default -> out.append('\\').append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String restore(String text) {
        return text.replace(ESC_TILDE, '~')
                .replace(ESC_EQUALS, '=')
                .replace(ESC_HASH, '#')
                .replace(ESC_OPEN, '{')
                .replace(ESC_CLOSE, '}')
                .replace(ESC_COLON, ':')
                .replace(ESC_BACKSLASH, '\\')
                .replace(ESC_NEWLINE, '\n');
    }

    /** Restores escapes and joins the lines of a multi-line text with single spaces. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder();
        for (String part : text.split("\n")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        return restore(out.toString());
    }
}
