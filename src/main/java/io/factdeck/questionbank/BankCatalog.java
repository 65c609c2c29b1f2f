package io.factdeck.questionbank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The stored banks as instructors see them: which ones, their questions, and new banks from imported questions. */
@ApplicationScoped
public class BankCatalog {

    /** A bank in the instructors' list. */
    public record Summary(
            long id,
            String slug,
            String title,
            String origin,
            boolean published,
            boolean own,
            long questions,
            long retired) {}

    /** Banks an instructor may see: every published bank and their own drafts, with their question counts. */
    public List<Summary> visibleTo(long instructorId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = BankEntity.getEntityManager()
                .createNativeQuery("select b.id, b.slug, b.title, b.origin, b.published, b.owner_id,"
                        + " count(q.id) filter (where q.retired_at is null), count(q.id) filter (where q.retired_at is not null)"
                        + " from bank b left join question q on q.bank_id = b.id"
                        + " where b.published or b.owner_id = :me group by b.id order by b.title")
                .setParameter("me", instructorId)
                .getResultList();
        List<Summary> out = new ArrayList<>();
        for (Object[] r : rows) {
            Number owner = (Number) r[5];
            out.add(new Summary(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (Boolean) r[4],
                    owner != null && owner.longValue() == instructorId,
                    ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue()));
        }
        return out;
    }

    /** Whether an instructor may see a bank (read, export). */
    public static boolean canSee(BankEntity bank, long instructorId) {
        return bank.published || (bank.ownerId != null && bank.ownerId == instructorId);
    }

    /** The bank's live questions, optionally only those with one of the tags and one of the kinds. */
    public List<QuestionEntity> questions(long bankId, List<String> tags, List<String> kinds) {
        return QuestionEntity.<QuestionEntity>list("bankId = ?1 and retiredAt is null order by id", bankId).stream()
                .filter(q -> tags.isEmpty() || q.tags.stream().anyMatch(tags::contains))
                .filter(q -> kinds.isEmpty() || kinds.contains(q.kind))
                .toList();
    }

    /** The bank's name and documents in the form the exporters take. */
    public BankInfo info(BankEntity bank) {
        List<BankInfo.Document> documents =
                BankDocumentEntity.<BankDocumentEntity>list("key.bankId = ?1 order by key.documentKey", bank.id)
                        .stream()
                        .map(d -> new BankInfo.Document(d.key.documentKey, d.title, d.publisher, d.publishedOn, d.url))
                        .toList();
        return new BankInfo(bank.slug, bank.title, bank.description, "en", documents);
    }

    /** Stores imported questions as a new, unpublished bank of the instructor's. */
    @Transactional
    public BankEntity createFromQuestions(long ownerId, String title, String origin, List<Question> questions) {
        BankEntity bank = newBank(ownerId, title, origin);
        OffsetDateTime now = OffsetDateTime.now();
        for (Question q : questions) {
            QuestionEntity row = new QuestionEntity();
            row.bankId = bank.id;
            row.questionKey = q.id();
            row.copyFrom(q);
            row.updatedAt = now;
            row.persist();
        }
        return bank;
    }

    /** A new, empty, unpublished bank with a unique slug made from its title. */
    @Transactional
    public BankEntity newBank(long ownerId, String title, String origin) {
        BankEntity bank = new BankEntity();
        bank.slug = uniqueSlug(title);
        bank.title = title;
        bank.origin = origin;
        bank.ownerId = ownerId;
        bank.published = false;
        bank.updatedAt = OffsetDateTime.now();
        bank.persist();
        return bank;
    }

    /** Renames a bank and sets its description (null for none). */
    @Transactional
    public void describe(long bankId, String title, String description) {
        BankEntity bank = BankEntity.findById(bankId);
        bank.title = title;
        bank.description = description;
        bank.updatedAt = OffsetDateTime.now();
    }

    /** Writes an edited question over its row: same id and key, so students keep their progress on it. */
    @Transactional
    public void replace(long questionId, Question edited) {
        QuestionEntity row = QuestionEntity.findById(questionId);
        row.copyFrom(edited);
        row.updatedAt = OffsetDateTime.now();
    }

    /** Retires a question: students no longer get it, and their reviews of it stay. */
    @Transactional
    public void retire(long questionId) {
        QuestionEntity row = QuestionEntity.findById(questionId);
        OffsetDateTime now = OffsetDateTime.now();
        row.retiredAt = now;
        row.updatedAt = now;
    }

    @Transactional
    public void setPublished(long bankId, boolean published) {
        BankEntity bank = BankEntity.findById(bankId);
        bank.published = published;
        bank.updatedAt = OffsetDateTime.now();
    }

    static String uniqueSlug(String title) {
        String base = slug(title);
        String slug = base;
        for (int n = 2; BankEntity.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** "Treaties of the 1990s" becomes {@code treaties-of-the-1990s}. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.isEmpty()) {
            ascii = "bank";
        }
        return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
    }
}
