package io.factdeck.authoring;

import io.factdeck.accounts.CurrentAccount;
import io.factdeck.accounts.Role;
import io.factdeck.questionbank.BankEntity;
import io.factdeck.questionbank.FactEntity;
import io.factdeck.questionbank.QuestionEdit;
import io.factdeck.questionbank.QuestionEntity;
import io.factdeck.web.Flash;
import io.factdeck.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An instructor's own documents: paste or upload a text, review the facts found in it and the questions written
 * from them, edit or reject any of them, process the document again, and publish the result as a bank.
 */
@Path("/instructor/documents")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.INSTRUCTOR)
public class DocumentsResource {

    /** What the new-document form holds when it comes back with errors. */
    public record NewForm(String bankTitle, String documentTitle, String text) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(NewForm form, FormErrors errors, int maxChars);

        static native TemplateInstance review(ReviewPage page);

        static native TemplateInstance factEdit(long bankId, FactEntity fact, FactEdit form, FormErrors errors);

        static native TemplateInstance edit(
                long bankId, QuestionEntity question, QuestionEdit form, String optionsText, FormErrors errors);
    }

    @Inject
    CurrentAccount account;

    @Inject
    AuthoringService authoring;

    @GET
    @Path("new")
    public TemplateInstance uploadForm() {
        return Templates.upload(new NewForm("", "", ""), FormErrors.none(), AuthoringService.MAX_CHARS);
    }

    @POST
    public Response upload(
            @RestForm String bankTitle,
            @RestForm String documentTitle,
            @RestForm String text,
            @RestForm FileUpload file) {
        NewForm form = new NewForm(trim(bankTitle), trim(documentTitle), text == null ? "" : text);
        FormErrors errors = new FormErrors();
        if (form.bankTitle().isEmpty() || form.bankTitle().length() > 200) {
            errors.add("bankTitle", "Give the bank a title of 1 to 200 characters.");
        }
        if (form.documentTitle().isEmpty() || form.documentTitle().length() > 300) {
            errors.add(
                    "documentTitle",
                    "Give the document a title of 1 to 300 characters, as students will see it cited.");
        }
        String body = form.text();
        if (file != null && file.size() > 0) {
            if (file.size() > AuthoringService.MAX_CHARS * 4L) {
                errors.add("file", "The file is too large: the limit is " + limit() + ".");
            } else {
                try {
                    body = StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile())))
                            .toString();
                } catch (CharacterCodingException e) {
                    errors.add("file", "The file is not UTF-8 text. Save it as plain text (UTF-8) and try again.");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (!errors.has("file")) {
            if (body.isBlank()) {
                errors.add("text", "Paste the document's text or choose a text file.");
            } else if (body.length() > AuthoringService.MAX_CHARS) {
                errors.add(
                        "text",
                        "The document is " + String.format("%,d", body.length()) + " characters long; the limit is "
                                + limit() + ". Split it into parts.");
            }
        }
        if (!errors.isEmpty()) {
            NewForm back = new NewForm(
                    form.bankTitle(), form.documentTitle(), body.length() <= AuthoringService.MAX_CHARS ? body : "");
            return Response.status(422)
                    .entity(Templates.upload(back, errors, AuthoringService.MAX_CHARS))
                    .build();
        }
        BankEntity bank = authoring.create(account.id(), form.bankTitle(), form.documentTitle(), body);
        return Response.seeOther(Flash.redirect("/instructor/documents/" + bank.id, Flash.Message.DOCUMENT_PROCESSED))
                .build();
    }

    @GET
    @Path("{bankId}")
    public TemplateInstance review(@RestPath long bankId) {
        BankEntity bank = ownBank(bankId);
        List<FactEntity> all = FactEntity.list("bankId = ?1 order by id", bankId);
        List<ReviewDecision> decisions = ReviewDecision.list("bankId = ?1 order by id", bankId);
        Map<String, ReviewDecision> rejectedQuestions = decisions.stream()
                .filter(d -> ReviewDecision.QUESTION.equals(d.itemType) && d.rejected)
                .collect(Collectors.toMap(d -> d.itemKey, d -> d));
        List<QuestionEntity> questions = QuestionEntity.list("bankId = ?1 order by id", bankId);
        Set<String> edited = decisions.stream()
                .filter(d -> ReviewDecision.QUESTION.equals(d.itemType) && d.isEdit())
                .map(d -> d.itemKey)
                .collect(Collectors.toSet());
        ReviewPage page = new ReviewPage(
                bank,
                UploadedDocument.list("bankId = ?1 order by documentKey", bankId),
                all.stream().filter(f -> "event".equals(f.modality)).toList(),
                all.stream().filter(f -> !"event".equals(f.modality)).toList(),
                decisions.stream()
                        .filter(d -> ReviewDecision.FACT.equals(d.itemType) && d.rejected)
                        .toList(),
                questions.stream().filter(q -> !q.isRetired()).toList(),
                questions.stream()
                        .filter(q -> rejectedQuestions.containsKey(q.questionKey))
                        .map(q -> new ReviewPage.Rejected(q, rejectedQuestions.get(q.questionKey)))
                        .toList(),
                edited);
        return Templates.review(page);
    }

    @POST
    @Path("{bankId}/facts/{factId}/reject")
    public Response rejectFact(@RestPath long bankId, @RestPath long factId) {
        ownBank(bankId);
        authoring.rejectFact(bankId, fact(bankId, factId), account.id());
        return back(bankId, Flash.Message.REJECTED);
    }

    @GET
    @Path("{bankId}/facts/{factId}/edit")
    public TemplateInstance factEditForm(@RestPath long bankId, @RestPath long factId) {
        ownBank(bankId);
        FactEntity fact = fact(bankId, factId);
        return Templates.factEdit(bankId, fact, new FactEdit(fact.event, fact.date, fact.dateText), FormErrors.none());
    }

    @POST
    @Path("{bankId}/facts/{factId}/edit")
    public Response editFact(
            @RestPath long bankId,
            @RestPath long factId,
            @RestForm String event,
            @RestForm String date,
            @RestForm String dateText) {
        ownBank(bankId);
        FactEntity fact = fact(bankId, factId);
        FactEdit edit = new FactEdit(event, date, dateText);
        FormErrors errors = edit.check();
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.factEdit(bankId, fact, edit, errors))
                    .build();
        }
        authoring.editFact(bankId, fact, edit, account.id());
        return back(bankId, Flash.Message.SAVED);
    }

    @POST
    @Path("{bankId}/questions/{questionId}/reject")
    public Response rejectQuestion(@RestPath long bankId, @RestPath long questionId) {
        ownBank(bankId);
        authoring.rejectQuestion(bankId, question(bankId, questionId).questionKey, account.id());
        return back(bankId, Flash.Message.REJECTED);
    }

    @GET
    @Path("{bankId}/questions/{questionId}/edit")
    public TemplateInstance editForm(@RestPath long bankId, @RestPath long questionId) {
        ownBank(bankId);
        QuestionEntity q = question(bankId, questionId);
        QuestionEdit form = new QuestionEdit(q.prompt, q.answer, q.options, q.explanation);
        return Templates.edit(bankId, q, form, String.join("\n", q.options), FormErrors.none());
    }

    @POST
    @Path("{bankId}/questions/{questionId}/edit")
    public Response edit(
            @RestPath long bankId,
            @RestPath long questionId,
            @RestForm String prompt,
            @RestForm String answer,
            @RestForm String options,
            @RestForm String explanation) {
        ownBank(bankId);
        QuestionEntity q = question(bankId, questionId);
        QuestionEdit edit = new QuestionEdit(prompt, answer, QuestionEdit.lines(options), explanation);
        FormErrors errors = edit.check(q.toQuestion());
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.edit(bankId, q, edit, options == null ? "" : options, errors))
                    .build();
        }
        authoring.editQuestion(bankId, q.questionKey, edit, account.id());
        return back(bankId, Flash.Message.SAVED);
    }

    @POST
    @Path("{bankId}/decisions/{decisionId}/withdraw")
    public Response withdraw(@RestPath long bankId, @RestPath long decisionId) {
        ownBank(bankId);
        ReviewDecision decision = ReviewDecision.findById(decisionId);
        if (decision == null || decision.bankId != bankId) {
            throw new NotFoundException();
        }
        authoring.withdraw(decision);
        return back(bankId, Flash.Message.RESTORED);
    }

    @POST
    @Path("{bankId}/reprocess")
    public Response reprocess(@RestPath long bankId) {
        ownBank(bankId);
        authoring.process(bankId);
        return back(bankId, Flash.Message.DOCUMENT_PROCESSED);
    }

    private BankEntity ownBank(long bankId) {
        BankEntity bank = BankEntity.findById(bankId);
        account.requireOwn(bank, bank == null ? null : bank.ownerId);
        if (!BankEntity.ORIGIN_UPLOAD.equals(bank.origin)) {
            throw new NotFoundException();
        }
        return bank;
    }

    private static FactEntity fact(long bankId, long factId) {
        FactEntity fact = FactEntity.findById(factId);
        if (fact == null || fact.bankId != bankId) {
            throw new NotFoundException();
        }
        return fact;
    }

    private static QuestionEntity question(long bankId, long questionId) {
        QuestionEntity q = QuestionEntity.findById(questionId);
        if (q == null || q.bankId != bankId) {
            throw new NotFoundException();
        }
        return q;
    }

    private static Response back(long bankId, Flash.Message message) {
        return Response.seeOther(Flash.redirect("/instructor/documents/" + bankId, message))
                .build();
    }

    private static String limit() {
        return String.format("%,d characters", AuthoringService.MAX_CHARS);
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
