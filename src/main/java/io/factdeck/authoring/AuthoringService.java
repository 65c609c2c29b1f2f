package io.factdeck.authoring;

import io.factdeck.facts.FactBank;
import io.factdeck.facts.FactBankBuilder;
import io.factdeck.facts.Overrides;
import io.factdeck.questionbank.BankCatalog;
import io.factdeck.questionbank.BankEntity;
import io.factdeck.questionbank.BankFacts;
import io.factdeck.questionbank.BankInfo;
import io.factdeck.questionbank.BankStore;
import io.factdeck.questionbank.FactEntity;
import io.factdeck.questionbank.Question;
import io.factdeck.questionbank.QuestionBank;
import io.factdeck.questionbank.QuestionEdit;
import io.factdeck.questionbank.QuestionGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Banks from instructors' own documents: extract the facts, generate the questions, and re-apply every review
 * decision each time, so that processing a document again never brings back what was rejected or undoes an edit.
 */
@ApplicationScoped
public class AuthoringService {

    /** The longest document accepted, in characters (about 30,000 words). */
    public static final int MAX_CHARS = 200_000;

    @Inject
    BankCatalog catalog;

    /** A new draft bank of the instructor's from one document, processed at once. */
    @Transactional
    public BankEntity create(long ownerId, String bankTitle, String documentTitle, String text) {
        BankEntity bank = catalog.newBank(ownerId, bankTitle, BankEntity.ORIGIN_UPLOAD);
        UploadedDocument doc = new UploadedDocument();
        doc.bankId = bank.id;
        doc.documentKey = "document-1.txt";
        doc.title = documentTitle;
        doc.body = text;
        doc.uploadedBy = ownerId;
        doc.persist();
        process(bank.id);
        return bank;
    }

    /** Extracts, generates and stores the bank again from its documents and its review decisions. */
    @Transactional
    public BankStore.Counts process(long bankId) {
        BankEntity bank = BankEntity.findById(bankId);
        List<UploadedDocument> docs = UploadedDocument.list("bankId = ?1 order by documentKey", bankId);
        List<ReviewDecision> decisions = ReviewDecision.list("bankId", bankId);

        List<FactBankBuilder.Input> inputs = docs.stream()
                .map(d -> new FactBankBuilder.Input(d.documentKey, d.body))
                .toList();
        Map<String, Map<String, String>> titles = new HashMap<>();
        docs.forEach(d -> titles.put(d.documentKey, Map.of("title", d.title)));
        Overrides overrides = new Overrides(factOverrides(decisions), List.of(), titles);
        FactBank facts = FactBankBuilder.build(bank.slug, bank.title, bank.description, inputs, overrides)
                .bank();

        List<BankInfo.Document> documents = facts.documents().stream()
                .map(d -> new BankInfo.Document(
                        d.id(), d.title() == null ? d.id() : d.title(), d.publisher(), d.date(), d.url()))
                .toList();
        BankInfo info = new BankInfo(bank.slug, bank.title, bank.description, "en", documents);
        BankFacts bankFacts = new BankFacts(facts.facts(), facts.plans(), facts.entities());
        Map<String, ReviewDecision> edits = decisions.stream()
                .filter(d -> ReviewDecision.QUESTION.equals(d.itemType) && d.isEdit())
                .collect(Collectors.toMap(d -> d.itemKey, d -> d));
        List<Question> questions = new ArrayList<>();
        for (Question q : new QuestionGenerator(info, bankFacts).generate()) {
            ReviewDecision edit = edits.get(q.id());
            questions.add(
                    edit == null
                            ? q
                            : new QuestionEdit(edit.prompt, edit.answer, edit.options, edit.explanation).applyTo(q));
        }
        Set<String> rejected = decisions.stream()
                .filter(d -> ReviewDecision.QUESTION.equals(d.itemType) && d.rejected)
                .map(d -> d.itemKey)
                .collect(Collectors.toSet());
        return BankStore.store(bank, new QuestionBank(info, bankFacts, questions), rejected);
    }

