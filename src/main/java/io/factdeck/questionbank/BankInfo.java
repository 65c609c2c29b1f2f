package io.factdeck.questionbank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank's name and sources, from {@code bank.yaml}.
 *
 * @param id the bank's id, which is also its folder name
 * @param title shown to students and used as the Moodle category and Anki deck
 * @param description free text, or null
 * @param language an ISO 639-1 code, {@code en} by default
 * @param documents the source documents, in the order the file lists them
 */
public record BankInfo(String id, String title, String description, String language, List<Document> documents) {

    public BankInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        language = language == null ? "en" : language;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public Optional<Document> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    /**
     * One source document.
     *
     * @param id the file name, used as the document id in facts' evidence
     * @param title the document's title; its id when the document states none
     * @param publisher who published it, or null
     * @param date when it was published (ISO 8601, reduced precision allowed), or null
     * @param url where it was found, or null
     */
    public record Document(String id, String title, String publisher, String date, String url) {
        public Document {
            Objects.requireNonNull(id, "id");
            // a document that states no title is named by its id, so every consumer has a name to show
            title = title == null || title.isBlank() ? id : title;
        }

        /** "Title, Publisher", as explanations cite it; a document without a title is named by its id. */
        public String citation() {
            String name = title.equals(id) ? "source document " + id : title;
            return publisher == null || publisher.isBlank() ? name : name + ", " + publisher;
        }
    }
}
