package io.factdeck.questionbank;

import io.factdeck.accounts.CurrentAccount;
import io.factdeck.accounts.Role;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Instructors' view of the question banks: browse, export (Moodle, Anki, CSV, YAML), import GIFT, publish. */
@Path("/instructor/banks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.INSTRUCTOR)
public class BanksResource {

    /** Largest GIFT file or text accepted, in bytes. */
    static final int MAX_IMPORT_BYTES = 1_000_000;

    /** An export format: its name in URLs, its label, file suffix and media type. */
    public enum Format {
        GIFT("gift", "Moodle GIFT", ".gift.txt", "text/plain;charset=UTF-8"),
        MOODLE_XML("moodle-xml", "Moodle XML", ".moodle.xml", "application/xml;charset=UTF-8"),
        ANKI("anki", "Anki (text import)", ".anki.txt", "text/plain;charset=UTF-8"),
        CSV("csv", "CSV (spreadsheet)", ".csv", "text/csv;charset=UTF-8"),
        YAML("yaml", "factdeck YAML (questions.yaml)", ".questions.yaml", "application/yaml;charset=UTF-8");

        final String key;
        final String label;
        final String suffix;
        final String mediaType;

        Format(String key, String label, String suffix, String mediaType) {
            this.key = key;
            this.label = label;
            this.suffix = suffix;
            this.mediaType = mediaType;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        static Format of(String key) {
            for (Format f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            throw new NotFoundException();
        }
    }

    /** One bank's page. */
    public record BankPage(
            BankEntity bank,
            boolean own,
            List<QuestionEntity> questions,
            Map<String, Long> kinds,
            Map<String, Long> tags,
            List<String> chosenTags,
            List<String> chosenKinds,
            long retired,
            int matching,
            int page,
            int pages,
            String filterQuery) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }

        public int firstShown() {
            return questions.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int lastShown() {
            return firstShown() + questions.size() - 1;
        }
    }

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<BankCatalog.Summary> banks);

        static native TemplateInstance bank(BankPage page, List<Format> formats);

        static native TemplateInstance importGift(String title, String gift, FormErrors errors, List<Problem> problems);

        static native TemplateInstance details(BankEntity bank, String title, String description, FormErrors errors);

        static native TemplateInstance editQuestion(
                BankEntity bank, QuestionEntity question, QuestionEdit form, String optionsText, FormErrors errors);
    }

    @Inject
    CurrentAccount account;

    @Inject
    BankCatalog catalog;

    @GET
    public TemplateInstance list() {
        return Templates.list(catalog.visibleTo(account.id()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(
            @RestPath long id,
            @QueryParam("tag") List<String> tags,
            @QueryParam("kind") List<String> kinds,
            @QueryParam("page") Integer pageNumber) {
        BankEntity bank = visible(id);
        List<QuestionEntity> all = catalog.questions(id, List.of(), List.of());
        Map<String, Long> kindCounts = new TreeMap<>();
        Map<String, Long> tagCounts = new TreeMap<>();
        for (QuestionEntity q : all) {
            kindCounts.merge(q.kind, 1L, Long::sum);
            q.tags.forEach(t -> tagCounts.merge(t, 1L, Long::sum));
        }
        List<QuestionEntity> matching = catalog.questions(id, tags, kinds);
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = pageNumber == null ? 1 : Math.max(1, Math.min(pages, pageNumber));
        List<QuestionEntity> shown =
                matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
        long retired = QuestionEntity.count("bankId = ?1 and retiredAt is not null", id);
        boolean own = bank.ownerId != null && bank.ownerId == account.id();
        StringBuilder filter = new StringBuilder();
        kinds.forEach(k -> filter.append("&kind=").append(URLEncoder.encode(k, StandardCharsets.UTF_8)));
        tags.forEach(t -> filter.append("&tag=").append(URLEncoder.encode(t, StandardCharsets.UTF_8)));
        BankPage view = new BankPage(
                bank,
                own,
                shown,
                kindCounts,
                tagCounts,
                tags,
                kinds,
                retired,
                matching.size(),
                page,
                pages,
                filter.toString());
        return Templates.bank(view, List.of(Format.values()));
    }

    /** Downloads the bank, or the questions matching the filters, in one of the formats. */
    @GET
    @Path("{id}/export")
    public Response export(
            @RestPath long id,
            @QueryParam("format") String formatKey,
            @QueryParam("tag") List<String> tags,
            @QueryParam("kind") List<String> kinds) {
        BankEntity bank = visible(id);
        Format format = Format.of(formatKey == null ? "gift" : formatKey);
        List<Question> questions = catalog.questions(id, tags, kinds).stream()
                .map(QuestionEntity::toQuestion)
                .toList();
        BankInfo info = catalog.info(bank);
        String body = switch (format) {
            case GIFT -> GiftExporter.export(info, questions);
            case MOODLE_XML -> MoodleXmlExporter.export(info, questions);
            case ANKI -> AnkiExporter.export(info, questions);
            // a byte-order mark tells spreadsheet programs the file is UTF-8 (accents, dashes, curly quotes)
            case CSV -> "\uFEFF" + CsvExporter.export(questions);
            case YAML -> BankFiles.writeQuestions(questions);
        };
        String filename = bank.slug + format.suffix;
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        return Templates.importGift("", "", FormErrors.none(), List.of());
    }

    /** Creates a new bank of one's own from GIFT questions (a file, or pasted text). */
    @POST
    @Path("import")
    public Response importGift(@RestForm String title, @RestForm String gift, @RestForm FileUpload file) {
        String name = title == null ? "" : title.trim();
        FormErrors errors = new FormErrors();
        if (name.isEmpty() || name.length() > 200) {
            errors.add("title", "Give the bank a title of 1 to 200 characters.");
        }
        String text = gift == null ? "" : gift;
        String source = "pasted text";
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_IMPORT_BYTES) {
                errors.add("file", "The file is larger than 1 MB. Split it into smaller files.");
            } else {
                try {
                    text = StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile())))
                            .toString();
                    source = file.fileName() == null ? "the file" : file.fileName();
                } catch (CharacterCodingException e) {
                    errors.add("file", "The file is not UTF-8 text. Save it as UTF-8 and try again.");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } else if (text.getBytes(StandardCharsets.UTF_8).length > MAX_IMPORT_BYTES) {
            errors.add("gift", "The text is larger than 1 MB. Split it into smaller parts.");
        }
        if (errors.isEmpty() && text.isBlank()) {
            errors.add("gift", "Choose a GIFT file or paste GIFT questions.");
        }
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.importGift(name, pasted(gift), errors, List.of()))
                    .build();
        }
        BankFiles.Result<List<Question>> parsed = GiftParser.parse(text, source);
        if (!parsed.ok() || parsed.value().isEmpty()) {
            FormErrors problems = new FormErrors()
                    .add(
                            "gift",
                            parsed.value().isEmpty() && parsed.ok()
                                    ? "No questions were found in " + source + "."
                                    : "Nothing was imported: fix the lines listed above and try again.");
            return Response.status(422)
                    .entity(Templates.importGift(name, pasted(gift), problems, parsed.problems()))
                    .build();
        }
        BankEntity bank = catalog.createFromQuestions(account.id(), name, BankEntity.ORIGIN_GIFT, parsed.value());
        return Response.seeOther(Flash.redirect("/instructor/banks/" + bank.id, Flash.Message.IMPORTED))
                .build();
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@RestPath long id) {
        BankEntity bank = own(id);
        if (QuestionEntity.count("bankId = ?1 and retiredAt is null", id) == 0) {
            return Response.seeOther(Flash.redirect("/instructor/banks/" + id, Flash.Message.NOTHING_TO_PUBLISH))
                    .build();
        }
        catalog.setPublished(bank.id, true);
        return Response.seeOther(Flash.redirect("/instructor/banks/" + id, Flash.Message.PUBLISHED))
                .build();
    }

    /** Takes one's own bank away from students again; their progress on it is kept for when it comes back. */
    @POST
    @Path("{id}/unpublish")
    public Response unpublish(@RestPath long id) {
        BankEntity bank = own(id);
        catalog.setPublished(bank.id, false);
        return Response.seeOther(Flash.redirect("/instructor/banks/" + id, Flash.Message.UNPUBLISHED))
                .build();
    }

    /** The form that renames one's own bank and changes its description. */
    @GET
    @Path("{id}/details")
    public TemplateInstance detailsForm(@RestPath long id) {
        BankEntity bank = own(id);
        return Templates.details(bank, bank.title, Objects.toString(bank.description, ""), FormErrors.none());
    }

    @POST
    @Path("{id}/details")
    public Response saveDetails(@RestPath long id, @RestForm String title, @RestForm String description) {
        BankEntity bank = own(id);
        String name = title == null ? "" : title.strip();
        String about = description == null ? "" : description.strip();
        FormErrors errors = new FormErrors();
        if (name.isEmpty() || name.length() > 200) {
            errors.add("title", "Give the bank a title of 1 to 200 characters.");
        }
        if (about.length() > 2000) {
            errors.add("description", "Keep the description under 2,000 characters.");
        }
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.details(bank, name, about, errors))
                    .build();
        }
        catalog.describe(bank.id, name, about.isEmpty() ? null : about);
        return Response.seeOther(Flash.redirect("/instructor/banks/" + id, Flash.Message.SAVED))
                .build();
    }

    /** Edits a question of one's own imported bank; a bank made from a document is edited in its review. */
    @GET
    @Path("{id}/questions/{questionId}/edit")
    public TemplateInstance questionForm(@RestPath long id, @RestPath long questionId) {
        BankEntity bank = ownImported(id);
        QuestionEntity q = liveQuestion(id, questionId);
        QuestionEdit form = new QuestionEdit(q.prompt, q.answer, q.options, q.explanation);
        return Templates.editQuestion(bank, q, form, String.join("\n", q.options), FormErrors.none());
    }

    @POST
    @Path("{id}/questions/{questionId}/edit")
    public Response editQuestion(
            @RestPath long id,
            @RestPath long questionId,
            @RestForm String prompt,
            @RestForm String answer,
            @RestForm String options,
            @RestForm String explanation) {
        BankEntity bank = ownImported(id);
        QuestionEntity q = liveQuestion(id, questionId);
        QuestionEdit edit = new QuestionEdit(prompt, answer, QuestionEdit.lines(options), explanation);
        FormErrors errors = edit.check(q.toQuestion());
        if (!errors.isEmpty()) {
            return Response.status(422)
                    .entity(Templates.editQuestion(bank, q, edit, options == null ? "" : options, errors))
                    .build();
        }
        catalog.replace(q.id, edit.applyTo(q.toQuestion()));
        return Response.seeOther(Flash.redirect("/instructor/banks/" + id, Flash.Message.SAVED))
                .build();
    }

    /** Takes a question out of one's own imported bank; it is retired, so students' history of it stays. */
    @POST
    @Path("{id}/questions/{questionId}/remove")
    public Response removeQuestion(@RestPath long id, @RestPath long questionId) {
        ownImported(id);
        catalog.retire(liveQuestion(id, questionId).id);
        return Response.seeOther(Flash.redirect("/instructor/banks/" + id, Flash.Message.REMOVED))
                .build();
    }

    private BankEntity ownImported(long id) {
        BankEntity bank = own(id);
        if (!BankEntity.ORIGIN_GIFT.equals(bank.origin)) {
            throw new NotFoundException();
        }
        return bank;
    }

    private static QuestionEntity liveQuestion(long bankId, long questionId) {
        QuestionEntity q = QuestionEntity.findById(questionId);
        if (q == null || q.bankId != bankId || q.isRetired()) {
            throw new NotFoundException();
        }
        return q;
    }

    /** Pasted text comes back in the form after an error, so nothing typed is lost (within the size limit). */
    private static String pasted(String gift) {
        return gift == null || gift.length() > MAX_IMPORT_BYTES ? "" : gift;
    }

    private BankEntity visible(long id) {
        BankEntity bank = BankEntity.findById(id);
        if (bank == null || !BankCatalog.canSee(bank, account.id())) {
            throw new NotFoundException();
        }
        return bank;
    }

    private BankEntity own(long id) {
        BankEntity bank = BankEntity.findById(id);
        return account.requireOwn(bank, bank == null ? null : bank.ownerId);
    }

    static URI bankUri(long id) {
        return URI.create("/instructor/banks/" + id);
    }
}
