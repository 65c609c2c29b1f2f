package io.factdeck.testing;

import io.factdeck.questionbank.BankDocumentEntity;
import io.factdeck.questionbank.BankEntity;
import io.factdeck.questionbank.FactEntity;
import io.factdeck.questionbank.QuestionEntity;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small bank written straight to the database, for tests of what comes after the import. */
public final class Fixtures {

    private Fixtures() {}

    /** The questions of a fixture bank by kind, with their row ids. */
    public record Bank(long id, Map<String, Long> questions) {
        public long question(String kind) {
            return questions.get(kind);
        }
    }

    /** A published bank with one question of each kind, facts and a source document; slugs must be unique. */
    public static Bank bankWithEveryKind(String slug) {
        return Db.call(() -> {
            BankEntity bank = new BankEntity();
            bank.slug = slug;
            bank.title = "Fixture bank " + slug;
            bank.origin = BankEntity.ORIGIN_FILE;
            bank.published = true;
            bank.updatedAt = OffsetDateTime.now();
            bank.persist();

            BankDocumentEntity doc = new BankDocumentEntity();
            doc.key = new BankDocumentEntity.Key(bank.id, "doc-1.txt");
            doc.title = "A history of the fixture";
            doc.publisher = "Fixture Press";
            doc.publishedOn = "2020";
            doc.persist();

            fact(
                    bank.id,
                    "asean-1995",
                    "1995-07",
                    "July 1995",
                    "Vietnam joined ASEAN in July 1995.",
                    List.of("asean-1996"));
            fact(
                    bank.id,
                    "asean-1996",
                    "1996",
                    "1996",
                    "Vietnam was admitted to ASEAN in 1996.",
                    List.of("asean-1995"));
            fact(bank.id, "apec-1998", "1998-11", "November 1998", "Vietnam joined APEC in November 1998.", List.of());
            fact(
                    bank.id,
                    "wto-2007",
                    "2007-01-11",
                    "11 January 2007",
                    "Vietnam joined the WTO on 11 January 2007.",
                    List.of());

            Map<String, Long> ids = new java.util.LinkedHashMap<>();
            ids.put(
                    "when",
                    question(
                            bank.id,
                            "apec-1998.when",
                            "when",
                            "In which month and year did Vietnam join APEC?",
                            "November 1998",
                            List.of("Nov 1998", "1998-11"),
                            List.of("July 1995", "November 1998", "January 2007", "November 1996"),
                            List.of(),
                            null,
                            null,
                            List.of("apec-1998"),
                            List.of("1990s", "apec", "membership")));
            ids.put(
                    "who",
                    question(
                            bank.id,
                            "asean-1995.which-organization",
                            "which-organization",
                            "Which organization did Vietnam join in July 1995?",
                            "ASEAN",
                            List.of("Association of Southeast Asian Nations"),
                            List.of("APEC", "ASEAN", "WTO", "IMF"),
                            List.of(),
                            null,
                            null,
                            List.of("asean-1995"),
                            List.of("1990s", "asean", "membership")));
            ids.put(
                    "true-false",
                    question(
                            bank.id,
                            "wto-2007.true-false",
                            "true-false",
                            "True or false? Vietnam joined the WTO on 11 January 2007.",
                            "True",
                            List.of(),
                            List.of("True", "False"),
                            List.of(),
                            "Vietnam joined the WTO on 11 January 2007.",
                            null,
                            List.of("wto-2007"),
                            List.of("2000s", "wto", "membership")));
            ids.put(
                    "order",
                    question(
                            bank.id,
                            "order.1",
                            "order",
                            "Put these events in order, earliest first.",
                            "Vietnam joined APEC → Vietnam joined the WTO",
                            List.of(),
                            List.of(),
                            List.of("Vietnam joined ASEAN", "Vietnam joined APEC", "Vietnam joined the WTO"),
                            null,
                            null,
                            List.of("asean-1995", "apec-1998", "wto-2007"),
                            List.of("order")));
            ids.put(
                    "cloze",
                    question(
                            bank.id,
                            "wto-2007.cloze",
                            "cloze",
                            "Vietnam joined the WTO on _____.",
                            "11 January 2007",
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            "11 January 2007 — Vietnam joined the WTO on 11 January 2007. (A history of the fixture)",
                            List.of("wto-2007"),
                            List.of("2000s", "wto")));
            return new Bank(bank.id, ids);
        });
    }

    /** A published bank of {@code count} multiple-choice questions, each about its own fact. */
    public static long bankOfChoiceQuestions(String slug, int count) {
        return Db.call(() -> {
            BankEntity bank = new BankEntity();
            bank.slug = slug;
            bank.title = "Many questions " + slug;
            bank.origin = BankEntity.ORIGIN_FILE;
            bank.published = true;
            bank.updatedAt = OffsetDateTime.now();
            bank.persist();
            BankDocumentEntity doc = new BankDocumentEntity();
            doc.key = new BankDocumentEntity.Key(bank.id, "doc-1.txt");
            doc.title = "A long chronicle";
            doc.persist();
            for (int i = 0; i < count; i++) {
                int year = 1900 + i % 120;
                fact(
                        bank.id,
                        "event-" + i,
                        Integer.toString(year),
                        Integer.toString(year),
                        "Event " + i + " happened in " + year + ".",
                        List.of());
                question(
                        bank.id,
                        "event-" + i + ".when",
                        "when",
                        "In which year did event " + i + " happen?",
                        Integer.toString(year),
                        List.of(),
                        List.of(
                                Integer.toString(year),
                                Integer.toString(year + 3),
                                Integer.toString(year - 4),
                                Integer.toString(year + 9)),
                        List.of(),
                        null,
                        null,
                        List.of("event-" + i),
                        List.of((year / 10 * 10) + "s", "chronicle"));
            }
            return bank.id;
        });
    }

    private static void fact(
            long bankId, String key, String date, String dateText, String sentence, List<String> conflicts) {
        FactEntity fact = new FactEntity();
        fact.bankId = bankId;
        fact.factKey = key;
        fact.date = date;
        fact.dateText = dateText;
        fact.event = sentence;
        fact.kind = "membership";
        fact.modality = "event";
        fact.documentKey = "doc-1.txt";
        fact.sentence = sentence;
        fact.sameAs = List.of();
        fact.conflicts = conflicts;
        fact.persist();
    }

    private static long question(
            long bankId,
            String key,
            String kind,
            String prompt,
            String answer,
            List<String> accept,
            List<String> options,
            List<String> items,
            String statement,
            String back,
            List<String> facts,
            List<String> tags) {
        QuestionEntity q = new QuestionEntity();
        q.bankId = bankId;
        q.questionKey = key;
        q.kind = kind;
        q.prompt = prompt;
        q.answer = answer;
        q.accept = accept;
        q.options = options;
        q.items = new ArrayList<>(items);
        q.statement = statement;
        q.back = back;
        q.factKeys = facts;
        q.tags = tags;
        q.explanation = "The answer is " + answer + ".";
        q.contentHash = Integer.toHexString((key + prompt).hashCode());
        q.updatedAt = OffsetDateTime.now();
        q.persist();
        return q.id;
    }
}
