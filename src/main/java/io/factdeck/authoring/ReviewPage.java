package io.factdeck.authoring;

import io.factdeck.questionbank.BankEntity;
import io.factdeck.questionbank.FactEntity;
import io.factdeck.questionbank.QuestionEntity;
import java.util.List;
import java.util.Set;

/** The review page of an instructor's document bank. */
public record ReviewPage(
        BankEntity bank,
        List<UploadedDocument> documents,
        List<FactEntity> facts,
        List<FactEntity> plans,
        List<ReviewDecision> rejectedFacts,
        List<QuestionEntity> questions,
        List<Rejected> rejectedQuestions,
        Set<String> edited) {

    /** A rejected question and the decision that rejected it (to withdraw it). */
    public record Rejected(QuestionEntity question, ReviewDecision decision) {}

    public boolean isEdited(QuestionEntity q) {
        return edited.contains(q.questionKey);
    }
}
