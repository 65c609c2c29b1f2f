package io.factdeck.questionbank;

import io.factdeck.web.FormErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An instructor's edit of a generated question: the prompt, the answer, the options (when the kind has them) and
 * the explanation. Checked with the same rules as a bank file, so an edit can never break a bank.
 */
public record QuestionEdit(String prompt, String answer, List<String> options, String explanation) {

    public QuestionEdit {
        prompt = prompt == null ? "" : prompt.strip();
        answer = answer == null ? "" : answer.strip();
        options = options == null
                ? List.of()
                : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        explanation = explanation == null ? "" : explanation.strip();
    }

    /** Reads the options from a text area, one per line. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The problems with this edit of the given question; empty when it can be saved. */
    public FormErrors check(Question original) {
        FormErrors errors = new FormErrors();
        if (prompt.isEmpty() || prompt.length() > 1000) {
            errors.add("prompt", "Write a prompt of 1 to 1,000 characters.");
        }
        if (original.kind() == QuestionKind.CLOZE && !prompt.contains(Question.BLANK)) {
            errors.add("prompt", "A flashcard's front keeps one blank, written " + Question.BLANK + ".");
        }
        if (answer.isEmpty() || answer.length() > 300) {
            errors.add("answer", "Write an answer of 1 to 300 characters.");
        }
        if (!original.options().isEmpty()) {
            Set<String> distinct = new LinkedHashSet<>(options);
            if (options.size() < 2 || options.size() > 6) {
                errors.add("options", "Give 2 to 6 options, one per line.");
            } else if (distinct.size() != options.size()) {
                errors.add("options", "Each option must be different.");
            } else if (!options.contains(answer)) {
                errors.add("options", "The answer must be one of the options, written the same way.");
            }
        }
        if (explanation.length() > 4000) {
            errors.add("explanation", "Keep the explanation under 4,000 characters.");
        }
        return errors;
    }

    /**
     * The question with this edit applied; id, kind, facts and tags stay. A new answer also replaces the answer on
     * the back of a flashcard and drops the typed-answer variants of the old one, which would otherwise still be
     * accepted.
     */
    public Question applyTo(Question q) {
        boolean newAnswer = !answer.equals(q.answer());
        return new Question(
                q.id(),
                q.kind(),
                prompt,
                answer,
                newAnswer ? List.of() : q.accept(),
                q.options().isEmpty() ? List.of() : options,
                q.items(),
                statement(q),
                newAnswer ? back(q.back(), q.answer()) : q.back(),
                q.facts(),
                explanation,
                q.tags());
    }

    /** A true-false question's statement follows its edited prompt ("True or false? " + statement). */
    private String statement(Question q) {
        if (q.statement() == null || prompt.equals(q.prompt())) {
            return q.statement();
        }
        return prompt.startsWith(TRUE_OR_FALSE)
                ? prompt.substring(TRUE_OR_FALSE.length()).strip()
                : prompt;
    }

    private static final String TRUE_OR_FALSE = "True or false? ";

    /** The back of a card ("1995. “Vietnam joined ...” (source)") with its leading answer replaced. */
    private String back(String oldBack, String oldAnswer) {
        if (oldBack == null) {
            return null;
        }
        String evidence = oldBack.startsWith(oldAnswer + ". ") ? oldBack.substring(oldAnswer.length() + 2) : oldBack;
        return answer + ". " + evidence;
    }
}
