package io.factdeck.practice;

import io.factdeck.accounts.CurrentAccount;
import io.factdeck.accounts.Role;
import io.factdeck.questionbank.QuestionEntity;
import io.factdeck.scheduling.IntervalFormat;
import io.factdeck.scheduling.NextStates;
import io.factdeck.scheduling.Rating;
import io.factdeck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Practice: choose what to study, answer one card at a time, see the evidence after each answer, and retry the
 * misses at the end. Every page works as plain forms and links (post/redirect/get); with htmx, an answer and the
 * next card replace just the practice area.
 */
@Path("/practice")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.STUDENT, Role.INSTRUCTOR})
public class PracticeResource {

    static final String HX_REQUEST = "HX-Request";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(StartPage page, FormErrors errors);

        static native TemplateInstance card(CardPage page, boolean shortcuts);

        static native TemplateInstance card$practice(CardPage page, boolean shortcuts);

        static native TemplateInstance feedback(FeedbackPage page, boolean shortcuts);

        static native TemplateInstance feedback$practice(FeedbackPage page, boolean shortcuts);

        static native TemplateInstance summary(SummaryPage page);

        static native TemplateInstance summary$practice(SummaryPage page);

        static native TemplateInstance stale(long sessionId);

        static native TemplateInstance stale$practice(long sessionId);
    }

    @Inject
    CurrentAccount account;

    @Inject
    PracticeService practice;

    @Inject
    CardQueue queue;

    @Inject
    StudyCatalog catalog;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance startPage() {
        return Templates.start(catalog.startPage(account.id(), now()), FormErrors.none());
    }

    @POST
    @Path("sessions")
    public Response start(
            @RestForm String scope,
            @RestForm List<Long> bank,
            @RestForm List<String> tag,
            @RestForm List<String> kind,
            @RestForm String periodFrom,
            @RestForm String periodTo,
            @RestForm String answerMode) {
        FormErrors errors = new FormErrors();
        SessionChoice choice = catalog.validate(scope, bank, tag, kind, periodFrom, periodTo, answerMode, errors);
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.start(catalog.startPage(account.id(), now()), errors))
                    .build();
        }
        StudySession session = practice.start(account.id(), choice, now());
        return Response.seeOther(URI.create("/practice/sessions/" + session.id)).build();
    }

    @GET
    @Path("sessions/{id}")
    public Response next(
            @RestPath long id,
            @QueryParam("reveal") boolean reveal,
            @QueryParam("mode") String mode,
            @QueryParam("q") Long questionId,
            @HeaderParam(HX_REQUEST) String htmx) {
        StudySession session = ownSession(id);
        StudySettings settings = StudySettings.forUser(account.id());
        Instant now = now();
        // showing the answer or switching how to answer stays on the card the student is looking at
        Optional<CardQueue.Pick> pick = questionId != null
                ? shown(session, questionId).or(() -> queue.next(session, settings, now))
                : queue.next(session, settings, now);
        if (pick.isEmpty()) {
            practice.finish(session, now);
            SummaryPage summary = summary(session);
            return page(
                    htmx, Templates.summary(summary), Templates.summary$practice(summary), "/practice/sessions/" + id);
        }
        CardPage card = cardPage(session, settings, pick.get(), reveal, mode, null, now);
        return page(
                htmx,
                Templates.card(card, settings.shortcuts),
                Templates.card$practice(card, settings.shortcuts),
                "/practice/sessions/" + id);
    }

    @POST
    @Path("sessions/{id}/answer")
    public Response answer(
            @RestPath long id,
            @RestForm long questionId,
            @RestForm int version,
            @RestForm long shownAt,
            @RestForm String mode,
            @RestForm String choice,
            @RestForm String typed,
            @RestForm List<String> position,
            @RestForm Integer grade,
            @RestForm String easy,
            @HeaderParam(HX_REQUEST) String htmx) {
        StudySession session = ownSession(id);
        Instant now = now();
        QuestionEntity question = QuestionEntity.findById(questionId);
        if (question == null) {
            throw new NotFoundException();
        }
        Duration taken = shownAt <= 0
                ? Duration.ZERO
                : Duration.between(Instant.ofEpochMilli(shownAt), now).abs();
        if (taken.compareTo(Duration.ofMinutes(30)) > 0) {
            taken = Duration.ofMinutes(30); // a tab left open overnight is not a slow answer
        }
        boolean saidEasy = "on".equals(easy);
        Submission submission;
        if ("flashcard".equals(mode)) {
            if (grade == null || grade < 1 || grade > 4) {
                return invalid(session, question, "Choose Again, Hard, Good or Easy.", htmx);
            }
            submission = new Submission(null, null, null, Rating.ofGrade(grade), taken, false);
        } else if ("order".equals(mode)) {
            List<String> shown = orderShown(question);
            Optional<List<String>> order = readOrder(shown, position);
            if (order.isEmpty()) {
                return invalid(
                        session,
                        question,
                        "Give each event a different position, from 1 to " + shown.size() + ".",
                        htmx);
            }
            submission = new Submission(null, null, order.get(), null, taken, saidEasy);
        } else if ("typed".equals(mode)) {
            String text = typed == null ? "" : typed.strip();
            submission = new Submission(
                    null, text.length() > 300 ? text.substring(0, 300) : text, null, null, taken, saidEasy);
        } else {
            if (choice == null || choice.isBlank()) {
                return invalid(session, question, "Choose one of the answers.", htmx);
            }
            submission = new Submission(choice, null, null, null, taken, saidEasy);
        }
        ReviewLog log;
        try {
            log = practice.answer(session, questionId, version, submission, now);
        } catch (PracticeService.StaleAnswer stale) {
            return htmx != null
                    ? Response.ok(Templates.stale$practice(session.id)).build()
                    : Response.status(409).entity(Templates.stale(session.id)).build();
        }
        String feedbackUrl = "/practice/sessions/" + id + "/feedback/" + log.id;
        if (htmx != null) {
            FeedbackPage page = feedback(session, log);
            return Response.ok(Templates.feedback$practice(page, shortcuts()))
                    .header("HX-Push-Url", feedbackUrl)
                    .build();
        }
        return Response.seeOther(URI.create(feedbackUrl)).build();
    }

    @GET
    @Path("sessions/{id}/feedback/{logId}")
    public TemplateInstance feedbackPage(@RestPath long id, @RestPath long logId) {
        StudySession session = ownSession(id);
        ReviewLog log = account.requireOwn(ReviewLog.findById(logId), ownerOf(ReviewLog.findById(logId)));
        if (!session.id.equals(log.sessionId)) {
            throw new NotFoundException();
        }
        return Templates.feedback(feedback(session, log), shortcuts());
    }

    /** Ends a session early: its summary, whatever is still due. */
    @GET
    @Path("sessions/{id}/summary")
    public TemplateInstance end(@RestPath long id) {
        StudySession session = ownSession(id);
        practice.finish(session, now());
        return Templates.summary(summary(session));
    }

    @POST
    @Path("sessions/{id}/retry")
    public Response retry(@RestPath long id) {
        StudySession session = ownSession(id);
        return practice.retryWrong(session, now())
                .map(retry -> Response.seeOther(URI.create("/practice/sessions/" + retry.id)))
                .orElse(Response.seeOther(URI.create("/practice/sessions/" + id)))
                .build();
    }

    // ---- page models ------------------------------------------------------------------------------------------

    /** The card a link names, if it is still offered: a live question of a published bank. */
    private Optional<CardQueue.Pick> shown(StudySession session, long questionId) {
        QuestionEntity q = QuestionEntity.findById(questionId);
        if (q == null || q.isRetired()) {
            return Optional.empty();
        }
        io.factdeck.questionbank.BankEntity bank = io.factdeck.questionbank.BankEntity.findById(q.bankId);
        if (bank == null || !bank.published) {
            return Optional.empty();
        }
        CardQueue.Source source = practice.card(session.userId, questionId)
                .map(c -> "review".equals(c.state) ? CardQueue.Source.REVIEW : CardQueue.Source.LEARNING)
                .orElse(session.isRetry() ? CardQueue.Source.RETRY : CardQueue.Source.NEW);
        return Optional.of(new CardQueue.Pick(questionId, source));
    }

    private StudySession ownSession(long id) {
        StudySession session = StudySession.findById(id);
        return account.requireOwn(session, session == null ? null : session.userId);
    }

    private static Long ownerOf(ReviewLog log) {
        return log == null ? null : log.userId;
    }

    private CardPage cardPage(
            StudySession session,
            StudySettings settings,
            CardQueue.Pick pick,
            boolean reveal,
            String requestedMode,
            String error,
            Instant now) {
        QuestionEntity q = QuestionEntity.findById(pick.questionId());
        Optional<ReviewCard> card = practice.card(session.userId, q.id);
        String mode = mode(q, session, card, requestedMode);
        List<CardPage.Option> options = IntStream.range(0, q.options.size())
                .mapToObj(i -> new CardPage.Option(i + 1, q.options.get(i)))
                .toList();
        List<CardPage.Item> items = new ArrayList<>();
        List<String> shown = "order".equals(mode) ? orderShown(q) : List.of();
        List<Integer> positions = IntStream.rangeClosed(1, shown.size()).boxed().toList();
        for (int i = 0; i < shown.size(); i++) {
            items.add(new CardPage.Item(i, shown.get(i), i + 1, positions));
        }
        List<CardPage.Grade> grades = List.of();
        if ("flashcard".equals(mode)) {
            NextStates next = practice.preview(card, settings, now);
            grades = List.of(
                    grade(Rating.AGAIN, next),
                    grade(Rating.HARD, next),
                    grade(Rating.GOOD, next),
                    grade(Rating.EASY, next));
        }
        String otherMode = switch (mode) {
            case "choice" -> q.accept.isEmpty() && !isDateOrName(q) ? null : "typed";
            case "typed" -> "choice";
            default -> null;
        };
        if ("choice".equals(mode) && "true-false".equals(q.kind)) {
            otherMode = null;
        }
        return new CardPage(
                session.id,
                session.title,
                answeredIn(session),
                q.id,
                q.kind,
                kindLabel(q.kind),
                pick.source().name().toLowerCase(Locale.ROOT),
                q.prompt,
                mode,
                options,
                items,
                q.back,
                reveal,
                grades,
                card.map(c -> c.version).orElse(0),
                now.toEpochMilli(),
                otherMode,
                practice.ratingPolicy().explanation(),
                error);
    }

    private static boolean isDateOrName(QuestionEntity q) {
        return List.of("when", "who", "which-agreement", "which-organization").contains(q.kind);
    }

    private static CardPage.Grade grade(Rating rating, NextStates next) {
        String name = rating.name().charAt(0) + rating.name().substring(1).toLowerCase(Locale.ROOT);
        return new CardPage.Grade(rating.grade(), name, next.label(rating));
    }

    /** Flashcards and order questions have one way to answer; quiz items are chosen while new, typed once known. */
    static String mode(QuestionEntity q, StudySession session, Optional<ReviewCard> card, String requested) {
        switch (q.kind) {
            case "cloze":
                return "flashcard";
            case "order":
                return "order";
            case "true-false", "choice":
                return "choice";
            case "short-answer":
                return "typed";
            default:
                break;
        }
        if ("typed".equals(requested) || "choice".equals(requested)) {
            return requested;
        }
        if ("type".equals(session.answerMode)) {
            return "typed";
        }
        if ("choose".equals(session.answerMode) || q.options.isEmpty() && q.accept.isEmpty()) {
            return q.options.isEmpty() ? "typed" : "choice";
        }
        boolean known = card.map(c -> "review".equals(c.state) && c.reps >= 2).orElse(false);
        return known || q.options.isEmpty() ? "typed" : "choice";
    }

    static String kindLabel(String kind) {
        return io.factdeck.web.TemplateExtensions.kindLabel(kind);
    }

    /** The events of an order question as offered: the bank's fixed shuffle, never the chronological order. */
    static List<String> orderShown(QuestionEntity q) {
        return q.toQuestion().shuffledItems();
    }

    /** The events in the order the student gave, or empty when the positions are not 1..n each once. */
    static Optional<List<String>> readOrder(List<String> shown, List<String> positions) {
        if (positions == null || positions.size() != shown.size()) {
            return Optional.empty();
        }
        String[] ordered = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            int position;
            try {
                position = Integer.parseInt(positions.get(i).trim());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (position < 1 || position > shown.size() || ordered[position - 1] != null) {
                return Optional.empty();
            }
            ordered[position - 1] = shown.get(i);
        }
        return Optional.of(List.of(ordered));
    }

    private Response invalid(StudySession session, QuestionEntity q, String message, String htmx) {
        StudySettings settings = StudySettings.forUser(account.id());
        CardPage page = cardPage(
                session, settings, new CardQueue.Pick(q.id, CardQueue.Source.NEW), false, null, message, now());
        TemplateInstance body = htmx != null
                ? Templates.card$practice(page, settings.shortcuts)
                : Templates.card(page, settings.shortcuts);
        return Response.status(htmx != null ? 200 : 422).entity(body).build();
    }

    private FeedbackPage feedback(StudySession session, ReviewLog log) {
        QuestionEntity q = QuestionEntity.findById(log.questionId);
        Evidence evidence = Evidence.of(q);
        String answer = "order".equals(q.kind) ? String.join(" → ", q.items) : q.answer;
        boolean correct = Boolean.TRUE.equals(log.correct);
        String verdict;
        if ("cloze".equals(q.kind)) {
            verdict = correct ? "Remembered." : "Forgotten: it comes back soon.";
        } else if (correct) {
            verdict = "Correct!";
        } else {
            verdict = "Not quite.";
        }
        Duration until = Duration.between(log.reviewedAt, log.dueAfter);
        String comesBack = "You will see this again in about " + IntervalFormat.duration(until)
                + (until.compareTo(CardQueue.LEARN_AHEAD) <= 0 ? ", or sooner if nothing else is left." : ".");
        Rating rating = Rating.ofGrade(log.rating);
        String ratingName = rating.name().charAt(0) + rating.name().substring(1).toLowerCase(Locale.ROOT);
        List<FeedbackPage.OrderRow> order = new ArrayList<>();
        if ("order".equals(q.kind) && log.answerGiven != null) {
            List<String> given = List.of(log.answerGiven.split(" \\| "));
            for (int i = 0; i < q.items.size(); i++) {
                order.add(new FeedbackPage.OrderRow(i + 1, i < given.size() ? given.get(i) : "", q.items.get(i)));
            }
        }
        return new FeedbackPage(
                session.id,
                "cloze".equals(q.kind),
                order,
                correct,
                verdict,
                log.answerGiven,
                answer,
                q.prompt,
                q.explanation,
                evidence,
                comesBack,
                ratingName);
    }

    private SummaryPage summary(StudySession session) {
        List<Object[]> rows = ReviewLog.getEntityManager()
                .createQuery(
                        "select count(l), coalesce(sum(case when l.correct = true then 1 else 0 end), 0)"
                                + " from ReviewLog l where l.sessionId = ?1",
                        Object[].class)
                .setParameter(1, session.id)
                .getResultList();
        Object[] totals = rows.get(0);
        List<SummaryPage.Missed> missed = practice.wrongQuestions(session).stream()
                .map(id -> (QuestionEntity) QuestionEntity.findById(id))
                .map(q -> new SummaryPage.Missed(
                        q.prompt, "order".equals(q.kind) ? String.join(" → ", q.items) : q.answer))
                .toList();
        return new SummaryPage(
                session.id,
                session.title,
                ((Number) totals[0]).intValue(),
                ((Number) totals[1]).intValue(),
                missed,
                session.isRetry() ? 0 : queue.learningLater(session),
                session.isRetry());
    }

    private int answeredIn(StudySession session) {
        return (int) ReviewLog.count("sessionId", session.id);
    }

    private boolean shortcuts() {
        return StudySettings.forUser(account.id()).shortcuts;
    }

    private static Response page(String htmx, TemplateInstance full, TemplateInstance fragment, String url) {
        if (htmx != null) {
            return Response.ok(fragment).header("HX-Push-Url", url).build();
        }
        return Response.ok(full).build();
    }

    private Instant now() {
        return clock.instant();
    }
}
