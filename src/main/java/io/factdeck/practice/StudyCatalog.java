package io.factdeck.practice;

import io.factdeck.scheduling.DayClock;
import io.factdeck.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a student can study (published banks, their tags and kinds), and the checks on a chosen selection. */
@ApplicationScoped
public class StudyCatalog {

    static final List<String> KINDS =
            List.of("when", "who", "which-agreement", "which-organization", "order", "true-false", "cloze");
    static final Set<String> ANSWER_MODES = Set.of("mixed", "choose", "type");
    private static final int TAGS_SHOWN = 40;

    @Inject
    EntityManager em;

    @Inject
    CardQueue queue;

    public StartPage startPage(long userId, Instant now) {
        StudySettings settings = StudySettings.forUser(userId);
        DayClock clock = PracticeService.clockFor(settings);
        @SuppressWarnings("unchecked")
        List<Object[]> banks = em.createNativeQuery("select b.id, b.title, count(q.id),"
                        + " count(c.id) filter (where c.state <> 'new' and c.due < :endOfDay)"
                        + " from bank b join question q on q.bank_id = b.id and q.retired_at is null"
                        + " left join review_card c on c.question_id = q.id and c.user_id = :user"
                        + " where b.published group by b.id, b.title order by b.title")
                .setParameter("endOfDay", clock.endOfStudyDay(now))
                .setParameter("user", userId)
                .getResultList();
        List<StartPage.BankChoice> bankChoices = new ArrayList<>();
        long due = 0;
        for (Object[] row : banks) {
            long bankDue = ((Number) row[3]).longValue();
            due += bankDue;
            bankChoices.add(new StartPage.BankChoice(
                    ((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(), bankDue));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> tags = em.createNativeQuery("select t, count(*) from question q join bank b on b.id = q.bank_id,"
                        + " unnest(q.tags) t where q.retired_at is null and b.published and t !~ '^[0-9]{3,4}s$'"
                        + " group by t order by count(*) desc, t limit " + TAGS_SHOWN)
                .getResultList();
        List<StartPage.TagChoice> tagChoices = tags.stream()
                .map(r -> new StartPage.TagChoice((String) r[0], ((Number) r[1]).longValue()))
                .sorted(java.util.Comparator.comparing(StartPage.TagChoice::tag))
                .toList();
        @SuppressWarnings("unchecked")
        List<String> decadeTags = em.createNativeQuery(
                        "select distinct t from question q join bank b on b.id = q.bank_id,"
                                + " unnest(q.tags) t where q.retired_at is null and b.published and t ~ '^[0-9]{3,4}s$'")
                .getResultList();
        List<Integer> decades = decadeTags.stream()
                .map(t -> Integer.parseInt(t.substring(0, t.length() - 1)))
                .sorted()
                .toList();
        List<StartPage.KindChoice> kinds = KINDS.stream()
                .map(k -> new StartPage.KindChoice(k, PracticeResource.kindLabel(k)))
                .toList();
        int introduced = queue.introducedToday(userId, clock, now);
        long newToday = Math.max(0, settings.newPerDay - introduced);
        return new StartPage(due, newToday, bankChoices, tagChoices, kinds, decades);
    }

    /** Checks a submitted selection; problems go to {@code errors}. */
    public SessionChoice validate(
            String scope,
            List<Long> bankIds,
            List<String> tags,
            List<String> kinds,
            String periodFrom,
            String periodTo,
            String answerMode,
            FormErrors errors) {
        String mode = answerMode == null || answerMode.isBlank() ? "mixed" : answerMode;
        if (!ANSWER_MODES.contains(mode)) {
            errors.add("answerMode", "Choose how to answer: mixed, by choosing, or by typing.");
        }
        boolean filtered = bankIds != null && !bankIds.isEmpty()
                || tags != null && !tags.isEmpty()
                || kinds != null && !kinds.isEmpty()
                || periodFrom != null && !periodFrom.isBlank()
                || periodTo != null && !periodTo.isBlank();
        // a student who ticked a bank or a topic meant it, even with "everything due" still selected
        if ("due".equals(scope) && !filtered) {
            return new SessionChoice("Everything due", List.of(), List.of(), List.of(), null, null, true, mode);
        }
        List<Long> banks =
                bankIds == null ? List.of() : bankIds.stream().distinct().toList();
        Map<Long, String> titles = publishedBanks();
        for (Long id : banks) {
            if (!titles.containsKey(id)) {
                errors.add("bank", "That bank is not available.");
            }
        }
        List<String> chosenKinds =
                kinds == null ? List.of() : kinds.stream().distinct().toList();
        if (!KINDS.containsAll(chosenKinds)) {
            errors.add("kind", "Unknown question kind.");
        }
        List<String> chosenTags = tags == null
                ? List.of()
                : tags.stream()
                        .map(String::trim)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
        if (chosenTags.stream().anyMatch(t -> t.length() > 100)) {
            errors.add("tag", "A topic name is too long.");
        }
        Integer from = year(periodFrom, "periodFrom", errors);
        Integer to = year(periodTo, "periodTo", errors);
        if (from != null && to != null && from > to) {
            errors.add("periodTo", "The period ends before it starts.");
        }
        StringBuilder title = new StringBuilder();
        if (banks.isEmpty()) {
            title.append("All banks");
        } else {
            banks.forEach(id -> title.append(title.length() > 0 ? ", " : "").append(titles.getOrDefault(id, "?")));
        }
        if (!chosenTags.isEmpty()) {
            title.append(" · ").append(String.join(", ", chosenTags));
        }
        if (from != null || to != null) {
            title.append(" · ")
                    .append(from == null ? "…" : from + "s")
                    .append("–")
                    .append(to == null ? "…" : to + "s");
        }
        return new SessionChoice(title.toString(), banks, chosenTags, chosenKinds, from, to, false, mode);
    }

    private Map<Long, String> publishedBanks() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, title from bank where published")
                .getResultList();
        Map<Long, String> titles = new HashMap<>();
        rows.forEach(r -> titles.put(((Number) r[0]).longValue(), (String) r[1]));
        return titles;
    }

    private static Integer year(String value, String field, FormErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 0 && year <= 2200) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, "A period is given in years, for example 1990.");
        return null;
    }
}
