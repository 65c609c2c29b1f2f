package io.factdeck.questionbank;

import io.factdeck.facts.DatedFact;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a bank's content into its rows, keyed by stable ids, inside the caller's transaction: documents are
 * replaced, facts updated, questions added or updated in place (so students' cards keep pointing at them), and
 * questions that are gone, or rejected by a reviewer, retired rather than deleted.
 */
public final class BankStore {

    /** What changed among the questions. */
    public record Counts(int added, int changed, int retired) {}

    private BankStore() {}

    /**
     * Stores the content in the caller's transaction.
     *
     * @param rejected ids of questions a reviewer rejected: stored, but retired so students never see them
     */
    public static Counts store(BankEntity bank, QuestionBank content, Set<String> rejected) {
        OffsetDateTime now = OffsetDateTime.now();
        bank.updatedAt = now;
        bank.persist();
        BankDocumentEntity.delete("key.bankId", bank.id);
        for (BankInfo.Document doc : content.info().documents()) {
            BankDocumentEntity row = new BankDocumentEntity();
            row.key = new BankDocumentEntity.Key(bank.id, doc.id());
            row.title = doc.title();
            row.publisher = doc.publisher();
            row.publishedOn = doc.date();
            row.url = doc.url();
            row.persist();
        }
        storeFacts(bank.id, content);
        return storeQuestions(bank.id, content.questions(), rejected, now);
    }

    private static void storeFacts(long bankId, QuestionBank bank) {
        Map<String, FactEntity> existing = new HashMap<>();
        FactEntity.<FactEntity>list("bankId", bankId).forEach(f -> existing.put(f.factKey, f));
        List<DatedFact> all = new ArrayList<>(bank.facts().facts());
        all.addAll(bank.facts().plans());
        Set<String> kept = new HashSet<>();
        for (DatedFact fact : all) {
            FactEntity row = existing.get(fact.id());
            if (row == null) {
                row = new FactEntity();
                row.bankId = bankId;
                row.factKey = fact.id();
            }
            row.date = fact.date();
            row.dateText = fact.dateText();
            row.dateNote = fact.dateNote();
            row.event = fact.event();
            row.kind = fact.kind().yamlName();
            row.modality = fact.modality().yamlName();
            row.documentKey = fact.source().document();
            row.sentence = fact.source().sentence();
            row.sameAs = fact.sameAs();
            row.conflicts = fact.conflicts();
            row.persist();
            kept.add(fact.id());
        }
        existing.values().stream().filter(f -> !kept.contains(f.factKey)).forEach(FactEntity::delete);
    }

    private static Counts storeQuestions(
            long bankId, List<Question> questions, Set<String> rejected, OffsetDateTime now) {
        Map<String, QuestionEntity> existing = new HashMap<>();
        QuestionEntity.<QuestionEntity>list("bankId", bankId).forEach(q -> existing.put(q.questionKey, q));
        int added = 0;
        int changed = 0;
        Set<String> live = new HashSet<>();
        for (Question q : questions) {
            boolean isRejected = rejected.contains(q.id());
            if (!isRejected) {
                live.add(q.id());
            }
            QuestionEntity row = existing.get(q.id());
            if (row == null) {
                row = new QuestionEntity();
                row.bankId = bankId;
                row.questionKey = q.id();
                row.copyFrom(q);
                row.updatedAt = now;
                row.retiredAt = isRejected ? now : null;
                row.persist();
                added += isRejected ? 0 : 1;
            } else if (!QuestionEntity.hash(q).equals(row.contentHash) || row.isRetired() != isRejected) {
                row.copyFrom(q);
                row.retiredAt = isRejected ? (row.isRetired() ? row.retiredAt : now) : null;
                row.updatedAt = now;
                changed++;
            }
        }
        int retired = 0;
        for (QuestionEntity row : existing.values()) {
            if (!live.contains(row.questionKey) && !row.isRetired()) {
                row.retiredAt = now;
                retired++;
            }
        }
        return new Counts(added, changed, retired);
    }
}
