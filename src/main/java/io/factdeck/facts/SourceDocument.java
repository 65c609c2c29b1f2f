package io.factdeck.facts;

import java.util.Objects;

/**
 * A source document of a bank, as {@code bank.yaml} lists it. The fields describe the document; its own dates
 * are metadata and never facts.
 *
 * @param id the file name, used as the document id in evidence
 * @param title the document's title, or null when it states none
 * @param publisher the site or publication, or null
 * @param date the document's own date (ISO 8601, reduced precision allowed), or null
 * @param url where it was published, when known
 * @param author the author named in a byline, or null
 */
public record SourceDocument(String id, String title, String publisher, String date, String url, String author) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
    }
}
