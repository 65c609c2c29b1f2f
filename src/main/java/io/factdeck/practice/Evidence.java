package io.factdeck.practice;

import io.factdeck.questionbank.BankDocumentEntity;
import io.factdeck.questionbank.FactEntity;
import io.factdeck.questionbank.QuestionEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources behind a question, for the feedback after an answer: each fact's sentence and document, and what the
 * other sources say where they disagree.
 */
public record Evidence(List<Quote> quotes, List<Quote> disagreements) {

    /** A sentence and where it comes from. */
    public record Quote(
            String sentence, String document, String publisher, String published, String dateText, String dateNote) {
        public String citation() {
            StringBuilder sb = new StringBuilder(document);
            if (publisher != null && !publisher.isBlank()) {
                sb.append(", ").append(publisher);
            }
            if (published != null && !published.isBlank()) {
                sb.append(", ").append(published);
            }
            return sb.toString();
        }
    }

    public boolean sourcesDisagree() {
        return !disagreements.isEmpty();
    }

    /** Loads the evidence of a question: its facts, the facts stating the same thing, and conflicting ones. */
    public static Evidence of(QuestionEntity question) {
        Map<String, FactEntity> facts = new LinkedHashMap<>();
        for (String key : question.factKeys) {
            find(question.bankId, key).ifPresent(f -> facts.put(key, f));
        }
        List<Quote> quotes = new ArrayList<>();
        List<Quote> disagreements = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (FactEntity fact : facts.values()) {
            add(quotes, seen, fact);
            for (String same : fact.sameAs) {
                find(question.bankId, same).ifPresent(f -> add(quotes, seen, f));
            }
            for (String other : fact.conflicts) {
                find(question.bankId, other).ifPresent(f -> add(disagreements, seen, f));
            }
        }
        return new Evidence(quotes, disagreements);
    }

    private static void add(List<Quote> into, Map<String, Boolean> seen, FactEntity fact) {
        String identity = fact.documentKey + "\u0000" + fact.sentence;
        if (seen.putIfAbsent(identity, true) != null) {
            return;
        }
        BankDocumentEntity doc = BankDocumentEntity.findById(new BankDocumentEntity.Key(fact.bankId, fact.documentKey));
        into.add(new Quote(
                fact.sentence,
                doc == null ? fact.documentKey : doc.title,
                doc == null ? null : doc.publisher,
                doc == null ? null : doc.publishedOn,
                fact.dateText,
                fact.dateNote));
    }

    private static java.util.Optional<FactEntity> find(Long bankId, String key) {
        return FactEntity.find("bankId = ?1 and factKey = ?2", bankId, key).firstResultOptional();
    }
}