    /** Rejects a question; it stays rejected through every re-processing until restored. */
    @Transactional
    public void rejectQuestion(long bankId, String questionKey, long by) {
        ReviewDecision d = decision(bankId, ReviewDecision.QUESTION, questionKey, by);
        d.rejected = true;
        d.persist();
        process(bankId);
    }

    /** Saves an edit of a question (checked by the caller) and un-rejects it. */
    @Transactional
    public void editQuestion(long bankId, String questionKey, QuestionEdit edit, long by) {
        ReviewDecision d = decision(bankId, ReviewDecision.QUESTION, questionKey, by);
        d.rejected = false;
        d.prompt = edit.prompt();
        d.answer = edit.answer();
        d.options = edit.options();
        d.explanation = edit.explanation();
        d.persist();
        process(bankId);
    }

    /** Rejects a fact, and with it every question asked about it. */
    @Transactional
    public void rejectFact(long bankId, FactEntity fact, long by) {
        ReviewDecision d = factDecision(bankId, fact, by);
        d.rejected = true;
        d.persist();
        process(bankId);
    }

    /** Corrects a fact's event, date and date as written; its questions are written again from the correction. */
    @Transactional
    public void editFact(long bankId, FactEntity fact, FactEdit edit, long by) {
        ReviewDecision d = factDecision(bankId, fact, by);
        d.rejected = false;
        d.event = edit.event();
        d.newDate = edit.date();
        d.newDateText = edit.dateText();
        d.persist();
        process(bankId);
    }

    /**
     * The decision on a fact. Its selector (document, sentence, extracted date) is set once, from the fact as the
     * extractor gave it, so that a corrected date does not stop the decision from finding its fact again.
     */
    private static ReviewDecision factDecision(long bankId, FactEntity fact, long by) {
        ReviewDecision d = decision(bankId, ReviewDecision.FACT, fact.factKey, by);
        if (d.id == null) {
            d.documentKey = fact.documentKey;
            d.sentence = fact.sentence;
            d.factDate = fact.date;
        }
        return d;
    }

    /** Withdraws a decision (a rejection or an edit): the item comes back as generated. */
    @Transactional
    public void withdraw(ReviewDecision decision) {
        long bankId = decision.bankId;
        ReviewDecision.deleteById(decision.id);
        process(bankId);
    }

    private static ReviewDecision decision(long bankId, String type, String key, long by) {
        ReviewDecision d = ReviewDecision.<ReviewDecision>find(
                        "bankId = ?1 and itemType = ?2 and itemKey = ?3", bankId, type, key)
                .firstResult();
        if (d == null) {
            d = new ReviewDecision();
            d.bankId = bankId;
            d.itemType = type;
            d.itemKey = key;
        }
        d.decidedBy = by;
        d.decidedAt = OffsetDateTime.now();
        return d;
    }

    /**
     * Rejected and corrected facts, selected by document, sentence and extracted date so that a new id does not
     * lose them. A corrected event drops the parsed subject, action and object, so that questions are written from
     * the instructor's wording.
     */
    static List<Overrides.FactOverride> factOverrides(List<ReviewDecision> decisions) {
        List<Overrides.FactOverride> overrides = new ArrayList<>();
        for (ReviewDecision d : decisions) {
            if (!ReviewDecision.FACT.equals(d.itemType)) {
                continue;
            }
            Map<String, Object> set = new HashMap<>();
            if (!d.rejected && d.event != null) {
                set.put("event", d.event);
                set.put("date", d.newDate);
                set.put("date_text", d.newDateText);
                set.put("date_note", null);
                set.put("subject", null);
                set.put("action", null);
                set.put("object", null);
            }
            overrides.add(new Overrides.FactOverride(
                    null, d.documentKey, d.sentence, d.factDate, d.rejected, set, "reviewed by the instructor"));
        }
        return overrides;
    }
}
