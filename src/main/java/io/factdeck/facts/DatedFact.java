package io.factdeck.facts;

import java.util.List;
import java.util.Objects;

/**
 * One dated fact found in a document, with its evidence. Field names mirror {@code facts.yaml} (see
 * {@code questions/README.md}); the YAML uses snake_case.
 *
 * @param id stable, unique id in its bank, for example {@code wto-membership-2007}
 * @param date ISO 8601 at reduced precision ({@code 2007}, {@code 2007-01}, {@code 2007-01-11}), a decade
 *     ({@code 1980s}), a century in EDTF ({@code 16XX}) or a range ({@code 1954/1975})
 * @param dateText the date as the document writes it
 * @param dateNote how the date was read, when that is not obvious (a day-first numeric date, a relative
 *     expression and its anchor, a Party Congress ordinal); null otherwise
 * @param event what happened, a past-tense clause that starts with its subject, without a final period
 * @param subject who acted (a country, person or organization), when known; {@code event} starts with it
 * @param action what the subject did, as a verb phrase in the base form ({@code join}, {@code sign},
 *     {@code normalize relations with}), when known
 * @param object what the action was done to or with, when known
 * @param who every country, person and organization involved, by canonical name
 * @param agreement the agreement's canonical name, if the fact is about one
 * @param organization the organization's canonical name, if the fact is about one
 * @param kind what sort of fact this is
 * @param modality whether it happened or was only hoped, planned, forecast or targeted
 * @param source the document and the verbatim sentence
 * @param sameAs ids of facts that state the same thing elsewhere (another document or place)
 * @param conflicts ids of facts that date the same event differently
 */
public record DatedFact(
        String id,
        String date,
        String dateText,
        String dateNote,
        String event,
        String subject,
        String action,
        String object,
        List<String> who,
        String agreement,
        String organization,
        FactKind kind,
        Modality modality,
        Evidence source,
        List<String> sameAs,
        List<String> conflicts) {

    public DatedFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        modality = modality == null ? Modality.EVENT : modality;
        who = who == null ? List.of() : List.copyOf(who);
        sameAs = sameAs == null ? List.of() : List.copyOf(sameAs);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /**
     * The same fact, with its id, date, evidence and links, told in another clause: what a reviewed correction or a
     * question's restatement changes.
     */
    public DatedFact withClause(String event, String subject, String action, String object, List<String> who) {
        return new DatedFact(
                id,
                date,
                dateText,
                dateNote,
                event,
                subject,
                action,
                object,
                who,
                agreement,
                organization,
                kind,
                modality,
                source,
                sameAs,
                conflicts);
    }

    /** The document and the sentence a fact comes from, verbatim. */
    public record Evidence(String document, String sentence) {
        public Evidence {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(sentence, "sentence");
        }
    }
}
