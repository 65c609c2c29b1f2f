package io.factdeck.questionbank;

import io.factdeck.facts.DatedFact;
import io.factdeck.facts.Entity;
import io.factdeck.facts.FactKind;
import io.factdeck.facts.Gazetteer;
import io.factdeck.facts.Modality;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a bank's facts into questions. Pure and deterministic: the same facts give the same questions in the same
 * order; the only randomness is seeded from question ids.
 *
 * <p>Facts are first grouped into events: facts linked by {@code same_as} or {@code conflicts}, or that share the
 * same subject, action and object, the same membership or the same agreement, describe one event. Each event is
 * asked once, from its best-supported fact, and every date any source gives for it is kept out of the distractors.
 * When the sources date an event differently, its date is never asked.
 *
 * <p>A question is only produced when its stem can be built grammatically from the structured fields (subject,
 * action, object) or from the {@code event} clause, when the answer does not leak into the stem, and when no other
 * fact of the bank fits the stem with a different answer. Anything doubtful is not asked.
 */
public final class QuestionGenerator {

    private final BankInfo info;
    private final List<DatedFact> facts;
    private final List<DatedFact> plans;
    private final Map<String, FactDate> dates = new HashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, Entity> entityByForm = new HashMap<>();
    private final Map<String, Event> eventOf = new HashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Map<String, Integer> documentOrder = new HashMap<>();
    private final String focus;
    private final int latestYear;
    private final FactQuality quality;
    private final Set<String> actors = new HashSet<>();
    private final Map<DatedFact, Boolean> usability = new HashMap<>();
    private Map<String, Set<FactKind>> roles;
    private final Map<String, Leader> leaderOf = new HashMap<>();
    private final Map<String, KnownAgreement> knownAgreementOf = new HashMap<>();
    private final Map<String, KnownOrganization> knownOrganizationOf = new HashMap<>();
    private final Map<String, String> reported;
    private final Map<String, String> documentOf = new HashMap<>();

    public QuestionGenerator(BankInfo info, BankFacts bankFacts) {
        this(info, bankFacts, List.of());
    }

    /**
     * @param leaders public figures offered as distractors for questions about people, and the country of those the
     *     documents name without it ("Zhou Enlai")
     */
    public QuestionGenerator(BankInfo info, BankFacts bankFacts, List<Leader> leaders) {
        this(info, bankFacts, leaders, List.of());
    }

    /**
     * @param leaders public figures offered as distractors for questions about people
     * @param agreements agreements of the era offered as options in which-agreement questions, with the date and
     *     parties that keep each out of a stem it also fits
     */
    public QuestionGenerator(
            BankInfo info, BankFacts bankFacts, List<Leader> leaders, List<KnownAgreement> agreements) {
        this(info, bankFacts, leaders, agreements, List.of());
    }

    /**
     * @param organizations organizations of the era offered as options in which-organization questions, with the
     *     years they existed and the summits each country hosted
     */
    public QuestionGenerator(
            BankInfo info,
            BankFacts bankFacts,
            List<Leader> leaders,
            List<KnownAgreement> agreements,
            List<KnownOrganization> organizations) {
        this(info, bankFacts, leaders, agreements, organizations, Map.of());
    }

    /**
     * @param reported facts a reviewer doubts, by id, with the note a student reads: each is asked as what its source
     *     says ("According to GlobalSecurity.org, in which year ...?"), its explanation ends with the note, and an
     *     order that holds it asks for the order "as the documents date them"
     */
    public QuestionGenerator(
            BankInfo info,
            BankFacts bankFacts,
            List<Leader> leaders,
            List<KnownAgreement> agreements,
            List<KnownOrganization> organizations,
            Map<String, String> reported) {
        this.info = Objects.requireNonNull(info, "info");
        this.reported = Map.copyOf(reported);
        for (DatedFact fact : bankFacts.facts()) {
            documentOf.put(fact.id(), fact.source().document());
        }
        for (DatedFact plan : bankFacts.plans()) {
            documentOf.put(plan.id(), plan.source().document());
        }
        for (Entity entity : bankFacts.entities()) {
            entities.put(entity.name(), entity);
            entityByForm.put(key(entity.name()), entity);
            for (String alias : entity.aliases()) {
                entityByForm.putIfAbsent(key(alias), entity);
            }
        }
        addLeaders(leaders);
        addAgreements(agreements);
        addOrganizations(organizations);
        for (int i = 0; i < info.documents().size(); i++) {
            documentOrder.put(info.documents().get(i).id(), i);
        }
        List<DatedFact> usable = new ArrayList<>();
        for (DatedFact extracted : bankFacts.facts()) {
            DatedFact fact = selfContained(extracted);
            Optional<FactDate> date = FactDate.parse(fact.date());
            if (fact.modality() == Modality.EVENT && date.isPresent()) {
                usable.add(fact);
                dates.put(fact.id(), unnamedAgreement(fact) || datedBySource(fact) ? toYear(date.get()) : date.get());
            }
        }
        this.facts = List.copyOf(usable);
        List<DatedFact> deadlines = new ArrayList<>();
        for (DatedFact plan : bankFacts.plans()) {
            Optional<FactDate> date = FactDate.parse(plan.date());
            if ((plan.modality() == Modality.TARGET || plan.modality() == Modality.PLAN)
                    && date.isPresent()
                    && date.get().precision() == FactDate.Precision.YEAR) {
                DatedFact told = selfContained(plan);
                deadlines.add(told);
                dates.put(told.id(), date.get());
            }
        }
        this.plans = List.copyOf(deadlines);
        List<String> sentences = new ArrayList<>();
        bankFacts.facts().forEach(f -> sentences.add(f.source().sentence()));
        bankFacts.plans().forEach(f -> sentences.add(f.source().sentence()));
        this.quality = new FactQuality(sentences);
        this.focus = mostFrequentParty();
        Map<String, Integer> mentions = new HashMap<>();
        for (DatedFact fact : facts) {
            for (String name : new HashSet<>(fact.who())) {
                mentions.merge(name, 1, Integer::sum);
            }
            Entity subject = entity(fact.subject());
            Entity object = entity(fact.object());
            for (Entity role : new Entity[] {subject, object}) {
                if (role != null) {
                    actors.add(role.name());
                }
            }
            Optional.ofNullable(fact.agreement()).ifPresent(actors::add);
            Optional.ofNullable(fact.organization()).ifPresent(actors::add);
        }
        mentions.forEach((name, count) -> {
            if (count >= 2) {
                actors.add(name);
            }
        });
        this.latestYear = latestYear();
        groupEvents();
    }

    /**
     * Registers each leader as a person: one the documents name ("Thach") takes the leader's full name, keeping the
     * documents' form as an alias; the others become candidates for distractors only, since no fact names them.
     */
    private void addLeaders(List<Leader> leaders) {
        for (Leader leader : leaders) {
            Entity known = entityByForm.get(key(leader.name()));
            for (String alias : leader.aliases()) {
                known = known != null ? known : entityByForm.get(key(alias));
            }
            if (known != null && known.type() != Entity.Type.PERSON) {
                continue;
            }
            Entity person;
            if (known == null) {
                person = new Entity(leader.name(), Entity.Type.PERSON, leader.aliases(), leader.office(), null);
            } else {
                Set<String> aliases = new java.util.LinkedHashSet<>(known.aliases());
                aliases.addAll(leader.aliases());
                if (!known.name().equals(leader.name())) {
                    aliases.add(known.name());
                }
                person = new Entity(
                        leader.name(),
                        Entity.Type.PERSON,
                        List.copyOf(aliases),
                        known.title() != null ? known.title() : leader.office(),
                        null);
                entities.remove(known.name());
            }
            entities.put(person.name(), person);
            entityByForm.put(key(person.name()), person);
            for (String alias : person.aliases()) {
                entityByForm.put(key(alias), person);
            }
            leaderOf.put(person.name(), leader);
        }
    }

    /**
     * Registers each known agreement: one the documents name keeps its entity and gains a date and parties; the
     * others become candidates for options only, since no fact names them.
     */
    private void addAgreements(List<KnownAgreement> agreements) {
        for (KnownAgreement agreement : agreements) {
            Entity known = reference(
                    new Entity(agreement.name(), Entity.Type.AGREEMENT, List.of(), null, agreement.category()));
            if (known != null) {
                knownAgreementOf.put(known.name(), agreement);
            }
        }
    }

    /** Registers each known organization, as {@link #addAgreements} does agreements. */
    private void addOrganizations(List<KnownOrganization> organizations) {
        for (KnownOrganization organization : organizations) {
            Entity known = reference(
                    new Entity(organization.name(), Entity.Type.ORGANIZATION, organization.aliases(), null, null));
            if (known != null) {
                knownOrganizationOf.put(known.name(), organization);
            }
        }
    }

    /**
     * The bank's entity of that name and type, or the listed one newly registered; null when the name is the bank's
     * for an entity of another type.
     */
    private Entity reference(Entity listed) {
        Entity known = entityByForm.get(key(listed.name()));
        if (known != null) {
            return known.type() == listed.type() ? known : null;
        }
        entities.put(listed.name(), listed);
        entityByForm.put(key(listed.name()), listed);
        for (String alias : listed.aliases()) {
            entityByForm.putIfAbsent(key(alias), listed);
        }
        return listed;
    }

    /**
     * True if the reviewed list of organizations says which summits the subject hosted, and none but the fact's own in
     * its year: Vietnam hosted ASEAN's summit alone in 1998, with the East Asia Summit in 2010.
     */
    private boolean theOnlySummitHosted(DatedFact fact, FactDate date) {
        Entity host = entity(fact.subject());
        if (host == null || fact.organization() == null || !knownOrganizationOf.containsKey(fact.organization())) {
            return false;
        }
        return knownOrganizationOf.values().stream()
                .noneMatch(o -> !o.name().equals(fact.organization())
                        && o.hostedBy(host.name(), date.firstYear(), date.lastYear()));
    }

    /** True if the organization existed at some time of the date, by what the bank and its reviewer know. */
    private boolean organizationExisted(Entity organization, FactDate date) {
        KnownOrganization known = knownOrganizationOf.get(organization.name());
        return Regions.existed(organization.name(), date.firstYear(), date.lastYear())
                && (known == null || known.existed(date.firstYear(), date.lastYear()));
    }

    private static final Pattern OF_ANOTHER_ERA =
            Pattern.compile("(?i)\\b(?:imperial|empire|kingdom|dynasty|feudal)\\b");

    /**
     * The other names a typed answer may give: the entity's aliases but those of another era ("Imperial China" is no
     * answer for 1979, nor for any date a bank about the modern state asks).
     */
    private static List<String> acceptedNames(Entity entity) {
        List<String> accept = BankFiles.distinct(entity.aliases());
        accept.remove(entity.name());
        accept.removeIf(alias -> OF_ANOTHER_ERA.matcher(alias).find());
        // "U.S.S.R." typed without its dots
        for (String alias : List.copyOf(accept)) {
            String plain = alias.replace(".", "");
            if (!plain.equals(alias) && !accept.contains(plain) && !plain.equals(entity.name())) {
                accept.add(plain);
            }
        }
        return accept;
    }

    /** Acronyms a student reads without help; any other is spelled out in a stem. */
    private static final Set<String> KNOWN_ACRONYMS =
            Set.of("ASEAN", "UN", "US", "USA", "UK", "WTO", "APEC", "IMF", "EU", "NATO", "USSR");

    /**
     * The fact with words that only its document explains replaced by names a student can read alone: a rare acronym
     * ("seized control of KCP") by the name it stands for ("the Kampuchean Communist Party"), and "the North" by
     * the one northern state the bank knows ("North Vietnam"). Its id, date and evidence are unchanged.
     */
    private DatedFact selfContained(DatedFact fact) {
        String event = fact.event();
        String subject = fact.subject();
        String object = fact.object();
        for (Map.Entry<Pattern, String> spelled : spelledOut().entrySet()) {
            event = replaceAll(spelled.getKey(), event, spelled.getValue());
            subject = replaceAll(spelled.getKey(), subject, spelled.getValue());
            object = replaceAll(spelled.getKey(), object, spelled.getValue());
        }
        if (Objects.equals(event, fact.event())
                && Objects.equals(subject, fact.subject())
                && Objects.equals(object, fact.object())) {
            return fact;
        }
        return fact.withClause(event, subject, fact.action(), object, fact.who());
    }

    /** What {@link #selfContained} replaces, and by what: built once from the bank's entities. */
    private Map<Pattern, String> spelledOut() {
        if (spelledOut == null) {
            spelledOut = new LinkedHashMap<>();
            for (Entity entity : entities.values()) {
                for (String alias : entity.aliases()) {
                    if (alias.length() >= 2
                            && alias.equals(alias.toUpperCase(Locale.ROOT))
                            && alias.chars().allMatch(Character::isLetter)
                            && !KNOWN_ACRONYMS.contains(alias)) {
                        spelledOut.put(
                                Pattern.compile("(?<![\\w(-])(?:the )?" + Pattern.quote(alias) + "(?![\\w)-])"),
                                English.nounPhrase(entity.name(), entity.type()));
                    }
                }
            }
            List<Entity> northern = entities.values().stream()
                    .filter(e -> e.type() == Entity.Type.COUNTRY && e.name().startsWith("North "))
                    .toList();
            if (northern.size() == 1) {
                spelledOut.put(
                        Pattern.compile("\\bthe North\\b(?! [A-Z])"),
                        northern.get(0).name());
            }
        }
        return spelledOut;
    }

    private Map<Pattern, String> spelledOut;

    private static String replaceAll(Pattern pattern, String text, String replacement) {
        return text == null ? null : pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /**
     * True for an agreement the sources do not name ("the peace treaty with France"). Such accords often come in
     * series (a preliminary convention, then a modus vivendi), so a day or month would single out one a student cannot
     * identify; its date is asked to the year only.
     */
    private static boolean unnamedAgreement(DatedFact fact) {
        return fact.kind() == FactKind.TREATY
                && fact.agreement() == null
                && Objects.toString(fact.object(), "").matches("(?i).*\\b(treaty|agreement|accord|convention)\\b.*");
    }

    /**
     * "signed the peace treaty with France": an agreement known only by its kind. Accords come in series (the
     * preliminary agreement of 1946, the Geneva settlement of 1954), so as an item to order it has two places.
     */
    private static boolean genericAgreement(DatedFact fact) {
        String object = Objects.toString(fact.object(), "").replaceFirst("\\s+with\\s+.*$", "");
        return unnamedAgreement(fact) && object.equals(object.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the month comes from the page's own date rather than from the event's sentence ("has just paid a
     * visit" in an article of May 2009): the year is safe to ask, the month is not what the text says. ("In April"
     * with the year from the page keeps its month: the sentence gives it.)
     */
    private static boolean datedBySource(DatedFact fact) {
        String note = Objects.toString(fact.dateNote(), "");
        return note.contains("'has just'");
    }

    private static FactDate toYear(FactDate date) {
        return date.precision() == FactDate.Precision.DAY || date.precision() == FactDate.Precision.MONTH
                ? FactDate.ofYears(FactDate.Precision.YEAR, date.firstYear(), date.firstYear())
                : date;
    }

    /** All questions, ordered by fact (in file order) and then by kind; order questions last. */
    public List<Question> generate() {
        List<Question> questions = new ArrayList<>();
        for (DatedFact fact : facts) {
            Event event = eventOf.get(fact.id());
            if (event.representative != fact) {
                continue;
            }
            // each kind is asked once per event, from the best-supported fact that gives a good stem for it; a
            // disputed event is only asked from its best-supported fact
            List<Event> views = views(event);
            first(views, this::when).ifPresent(questions::add);
            first(views, named(this::whoSubject)).ifPresent(questions::add);
            first(views, named(this::whoObject)).ifPresent(questions::add);
            first(views, named(this::whichAgreement)).ifPresent(questions::add);
            first(views, named(this::whichOrganization)).ifPresent(questions::add);
            views.stream()
                    .map(this::trueFalse)
                    .filter(list -> !list.isEmpty())
                    .findFirst()
                    .ifPresent(questions::addAll);
            first(views, this::clozeDate).ifPresent(questions::add);
            first(views, named(this::clozeName)).ifPresent(questions::add);
            first(views, named(this::clozeNumber)).ifPresent(questions::add);
        }
        questions.addAll(orderQuestions());
        plans.stream().map(this::deadline).forEach(questions::addAll);
        return withoutRepeats(withoutSharedFronts(questions)).stream()
                // a falsehood must be false under every source, which a doubted source cannot vouch for
                .filter(q -> !(reported.containsKey(q.facts().get(0))
                        && q.kind() == QuestionKind.TRUE_FALSE
                        && q.answer().equals(Question.FALSE)))
                .map(this::attributed)
                .toList();
    }

    /** A question on a doubted fact, asked as what its source says, with the reviewer's note in its explanation. */
    private Question attributed(Question q) {
        String note = reported.get(q.facts().get(0));
        if (note == null || q.kind() == QuestionKind.ORDER) {
            return q;
        }
        String source = sourceName(documentOf.get(q.facts().get(0)));
        return new Question(
                q.id(),
                q.kind(),
                accordingTo(source, q.prompt()),
                q.answer(),
                q.accept(),
                q.options(),
                q.items(),
                q.statement() == null ? null : accordingTo(source, q.statement()),
                q.back() == null ? null : q.back() + " Note: " + note,
                q.facts(),
                q.explanation() + " Note: " + note,
                q.tags());
    }

    /** The publisher a student knows the document by ("GlobalSecurity.org"), or its title. */
    private String sourceName(String document) {
        BankInfo.Document doc = info.document(document).orElseThrow();
        return doc.publisher() != null && !doc.publisher().isBlank() ? doc.publisher() : "“" + doc.title() + "”";
    }

    private static final Set<String> LEADING_WORDS = Set.of(
            "In", "On", "When", "Which", "What", "Who", "Whom", "With", "At", "Between", "From", "By", "During", "For",
            "How", "Where", "To", "Of", "Over", "Since", "Until", "After", "Before");

    /** "According to GlobalSecurity.org, in which year did ...?"; "True or false? According to ..., in 1964, ...". */
    String accordingTo(String source, String prompt) {
        String lead = "";
        String rest = prompt;
        if (prompt.startsWith("True or false? ")) {
            lead = "True or false? ";
            rest = prompt.substring(lead.length());
        }
        String first = rest.split("[ ,]", 2)[0];
        String lowered = LEADING_WORDS.contains(first)
                ? first.toLowerCase(Locale.ROOT) + rest.substring(first.length())
                : quality.midSentence(English.midSentence(rest));
        return lead + "According to " + source + ", " + lowered;
    }

    /**
     * True when a one-off event is dated to a decade or a century: "With which country did Vietnam go to war in the
     * 1970s?" has as many answers as the decade had wars, so names are only asked of events dated to a year or finer,
     * or of states that held through the decade ("received nearly $3 billion a year from the Soviet Union").
     */
    private java.util.function.Function<Event, Question> named(java.util.function.Function<Event, Question> kind) {
        return event -> coarse(event) ? null : kind.apply(event);
    }

    private boolean coarse(Event event) {
        FactDate.Precision precision = event.date().precision();
        return (precision == FactDate.Precision.DECADE || precision == FactDate.Precision.CENTURY)
                && quality.timing(event.representative) == FactQuality.Timing.POINT;
    }

    /**
     * Drops flashcards whose front reads the same as another's with a different answer ("In 2003, Vietnam reached
     * _____ with the United States." for three agreements): a front must have one answer.
     */
    private static List<Question> withoutSharedFronts(List<Question> questions) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (Question q : questions) {
            if (q.kind() == QuestionKind.CLOZE) {
                answers.computeIfAbsent(key(q.prompt()), k -> new HashSet<>()).add(q.answer());
            }
        }
        return questions.stream()
                .filter(q -> q.kind() != QuestionKind.CLOZE
                        || answers.get(key(q.prompt())).size() == 1)
                .toList();
    }

    /**
     * "Deputy Prime Minister Vu Khoan said in a press article ... on November 14, 2005 that ...": reported speech is
     * no fact in general, since its date may be the quoted event's; a statement a known leader made on a given day, or
     * at a meeting the sentence names ("emphasized ... at the National Conference on Foreign Affairs"), is one, and who
     * said it, and when, are what a student learns of it.
     */
    private boolean statementOfTheDay(DatedFact fact) {
        Entity speaker = entity(fact.subject());
        Optional<FactDate> date = FactDate.parse(fact.date());
        FactDate.Precision precision = date.map(FactDate::precision).orElse(null);
        boolean atAMeeting = AT_A_MEETING.matcher(English.clause(fact.event())).find();
        return fact.action() != null
                && SPOKE.contains(fact.action())
                && speaker != null
                && leaderOf.containsKey(speaker.name())
                && (precision == FactDate.Precision.DAY || (precision == FactDate.Precision.MONTH && atAMeeting))
                && !English.containsYear(Objects.toString(fact.object(), ""));
    }

    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas of\\s*$");

    /**
     * "As of February 2019, Vietnam maintains diplomatic relationships with 189 nations": a state the sentence gives
     * at a date, not since it. It is no event, so it has no when-question and no date to blank, but what held then is
     * worth a true statement and a card for its number.
     */
    private boolean snapshot(DatedFact fact) {
        String sentence = fact.source().sentence();
        String text = Objects.toString(fact.dateText(), "");
        int at = text.isEmpty() ? -1 : sentence.indexOf(text);
        boolean asOf = at > 0
                && AS_OF.matcher(sentence.substring(0, at)).find()
                && fact.subject() != null
                && entity(fact.subject()) != null;
        // "In 2011, Japan's development assistance to Vietnam stood at $19 billion": a level a figure stood at then
        boolean level = "stand".equals(fact.action())
                && LEVEL.matcher(Objects.toString(fact.object(), "")).find()
                && fact.subject() != null
                && namesAnActor(fact);
        return (asOf || level)
                && FactQuality.mainVerb(English.clause(fact.event()).split("\\s+")) > 0;
    }

    private static final Pattern LEVEL = Pattern.compile("^at (?:a total of )?\\S*\\d");

    private static final Set<String> SPOKE = Set.of("say", "state", "write", "declare", "emphasize", "stress");

    private static final Pattern AT_A_MEETING =
            Pattern.compile("\\bat the (?:[A-Z][\\w-]* )*(?:Conference|Congress|Summit|Meeting|Forum)\\b");

    /**
     * True if questions may be built from the fact: it reads well ({@link FactQuality#usable}), its verb is in its
     * sentence, its date is the date of the event rather than a bound, and it names what it
     * is about.
     */
    private boolean usable(DatedFact fact) {
        return usability.computeIfAbsent(
                fact,
                f -> (quality.usable(f) || statementOfTheDay(f) || snapshot(f))
                        && quality.verbSupported(f)
                        && quality.timing(f) != FactQuality.Timing.BOUND
                        && !quality.unfoldingChange(f)
                        && !approximateRange(f)
                        && !datedByHeading(f)
                        && !deictic(f)
                        && !dateOfSomethingElse(f)
                        && !restatedStance(f)
                        && !(presentInsidePast(f) && !statementOfTheDay(f)) // a quotation keeps its tense
                        && namesAnActor(f)
                        && !vaguePassive(f)
                        && !organWithoutState(f));
    }

    /** A date taken from the section's heading ("Period 1947-1954") spans the section, not the event. */
    private static boolean datedByHeading(DatedFact fact) {
        return Objects.toString(fact.dateNote(), "").contains("heading");
    }

    private static final Pattern DEICTIC =
            Pattern.compile("\\b(?:current|currently|now|today|nowadays|recent|recently|present-day)\\b");

    /**
     * "announced its current foreign policy": "current" is the writer's present, which a student reads as theirs;
     * the fact cannot be stated without the document's date.
     */
    private static boolean deictic(DatedFact fact) {
        return DEICTIC.matcher(English.clause(fact.event()).toLowerCase(Locale.ROOT))
                .find();
    }

    /**
     * "Communist Party leaders adopted ...", "the Politburo adjusted the country's foreign policy": a clause that names
     * no country, person, organization or agreement (by name, acronym or demonym) says nothing a student can place.
     */
    private boolean namesAnActor(DatedFact fact) {
        String clause = Gazetteer.stripMarks(English.clause(fact.event())); // "Lord Nguyen Hoàng" names Nguyen Hoang
        for (Entity entity : entities.values()) {
            if (mentionsEntity(clause, entity)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PRESENT_AFTER_THAT = Pattern.compile("(?i)\\bthat\\b.*\\b(?:is|are)\\b");

    /**
     * "decided that the innovation of the Party's leadership style is still slow": a present tense inside the dated
     * past clause is a translated judgement, not an event, and does not read as English once dated.
     */
    private static boolean presentInsidePast(DatedFact fact) {
        return PRESENT_AFTER_THAT.matcher(English.clause(fact.event())).find();
    }

    private static final Pattern RESTATED = Pattern.compile("(?i)\\b(?:reaffirm|reaffirmed|reiterate|reiterated)\\b");

    /**
     * "Vietnam reaffirmed that it sought to strengthen relations with its neighbors": a stance restated many times,
     * unless the clause names the one occasion ("The 8th Party Congress reaffirmed ...").
     */
    private static boolean restatedStance(DatedFact fact) {
        return RESTATED.matcher(fact.event()).find()
                && !SINGLING.matcher(English.clause(fact.event())).find();
    }

    /**
     * "... established alongside the Vietnamese and Laotian parties following the dissolution of the Indochinese
     * Communist Party in 1955": the date is the dissolution's, inside a phrase that says the event came after it.
     */
    private static final Pattern AFTER_NOMINAL = Pattern.compile(
            "(?i)\\b(?:following|after|before|since) the (\\w+(?:tion|ment|al|ure|sion))\\b[^,;]*\\b(?:in|on) $");

    private static final Pattern NEAR_OTHER_DATE = Pattern.compile(
            "(?i)\\b(?:within (?:a few |several |some )?(?:days|weeks|months|years) of|shortly (?:after|before)"
                    + "|soon after|in the wake of) the $");

    /**
     * "Within months of the 1991 Paris Agreements, Vietnam established relations with ASEAN": the year belongs to
     * the agreements; the event came some time after it, perhaps the next year.
     */
    private static boolean dateOfSomethingElse(DatedFact fact) {
        String sentence = fact.source().sentence();
        String text = Objects.toString(fact.dateText(), "");
        if (!text.isEmpty()
                && Pattern.compile("(?i)\\b(?:in|on) " + Pattern.quote(text)
                                + ", (?:the )?\\p{Lu}[\\w ]{0,40} reported\\b")
                        .matcher(sentence)
                        .find()) {
            return true; // "In November 2011, the Yomiuri Shimbun reported, leaders signed ...": the report's date
        }
        int at = text.isEmpty() ? -1 : sentence.indexOf(text);
        if (at <= 0) {
            return false;
        }
        String before = sentence.substring(0, at);
        if (NEAR_OTHER_DATE.matcher(before).find()) {
            return true;
        }
        // unless the event is that nominal's own ("the dissolution of the party in 1955": "the party was dissolved")
        Matcher nominal = AFTER_NOMINAL.matcher(before);
        if (!nominal.find()) {
            return false;
        }
        String noun = nominal.group(1).toLowerCase(Locale.ROOT);
        String stem = noun.substring(0, Math.min(noun.length(), 6));
        return java.util.Arrays.stream(fact.event().toLowerCase(Locale.ROOT).split("\\W+"))
                .noneMatch(word -> word.startsWith(stem));
    }

    /** "the 1980s, 1990s and early 2000s": where an approximate end was made exact, the range is a guess. */
    private boolean approximateRange(DatedFact fact) {
        String how = (Objects.toString(fact.dateText(), "") + " " + Objects.toString(fact.dateNote(), ""))
                .toLowerCase(Locale.ROOT);
        return dates.get(fact.id()).precision() == FactDate.Precision.RANGE
                && (how.contains("early") || how.contains("late") || how.contains("mid"));
    }

    /**
     * "Cambodia was invaded": a passive that ends at its verb leaves out who acted, and a question about it has no
     * single answer.
     */
    private boolean vaguePassive(DatedFact fact) {
        String[] words = English.clause(fact.event()).split("\\s+");
        int verb = FactQuality.mainVerb(words);
        if (verb < 1 || verb + 2 != words.length || !(words[verb].equals("was") || words[verb].equals("were"))) {
            return false;
        }
        // "The Coalition Government of Democratic Kampuchea was formed" is complete; "More than 70 Vietnamese troops
        // were killed" is not: by whom, and where, is what a question needs
        return !COMPLETE_PASSIVES.contains(words[verb + 1].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> COMPLETE_PASSIVES = Set.of(
            "formed",
            "founded",
            "established",
            "created",
            "signed",
            "launched",
            "opened",
            "adopted",
            "dissolved",
            "proclaimed",
            "inaugurated",
            "ratified",
            "concluded",
            "held");

    /** "Trade and Industry Ministry agreed": a state's ministry or agency named without the state. */
    private boolean organWithoutState(DatedFact fact) {
        String subject = Objects.toString(fact.subject(), "");
        if (entity(subject) != null || !subject.matches(".*\\b(Ministry|Department|Agency)\\b.*")) {
            return false;
        }
        for (Entity entity : entities.values()) {
            if (entity.type() == Entity.Type.COUNTRY && mentionsEntity(subject, entity)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fact as questions read it. A passive about a named agreement ("The Land Border Agreement was signed") says
     * nothing of who signed; when another fact of the same event names the parties ("With China, Vietnam reached a
     * Land Border Agreement"), it is read in the active voice with them ("Vietnam and China signed the Land Border
     * Agreement"), keeping its own id, date and evidence. Without parties it is not asked ("In December 2000, _____
     * was signed" has any number of answers). Other facts are read as they are.
     */
    private DatedFact restated(DatedFact fact, Event event) {
        Entity agreement = fact.agreement() == null ? null : entities.get(fact.agreement());
        String action = Objects.toString(fact.action(), "");
        String subject = Objects.toString(fact.subject(), "");
        if (agreement == null
                || !action.startsWith("be ")
                || !(agreement.equals(entity(subject)) || English.mentions(subject, agreement.name()))) {
            return fact;
        }
        List<String> partyNames = new ArrayList<>(eventParties(event));
        if (partyNames.size() < 2 || !partyNames.contains(focus)) {
            return null;
        }
        partyNames.remove(focus);
        partyNames.add(0, focus);
        List<String> phrases = new ArrayList<>();
        for (String party : partyNames) {
            phrases.add(English.nounPhrase(party, Entity.Type.COUNTRY));
        }
        String parties = English.capitalize(English.joinAnd(phrases));
        String verb = action.substring(3).trim().split("\\s+")[0];
        String base = verb.equals("signed") ? "sign" : verb.equals("concluded") ? "conclude" : null;
        if (base == null) {
            return null;
        }
        String object = English.nounPhrase(agreement.name(), Entity.Type.AGREEMENT);
        return fact.withClause(parties + " " + verb + " " + object, parties, base, object, partyNames);
    }

    /** The countries any fact of the event names as parties (see {@link #parties}). */
    private Set<String> eventParties(Event event) {
        Set<String> result = new LinkedHashSet<>();
        event.members.forEach(member -> result.addAll(parties(member)));
        return result;
    }

    /**
     * The countries a fact names as acting together: its subject, each part of a compound subject that is a country
     * ("Vietnam and Russia"), and a country after "with" in the action or object ("reached the Land Border
     * Agreement with China"). Countries only mentioned elsewhere in the sentence are not parties.
     */
    private Set<String> parties(DatedFact fact) {
        Set<String> result = new LinkedHashSet<>();
        String subject = Objects.toString(fact.subject(), "").trim();
        Entity whole = entity(subject);
        if (whole != null) {
            if (whole.type() == Entity.Type.COUNTRY) {
                result.add(whole.name());
            }
        } else if (subject.contains(" and ")) {
            Set<String> conjuncts = new LinkedHashSet<>();
            for (String part : subject.split("\\s*(,|\\band\\b)\\s*")) {
                Entity party = part.isBlank() ? null : entity(part);
                if (party == null || party.type() != Entity.Type.COUNTRY) {
                    conjuncts.clear();
                    break; // "Trade between Japan and Vietnam" is not a list of parties
                }
                conjuncts.add(party.name());
            }
            result.addAll(conjuncts);
        }
        String rest = (Objects.toString(fact.action(), "") + " " + Objects.toString(fact.object(), "")).trim();
        int with = indexOfWord(rest, "with");
        if (with >= 0) {
            String tail = rest.substring(with + 4).trim();
            Entity partner = entity(tail);
            if (partner != null && partner.type() == Entity.Type.COUNTRY) {
                result.add(partner.name());
            }
        }
        return result;
    }

    /**
     * The event as each of its usable facts reads it, best-supported first; a disputed event only from its
     * best-supported fact.
     */
    private List<Event> views(Event event) {
        List<Event> views = new ArrayList<>();
        for (DatedFact member : event.disputed ? List.of(event.representative) : event.ranked) {
            DatedFact view = restated(member, event);
            if (view != null && usable(view)) {
                views.add(event.as(view));
            }
        }
        return views;
    }

    private static Optional<Question> first(List<Event> views, java.util.function.Function<Event, Question> kind) {
        return views.stream().map(kind).filter(Objects::nonNull).findFirst();
    }

    /**
     * Drops a question that repeats an earlier one in other words: two documents often state the same fact with
     * different wording ("$3 billion", "US$3 billion") that the event grouping cannot tell apart.
     */
    private static List<Question> withoutRepeats(List<Question> questions) {
        List<Question> kept = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        for (Question q : questions) {
            Set<String> words = contentWords(q.kind().yamlName() + " " + q.prompt() + " " + q.answer());
            boolean repeat = false;
            for (int i = 0; i < kept.size() && !repeat; i++) {
                if (kept.get(i).kind() == q.kind() && kept.get(i).answer().equals(q.answer())) {
                    // "the Textiles Agreement" and "the Counternarcotics Agreement" differ by one word, but a name
                    repeat = similarity(seen.get(i), words) >= 0.8
                            && names(kept.get(i).prompt()).equals(names(q.prompt()));
                }
            }
            if (!repeat) {
                kept.add(q);
                seen.add(words);
            }
        }
        return kept;
    }

    /** The capitalized words of a text after its first word: the names it mentions. */
    private static Set<String> names(String text) {
        Set<String> result = new HashSet<>();
        String[] words = text.split("[^\\p{L}\\p{N}$]+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !words[i].equals("US")) {
                result.add(words[i]);
            }
        }
        return result;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !w.equals("the") && !w.equals("and") && !w.equals("us")) {
                words.add(w);
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 1 : (double) common.size() / union.size();
    }

    // ---- events

    /** One event: the facts that describe it, the one questions are asked from, and whether sources disagree. */
    private final class Event {
        final List<DatedFact> members;
        List<DatedFact> ranked = List.of();
        DatedFact representative;
        boolean disputed;

        Event() {
            members = new ArrayList<>();
        }

        private Event(Event of, DatedFact member) {
            members = of.members;
            ranked = of.ranked;
            representative = member;
            disputed = of.disputed;
        }

        /** The same event, asked from another of its facts. */
        Event as(DatedFact member) {
            return member == representative ? this : new Event(this, member);
        }

        FactDate date() {
            return dates.get(representative.id());
        }

        List<FactDate> allDates() {
            return members.stream().map(f -> dates.get(f.id())).toList();
        }
    }

    private void groupEvents() {
        Map<String, String> parent = new HashMap<>();
        for (DatedFact fact : facts) {
            parent.put(fact.id(), fact.id());
        }
        Map<String, List<String>> withKey = new HashMap<>();
        for (DatedFact fact : facts) {
            for (String other : fact.sameAs()) {
                union(parent, fact.id(), other);
            }
            for (String other : fact.conflicts()) {
                union(parent, fact.id(), other);
            }
            for (String eventKey : eventKeys(fact)) {
                List<String> earlier = withKey.computeIfAbsent(eventKey, k -> new ArrayList<>());
                for (String first : earlier) {
                    // an agreement's name can be generic ("Treaty of Friendship and Cooperation"): the same name at
                    // dates no source reconciles is another agreement, not a disputed date
                    if (!eventKey.startsWith("agreement|") || compatible(dates.get(first), dates.get(fact.id()))) {
                        union(parent, fact.id(), first);
                        break;
                    }
                }
                earlier.add(fact.id());
            }
        }
        Map<String, Event> byRoot = new LinkedHashMap<>();
        for (DatedFact fact : facts) {
            Event event = byRoot.computeIfAbsent(find(parent, fact.id()), root -> new Event());
            event.members.add(fact);
            eventOf.put(fact.id(), event);
        }
        for (Event event : byRoot.values()) {
            List<FactDate> all = event.allDates();
            for (int i = 0; i < all.size() && !event.disputed; i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (!compatible(all.get(i), all.get(j))) {
                        event.disputed = true;
                        break;
                    }
                }
            }
            event.ranked = event.members.stream()
                    .sorted(Comparator.comparingInt((DatedFact f) -> -support(f, all))
                            .thenComparingInt(f -> f.subject() != null && f.action() != null ? 0 : 1)
                            .thenComparing(f -> dates.get(f.id()).precision())
                            .thenComparingInt(
                                    f -> documentOrder.getOrDefault(f.source().document(), 999))
                            .thenComparing(DatedFact::id))
                    .toList();
            event.representative = event.ranked.get(0);
            events.add(event);
        }
    }

    private int support(DatedFact fact, List<FactDate> all) {
        FactDate date = dates.get(fact.id());
        return (int) all.stream().filter(other -> compatible(date, other)).count();
    }

    /**
     * True if two sources could be giving the same date: "1995" and "July 1995" agree, "1995" and "1996" do not,
     * and two ranges agree only when equal ("1954/1975" and "1959/1975" disagree).
     */
    static boolean compatible(FactDate a, FactDate b) {
        boolean rangeA = a.precision() == FactDate.Precision.RANGE;
        boolean rangeB = b.precision() == FactDate.Precision.RANGE;
        if (rangeA && rangeB) {
            return a.equals(b);
        }
        if (rangeA || rangeB) {
            FactDate range = rangeA ? a : b;
            FactDate other = rangeA ? b : a;
            return !other.first().isBefore(range.first()) && !other.last().isAfter(range.last());
        }
        return a.overlaps(b);
    }

    /** Keys under which two facts count as the same event even when the extractor did not link them. */
    private List<String> eventKeys(DatedFact fact) {
        List<String> keys = new ArrayList<>();
        if (fact.subject() != null && fact.action() != null) {
            keys.add("sao|" + canonical(fact.subject()) + "|" + key(fact.action()) + "|"
                    + (fact.object() == null ? "" : canonical(fact.object())));
        }
        if (fact.organization() != null && fact.kind() == FactKind.MEMBERSHIP && joining(fact)) {
            String member = fact.subject() != null ? canonical(fact.subject()) : String.join(",", fact.who());
            keys.add("member|" + member + "|" + fact.organization());
        }
        if (fact.agreement() != null) {
            keys.add("agreement|" + fact.agreement());
        }
        return keys;
    }

    /** A membership fact about joining, not about serving in it ("served as Chairman" is another event). */
    private static boolean joining(DatedFact fact) {
        // the verb says it, not the object: "relations with ASEAN member states" is no joining
        String text = (Objects.toString(fact.action(), "") + " " + (fact.action() == null ? fact.event() : ""))
                .toLowerCase(Locale.ROOT);
        return text.contains("join")
                || text.contains("member")
                || text.contains("admit")
                || text.contains("accept")
                || text.contains("acce")
                || text.contains("entr");
    }

    private static void union(Map<String, String> parent, String a, String b) {
        if (!parent.containsKey(a) || !parent.containsKey(b)) {
            return; // a link to a plan or an unknown id: nothing to group
        }
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            // the smaller id becomes the root, so grouping does not depend on link order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    // ---- when

    private static final Pattern NOTE_YEAR = Pattern.compile("\\b(?:1[0-9]{3}|20[0-9]{2})\\b");

    private Question when(Event event) {
        DatedFact fact = event.representative;
        FactDate date = event.disputed ? agreedDecade(event) : event.date();
        if (date == null || fact.subject() == null || repeated(event) || snapshot(fact)) {
            return null;
        }
        if (fact.action() == null) {
            return firstToWhen(event, date);
        }
        String predicate = basePredicate(fact);
        String subject = subjectPhrase(fact);
        if (predicate == null || subject == null) {
            return null;
        }
        List<String> unnamed = unnamedParties(fact, subject + " " + predicate);
        String eventSubject = eventSubject(fact);
        if (!unnamed.isEmpty() && eventSubject != null && eventSubject.contains(" and ")) {
            // the event names the other party in its subject: "Vietnam and Russia declared ..."
            String candidate = quality.midSentence(eventSubject);
            if (unnamedParties(fact, candidate + " " + predicate).isEmpty()) {
                subject = candidate;
                unnamed = List.of();
            }
        }
        if (unnamed.size() == 1
                && fact.kind() == FactKind.TREATY
                && fact.agreement() != null
                && !plural(subject)
                && !predicate.contains(" with ")) {
            // "did Vietnam reach the Bilateral Trade Agreement" says nothing of the other party; the who list
            // of a treaty fact names it (other kinds list bystanders there too, so they are left as they are)
            predicate = predicate + " with " + unnamed.get(0);
        }
        return whenQuestion(
                event, date, date.askWords() + " " + auxiliaryClause(subject, predicate, fact.event()) + "?");
    }

    /** The date asked with three distractor dates, or null when the prompt gives the date away or too few are left. */
    private Question whenQuestion(Event event, FactDate date, String prompt) {
        DatedFact fact = event.representative;
        String id = fact.id() + ".when";
        if (leaksDate(prompt, date)) {
            return null;
        }
        if (staged(prompt)) {
            return null; // four options of which the earlier ones are half true: see staged
        }
        // a doubted fact's options leave out the dates its note gives: the true one is no wrong answer
        List<FactDate> forbidden = new ArrayList<>(event.allDates());
        Matcher noted = NOTE_YEAR.matcher(reported.getOrDefault(fact.id(), ""));
        while (noted.find()) {
            int year = Integer.parseInt(noted.group());
            forbidden.add(FactDate.ofYears(FactDate.Precision.YEAR, year, year));
        }
        List<FactDate> distractors = dateDistractors(date, forbidden, id, 3, false, founded(prompt), dissolved(prompt));
        if (distractors.size() < 3) {
            return null;
        }
        List<FactDate> all = new ArrayList<>(distractors);
        all.add(date);
        all.sort(Comparator.naturalOrder());
        return new Question(
                id,
                QuestionKind.WHEN,
                prompt,
                date.display(),
                date.acceptVariants(),
                all.stream().map(FactDate::display).toList(),
                List.of(),
                null,
                null,
                List.of(fact.id()),
                "Answer: " + date.display() + ". " + evidence(event),
                tags(fact));
    }

    /** Named, and not only inside a longer name: "Coalition Government of Democratic Kampuchea" is no Democratic Kampuchea. */
    private boolean namedOnItsOwn(String text, Entity entity) {
        if (!mentionsEntity(text, entity)) {
            return false;
        }
        for (Entity longer : entities.values()) {
            if (longer != entity && longer.name().contains(entity.name()) && English.mentions(text, longer.name())) {
                return false;
            }
        }
        return true;
    }

    /** The earliest year a state or organization the text names ended in, or the largest int if none is known. */
    private int dissolved(String text) {
        return yearsOfWhatIsNamed(text, Regions::dissolved).min().orElse(Integer.MAX_VALUE);
    }

    /** The latest founding year of a state or organization the text names, or the smallest int if none is known. */
    private int founded(String text) {
        return yearsOfWhatIsNamed(text, Regions::founded).max().orElse(Integer.MIN_VALUE);
    }

    private java.util.stream.IntStream yearsOfWhatIsNamed(
            String text, java.util.function.Function<String, OptionalInt> year) {
        return entities.values().stream()
                .filter(e -> e.type() != Entity.Type.PERSON && e.type() != Entity.Type.AGREEMENT)
                .filter(e -> year.apply(e.name()).isPresent() && namedOnItsOwn(text, e))
                .mapToInt(e -> year.apply(e.name()).getAsInt());
    }

    private static final Pattern FIRST_TO = Pattern.compile("(.+?) (was|were) (the first .+)");

    /**
     * "The People's Republic of China and the Soviet Union were the first two countries to recognize the Democratic
     * Republic of Vietnam": a first is dated once, so "In which month and year were ... the first ...?" has one answer.
     */
    private Question firstToWhen(Event event, FactDate date) {
        DatedFact fact = event.representative;
        Matcher m = FIRST_TO.matcher(English.clause(fact.event()));
        if (!m.matches() || English.containsYear(m.group(3))) {
            return null;
        }
        return whenQuestion(
                event,
                date,
                date.askWords() + " " + m.group(2) + " " + quality.midSentence(m.group(1)) + " " + m.group(3) + "?");
    }

    /**
     * True if another fact dated {@code other} makes a stem dated {@code stem} ambiguous: it overlaps and is at least
     * as precise. A coarser date ("in the 1990s" against "in November 1998") only keeps its answer out of the
     * options: the sources do not place it at the stem's date.
     */
    private static boolean blocks(FactDate other, FactDate stem) {
        return other.overlaps(stem) && other.precision().compareTo(stem.precision()) <= 0;
    }

    /** The words of the event clause before its main verb, or null. */
    private static String eventSubject(DatedFact fact) {
        String[] words = English.clause(fact.event()).split("\\s+");
        int verb = FactQuality.mainVerb(words);
        return verb < 1 ? null : String.join(" ", List.of(words).subList(0, verb));
    }

    /** Countries the fact involves that the text does not name (the bank's own country aside). */
    private List<String> unnamedParties(DatedFact fact, String text) {
        List<String> result = new ArrayList<>();
        for (String name : fact.who()) {
            Entity party = entities.get(name);
            if (party != null
                    && party.type() == Entity.Type.COUNTRY
                    && !party.name().equals(focus)
                    && !mentionsEntity(text, party)) {
                result.add(English.nounPhrase(party.name(), party.type()));
            }
        }
        return result;
    }

    /**
     * For an event the sources date differently, the decade they all agree on ("1995" and "1996": the 1990s), so
     * the date can still be asked without taking sides; null when they disagree even on that.
     */
    private FactDate agreedDecade(Event event) {
        int decade = event.date().firstYear() / 10 * 10;
        FactDate candidate = FactDate.ofYears(FactDate.Precision.DECADE, decade, decade + 9);
        for (FactDate date : event.allDates()) {
            if (date.precision() == FactDate.Precision.RANGE
                    || date.precision() == FactDate.Precision.CENTURY
                    || date.first().isBefore(candidate.first())
                    || date.last().isAfter(candidate.last())) {
                return null;
            }
        }
        return candidate;
    }

    /** "did Vietnam join ASEAN", or "was Vietnam admitted to ASEAN" when the action is passive. */
    private static String auxiliaryClause(String subject, String predicate, String event) {
        if (predicate.startsWith("be ")) {
            // the event says which: "The agreements were signed", "The Treaty of Friendship and Cooperation was"
            String verb = event.contains(" were ") && !event.contains(" was ")
                    ? "were"
                    : event.contains(" was ") ? "was" : plural(subject) ? "were" : "was";
            return verb + " " + subject + " " + predicate.substring(3);
        }
        return "did " + subject + " " + predicate;
    }

    private static boolean plural(String subject) {
        String s = subject.toLowerCase(Locale.ROOT);
        return s.contains(" and ") || s.startsWith("both ") || s.startsWith("the two ");
    }

    /** The action and object in base form ("join the World Trade Organization"), or null if unusable. */
    private String basePredicate(DatedFact fact) {
        String action = English.clause(fact.action());
        if (action.isEmpty()
                || !Character.isLowerCase(action.charAt(0))
                || English.startsWithPastVerb(action)
                        && !action.startsWith("set")
                        && !action.startsWith("put")
                        && !action.startsWith("let")) {
            return null; // a base-form verb is lower case and not a past form
        }
        String object = fact.object() == null ? "" : English.clause(fact.object());
        Entity named = object.isEmpty() ? null : entity(object);
        if (named != null && Character.isUpperCase(object.charAt(0))) {
            // "sign Vietnam – Japan Economic Partnership Agreement (VJEPA)" wants its article
            String phrase = English.nounPhrase(English.withoutArticle(object), named.type());
            object = phrase.startsWith("the ") ? "the " + object : object;
        }
        return object.isEmpty() ? action : action + " " + object;
    }

    /** The subject as it reads mid-sentence ("the United States"). */
    private String subjectPhrase(DatedFact fact) {
        String subject = fact.subject();
        if (subject == null || subject.isBlank()) {
            return null;
        }
        Entity entity = entity(subject);
        if (entity != null && English.withoutArticle(subject).equalsIgnoreCase(entity.name())) {
            return English.nounPhrase(entity.name(), entity.type());
        }
        // a compound subject ("United States and Vietnam") reads as the event writes it
        String event = English.clause(fact.event());
        String bare = English.withoutArticle(subject);
        if (event.startsWith("The " + bare + " ")) {
            return "the " + bare;
        }
        return quality.midSentence(subject);
    }

    private boolean leaksDate(String text, FactDate date) {
        return text.contains(Integer.toString(date.firstYear())) || text.contains(Integer.toString(date.lastYear()));
    }

    /**
     * Dates at the answer's precision, spaced by a step chosen from the id, some before and some after the answer so
     * its position among the sorted options varies. None overlaps a date any source gives for the event.
     */
    private List<FactDate> dateDistractors(FactDate answer, List<FactDate> forbidden, String seedKey, int count) {
        return dateDistractors(answer, forbidden, seedKey, count, false, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * @param laterOnly only dates after the answer
     * @param floor the first year an option may end in: no 18th century for something the Communist Party of Vietnam
     *     did, since it was founded in 1930
     * @param ceiling the last year an option may start in: no 2000s for Soviet aid, since the Soviet Union ended in 1991
     */
    private List<FactDate> dateDistractors(
            FactDate answer,
            List<FactDate> forbidden,
            String seedKey,
            int count,
            boolean laterOnly,
            int floor,
            int ceiling) {
        Random random = new Random(Shuffle.seed(seedKey));
        int step = switch (answer.precision()) {
            case DAY -> new int[] {19, 38, 47, 73}[random.nextInt(4)];
            case MONTH -> 2 + random.nextInt(4);
            case YEAR -> 1 + random.nextInt(3);
            case DECADE, CENTURY -> 1;
            case RANGE -> 2 + random.nextInt(4);
        };
        if (answer.precision() == FactDate.Precision.RANGE && !answer.yearAligned()) {
            return List
                    .of(); // a visit from one day to another: shifting it reads as a different visit, not a wrong date
        }
        int wantedBefore = random.nextInt(count + 1);
        List<FactDate> before = new ArrayList<>();
        List<FactDate> after = new ArrayList<>();
        for (int i = 1; i <= 40 && before.size() < count && !laterOnly; i++) {
            FactDate candidate = answer.shift(-step * i);
            if (candidate.lastYear() < floor) {
                break;
            }
            if (allowedDistractor(candidate, answer, forbidden)) {
                before.add(candidate);
            }
        }
        for (int i = 1; i <= 40 && after.size() < count; i++) {
            FactDate candidate = answer.shift(step * i);
            if (candidate.firstYear() > latestYear || candidate.firstYear() > ceiling) {
                break; // nothing after the documents, nor after the end of a state the stem names
            }
            if (allowedDistractor(candidate, answer, forbidden)) {
                after.add(candidate);
            }
        }
        int takeBefore = Math.min(wantedBefore, before.size());
        int takeAfter = Math.min(count - takeBefore, after.size());
        takeBefore = Math.min(count - takeAfter, before.size());
        List<FactDate> result = new ArrayList<>(before.subList(0, takeBefore));
        result.addAll(after.subList(0, takeAfter));
        return result;
    }

    private static boolean allowedDistractor(FactDate candidate, FactDate answer, List<FactDate> forbidden) {
        if (candidate.firstYear() < 1) {
            return false;
        }
        if (answer.precision() == FactDate.Precision.MONTH
                && candidate.precision() == FactDate.Precision.MONTH
                && candidate.display().split(" ")[0].equals(answer.display().split(" ")[0])) {
            return false; // the same month a year apart: a dry-season offensive or an annual summit recurs then
        }
        for (FactDate date : forbidden) {
            if (answer.precision() == FactDate.Precision.RANGE && date.precision() == FactDate.Precision.RANGE) {
                // a range is wrong only if both ends differ from every range a source gives
                if (candidate.firstYear() == date.firstYear() || candidate.lastYear() == date.lastYear()) {
                    return false;
                }
            } else if (candidate.overlaps(date)) {
                return false;
            }
        }
        return true;
    }

    // ---- who

    /**
     * "Which country launched ... in February 1979?": asks the subject, built from the event clause. Never the bank's
     * own country: in a bank about Vietnam, "Vietnam" is the answer a student guesses, so the question teaches
     * nothing; its partners are asked instead ({@link #whoObject}).
     */
    private Question whoSubject(Event event) {
        DatedFact fact = event.representative;
        Entity subject = fact.subject() == null ? null : entity(fact.subject());
        if (subject == null
                || subject.type() == Entity.Type.AGREEMENT
                || (subject.type() == Entity.Type.PERSON && nationality(subject) == null)
                || subject.type() == Entity.Type.ORGANIZATION // asked as "which organization" when countries join it
                || subject.name().equals(focus)
                || plural(fact.subject())) {
            return null;
        }
        String predicate = pastPredicate(fact, subject);
        if (predicate == null || English.containsYear(predicate) || dependsOnSubject(predicate)) {
            return null;
        }
        FactDate date = event.date();
        Nationality national = subject.type() == Entity.Type.PERSON ? nationality(subject) : null;
        // a person is asked among leaders of the same country: "Which Vietnamese leader attended ...?" has one
        // answer among Vietnamese leaders, where "Who visited Hanoi?" has every visitor
        String dated = tidyPredicate(predicate);
        int that = dated.indexOf(" that ");
        // "said ... on 14 November 2005 that neighbours are ...": the date is the saying's, not the quotation's
        dated = statementOfTheDay(fact) && that > 0
                ? dated.substring(0, that) + " " + date.phrase() + dated.substring(that)
                : dated + " " + date.phrase();
        String prompt =
                (national != null ? "Which " + national.adjective() + " leader" : whoWord(subject)) + " " + dated + "?";
        String id = fact.id() + ".who";
        if (mentionsEntity(prompt, subject) || listedWithOthers(fact, subject)) {
            return null;
        }
        Set<String> fitting = new HashSet<>();
        for (DatedFact other : facts) {
            if (other.subject() != null
                    && samePredicate(other, fact)
                    && dates.get(other.id()).overlaps(date)) {
                Entity otherSubject = entity(other.subject());
                fitting.add(otherSubject == null ? other.subject() : otherSubject.name());
            }
        }
        fitting.addAll(alsoDoing(event, subject));
        fitting.remove(subject.name());
        if (!fitting.isEmpty()) {
            return null; // the stem fits another subject too
        }
        fitting.add(focus); // the bank's country as the one that acted towards itself would be absurd, not wrong
        List<Entity> candidates = national != null ? compatriots(subject, national) : candidatesLike(subject);
        if (statementOfTheDay(fact)) {
            // who said it is asked among those who held office that day, who might have said it
            candidates = candidates.stream()
                    .filter(c -> leaderOf.containsKey(c.name())
                            && leaderOf.get(c.name()).yearsFrom(date.firstYear(), date.lastYear()) == 0)
                    .toList();
        }
        if (presenceKind(fact) == FactKind.VISIT && fact.action() != null && fact.object() != null) {
            // no one who made the same journey that year: Dung went to Japan in May 2009, a month after Manh
            Set<String> travellers = new HashSet<>();
            for (DatedFact other : facts) {
                Entity traveller = entity(other.subject());
                FactDate when = dates.get(other.id());
                if (traveller != null
                        && other.action() != null
                        && other.object() != null
                        && verbKey(other.action()).equals(verbKey(fact.action()))
                        && canonical(other.object()).equals(canonical(fact.object()))
                        && when.firstYear() <= date.lastYear()
                        && date.firstYear() <= when.lastYear()) {
                    travellers.add(traveller.name());
                }
            }
            candidates = candidates.stream()
                    .filter(c -> !travellers.contains(c.name()))
                    .toList();
        }
        List<Entity> distractors =
                entityDistractors(subject, prompt, fitting, date, id, candidates, presenceKind(fact));
        if (distractors.size() < 3) {
            return null;
        }
        return choice(
                id,
                QuestionKind.WHO,
                prompt,
                subject,
                distractors,
                fact,
                "Answer: " + subject.name() + ". " + evidence(event));
    }

    private static final Pattern PRESENCE =
            Pattern.compile("(?i)^(?:attend|visit|pay|meet|come|travel|tour|welcome)\\b");

    /**
     * A step that needs its doer to be there (attending a summit, meeting a leader) counts as a visit when people are
     * offered: another leader then in office might have been there too.
     */
    private static FactKind presenceKind(DatedFact fact) {
        return PRESENCE.matcher(Objects.toString(fact.action(), "").trim()).find() ? FactKind.VISIT : fact.kind();
    }

    /** Leaders of the same country whatever their office; "Thach" alone is no name a student can weigh. */
    private List<Entity> compatriots(Entity person, Nationality national) {
        return entities.values().stream()
                .filter(c -> c.type() == Entity.Type.PERSON
                        && c != person
                        && c.name().contains(" "))
                .filter(c -> nationality(c) != null && nationality(c).country().equals(national.country()))
                .toList();
    }

    /**
     * True if the bank tells of the same step taken again at another time: Vietnam "hosted the ASEAN summit" in 1998
     * and "hosted the summits of ASEAN" in 2010; Nguyen Tan Dung "paid a visit to Japan" in 2009 and "paid an official
     * visit" in 2011. The same subject and verb towards the same named party: asking for the date of one has the
     * other's date as a second answer.
     */
    private boolean repeated(Event event) {
        return repeatedFacts.computeIfAbsent(
                event.representative.id(),
                id -> rotates(event.representative) || visitOfAYear(event) || isRepeated(event));
    }

    /**
     * "In 1982, Foreign Minister Thach visited Indonesia": a minister visits a neighbour more than once in a term
     * (Thach went to Indonesia in 1980, 1982 and 1984), so a year is no answer to "when"; a month or a day is.
     */
    private boolean visitOfAYear(Event event) {
        DatedFact fact = event.representative;
        Entity subject = entity(fact.subject());
        FactDate.Precision precision = event.date().precision();
        return fact.kind() == FactKind.VISIT
                && subject != null
                && subject.type() == Entity.Type.PERSON
                && precision != FactDate.Precision.DAY
                && precision != FactDate.Precision.MONTH
                && precision != FactDate.Precision.RANGE;
    }

    /**
     * "hosted summits for APEC", "served as Chairman of ASEAN": an organization's chair and its summits go round its
     * members, so the same country hosts or chairs again (Vietnam chaired ASEAN in 2010 and in 2020) whatever the
     * documents' date.
     */
    private static boolean rotates(DatedFact fact) {
        String action = Objects.toString(fact.action(), "").trim().toLowerCase(Locale.ROOT);
        String object = Objects.toString(fact.object(), "");
        return (fact.organization() != null || object.contains("summit"))
                && (action.startsWith("host") || action.startsWith("serve") || action.startsWith("chair"));
    }

    private final Map<String, Boolean> repeatedFacts = new HashMap<>();

    /** "pay an official visit to" is a visit as "visit" is: the verb that says what was done. */
    private static String verbKey(String action) {
        String trimmed = action.trim();
        if (PAY_A_VISIT.matcher(trimmed).matches()) {
            return "visit";
        }
        return key(trimmed.split("\\s+")[0]);
    }

    private static final Pattern PAY_A_VISIT = Pattern.compile("(?i)pay (?:a|an) (?:[a-z]+ )*visit(?: to)?");

    private static final Pattern SINGLED_OUT = Pattern.compile("[^,]+, [a-z]+ing\\b.+");

    private boolean isRepeated(Event event) {
        DatedFact fact = event.representative;
        if (fact.subject() == null || fact.action() == null || fact.object() == null || fact.agreement() != null) {
            return false; // each agreement is reached once, even when the same partner reaches several
        }
        String verb = verbKey(fact.action());
        if (SINGLED_OUT.matcher(fact.object()).matches()) {
            return false; // "visited Japan, opening a new phase of co-operation": what the visit did singles it out
        }
        Set<String> named = new HashSet<>();
        for (Entity entity : entities.values()) {
            if (entity.type() == Entity.Type.AGREEMENT && mentionsEntity(fact.object(), entity)) {
                return false;
            }
            if (!entity.name().equals(focus) && mentionsEntity(fact.object(), entity)) {
                named.add(entity.name());
            }
        }
        if (named.isEmpty()) {
            return false;
        }
        for (Event other : events) {
            if (other == eventOf.get(fact.id())) {
                continue;
            }
            for (DatedFact member : other.members) {
                if (member.subject() == null
                        || member.action() == null
                        || member.object() == null
                        || !canonical(member.subject()).equals(canonical(fact.subject()))
                        || !verbKey(member.action()).equals(verb)
                        || compatible(dates.get(member.id()), event.date())) {
                    continue;
                }
                for (String name : named) {
                    if (mentionsEntity(member.object(), entities.get(name))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Pattern AGAIN =
            Pattern.compile("(?i)^re-?(?:open|establish|sume|new|start|gain|join|turn|affirm|iterate|store)");

    private static final Pattern ONCE_ONLY_ACTION =
            Pattern.compile("(?i)^(?:join|found|establish|form|set up|open|become|accede|sign|reach|conclude|declare"
                    + "|be accepted into|be admitted|be formed|be founded|be established|be signed|upgrade)\\b");

    /**
     * True for a step a party takes once, so that another date is plainly false: joining an organization, reaching
     * or signing a named agreement, founding, forming or establishing something, opening or upgrading an embassy, a
     * first or an inaugural event. A visit, a statement, an attack, an informal agreement or a withdrawal can happen
     * again, and the sources cannot rule out that it did at another date: such facts get no false-date statement.
     */
    private static boolean onceOnly(DatedFact fact) {
        String clause = " " + English.clause(fact.event()).toLowerCase(Locale.ROOT) + " ";
        if (clause.contains(" first ") || clause.contains(" inaugural ")) {
            return true;
        }
        String action = Objects.toString(fact.action(), "").trim();
        if (action.isEmpty() || AGAIN.matcher(action).find()) {
            return false; // "reopened", "reestablished": done before, so possibly again
        }
        if (fact.kind() == FactKind.MEMBERSHIP) {
            return joining(fact);
        }
        if (fact.agreement() != null) {
            return true;
        }
        return ONCE_ONLY_ACTION.matcher(action).find() && !clause.contains(" informal ");
    }

    /** The country a person serves, and the adjective the sources use for it ("Vietnamese"). */
    private record Nationality(String country, String adjective) {}

    private final Map<String, Optional<Nationality>> nationalities = new HashMap<>();

    /**
     * The country a person serves, from the words before their name in any fact or sentence of the bank
     * ("Vietnamese Prime Minister Nguyen Tan Dung", "Indian Foreign Minister Sushma Swaraj"), or null.
     */
    private Nationality nationality(Entity person) {
        Leader leader = leaderOf.get(person.name());
        if (leader != null) {
            return new Nationality(leader.country(), leader.nationality());
        }
        return nationalities
                .computeIfAbsent(person.name(), n -> {
                    for (DatedFact fact : facts) {
                        for (String text : List.of(fact.event(), fact.source().sentence())) {
                            int at = text.indexOf(person.name());
                            Nationality found = at < 0 ? null : nationalityBefore(text.substring(0, at), 8);
                            if (found != null) {
                                return Optional.of(found);
                            }
                        }
                    }
                    return Optional.empty();
                })
                .orElse(null);
    }

    /** The nearest country adjective among the last words of the text, not past a comma or semicolon. */
    private Nationality nationalityBefore(String text, int words) {
        String[] before = text.trim().split("\\s+");
        for (int i = before.length - 1; i >= Math.max(0, before.length - words); i--) {
            if (before[i].endsWith(",") || before[i].endsWith(";")) {
                return null;
            }
            for (Entity country : entities.values()) {
                if (country.type() == Entity.Type.COUNTRY && isAdjectiveOf(before[i], country.name())) {
                    return new Nationality(country.name(), before[i]);
                }
            }
        }
        return null;
    }

    /** "Chinese" for China, "Vietnamese" for Vietnam, "Indian" for India; not the name itself. */
    private static boolean isAdjectiveOf(String word, String country) {
        return !word.equals(country) && (word.equals(English.demonym(country)) || word.startsWith(country));
    }

    /** "had established" reads as "established" once the question gives the date itself. */
    private static String tidyPredicate(String predicate) {
        return predicate.startsWith("had ") && English.startsWithPastVerb(predicate.substring(4))
                ? predicate.substring(4)
                : predicate;
    }

    /**
     * Others of the answer's type that a source sentence of the same time puts in the same situation, told in other
     * words: New Zealand "opened its embassy in Hanoi in 1995" while the United States "upgraded its liaison office to
     * embassy status" in August 1995. Every content word of the predicate's object must appear in that sentence.
     */
    private Set<String> alsoDoing(Event event, Entity answer) {
        DatedFact fact = event.representative;
        List<String> words = contentWords(Objects.toString(fact.object(), ""), Objects.toString(fact.action(), ""));
        Set<String> result = new HashSet<>();
        if (words.isEmpty()) {
            return result;
        }
        FactDate date = event.date();
        for (DatedFact other : facts) {
            if (eventOf.get(other.id()) == eventOf.get(fact.id()) || !blocks(dates.get(other.id()), date)) {
                continue;
            }
            Set<String> sentence = new HashSet<>();
            for (String w : other.source().sentence().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                sentence.add(w);
            }
            boolean all = words.stream().allMatch(w -> sentence.stream().anyMatch(x -> FactQuality.sameStem(x, w)));
            if (!all) {
                continue;
            }
            for (String name : other.who()) {
                Entity entity = entities.get(name);
                if (entity != null && entity.type() == answer.type() && !name.equals(focus)) {
                    result.add(name);
                }
            }
        }
        result.remove(answer.name());
        return result;
    }

    /** The lower-case content words of an object, and of an action past its verb ("full diplomatic ties"). */
    private static List<String> contentWords(String object, String action) {
        List<String> result = new ArrayList<>();
        String[] actionWords = action.trim().split("\\s+");
        List<String> words =
                new ArrayList<>(List.of(actionWords).subList(Math.min(1, actionWords.length), actionWords.length));
        words.addAll(List.of(object.trim().split("\\s+")));
        for (String raw : words) {
            String w = raw.replaceAll("[^\\p{L}]", "");
            if (w.length() > 2
                    && Character.isLowerCase(w.charAt(0))
                    && !AFTER_NOUN_PHRASE.contains(w)
                    && !FUNCTION_WORDS.contains(w)) {
                result.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return result;
    }

    private static final Set<String> FUNCTION_WORDS =
            Set.of("the", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "any");

    /**
     * "Which country did Vietnam invade in December 1978?": asks a country or person that is the object; or, when the
     * bank's country acted with a partner ("Vietnam reached the Bilateral Trade Agreement with the United States",
     * "Vietnam and Russia declared a strategic partnership"), "With which country did Vietnam ...?".
     */
    private Question whoObject(Event event) {
        DatedFact fact = event.representative;
        Entity object = fact.object() == null ? null : entity(fact.object());
        if (object != null && object.type() == Entity.Type.PERSON) {
            return whoPersonObject(event, object);
        }
        if (object == null || object.name().equals(focus) || object.type() != Entity.Type.COUNTRY) {
            return whoPartner(event); // asking for the bank's own country is trivial
        }
        FactDate.Precision precision = event.date().precision();
        if (fact.kind() == FactKind.VISIT
                && (precision == FactDate.Precision.MONTH
                        || precision == FactDate.Precision.YEAR
                        || precision == FactDate.Precision.DECADE
                        || precision == FactDate.Precision.CENTURY)) {
            return null; // a leader visits several countries in a month: "Which country did Dung visit in October
            // 2006?"
        }
        String subject = subjectPhrase(fact);
        if (subject == null || fact.action() == null) {
            return null;
        }
        String action = English.clause(fact.action());
        if (action.isEmpty() || !Character.isLowerCase(action.charAt(0)) || action.startsWith("be ")) {
            return null;
        }
        if (English.startsWithPastVerb(action)) {
            return null;
        }
        FactDate date = event.date();
        String prompt = action.endsWith(" with")
                ? "With " + whoWord(object).toLowerCase(Locale.ROOT).replace("who", "whom") + " did " + subject + " "
                        + action.substring(0, action.length() - 5) + " " + date.phrase() + "?"
                : whoWord(object) + " did " + subject + " " + action + " " + date.phrase() + "?";
        String id = fact.id() + ".who.2";
        if (mentionsEntity(prompt, object) || English.containsYear(action) || listedWithOthers(fact, object)) {
            return null;
        }
        Set<String> fitting = new HashSet<>();
        for (DatedFact other : facts) {
            Entity otherObject = other.object() == null ? null : entity(other.object());
            if (otherObject != null
                    && other.subject() != null
                    && other.action() != null
                    && canonical(other.subject()).equals(canonical(fact.subject()))
                    && key(other.action()).equals(key(fact.action()))
                    && dates.get(other.id()).overlaps(date)) {
                fitting.add(otherObject.name());
            }
        }
        fitting.remove(object.name());
        if (!fitting.isEmpty()) {
            return null;
        }
        fitting.add(focus); // the bank's own country is rarely a plausible partner of itself
        if (DIPLOMATIC.contains(fact.kind())) {
            fitting.addAll(akinPartners(fact, date)); // see whoPartner
            fitting.remove(object.name());
        }
        List<Entity> distractors =
                entityDistractors(object, prompt, fitting, date, id, candidatesLike(object), fact.kind());
        if (distractors.size() < 3) {
            return null;
        }
        return choice(
                id,
                QuestionKind.WHO,
                prompt,
                object,
                distractors,
                fact,
                "Answer: " + object.name() + ". " + evidence(event));
    }

    /**
     * "Which Japanese leader did Vietnam welcome on April 30, 2022?", "With which Indian leader did Nguyen Phu Trong
     * speak on April 15, 2022?": the person a step was taken towards, among leaders of the same country (see
     * {@link #whoSubject}). Not asked when the same subject took the same step towards someone else at the time.
     */
    private Question whoPersonObject(Event event, Entity person) {
        DatedFact fact = event.representative;
        Nationality national = nationality(person);
        String subject = subjectPhrase(fact);
        if (national == null || subject == null || fact.action() == null || mentionsEntity(subject, person)) {
            return null;
        }
        String action = English.clause(fact.action());
        if (action.isEmpty()
                || !Character.isLowerCase(action.charAt(0))
                || action.startsWith("be ")
                || English.startsWithPastVerb(action)
                || English.containsYear(action)) {
            return null;
        }
        boolean with = action.endsWith(" with")
                || English.withoutArticle(fact.object()).startsWith("with ");
        String verb = action.endsWith(" with") ? action.substring(0, action.length() - 5) : action;
        String which = "which " + national.adjective() + " leader";
        FactDate date = event.date();
        String prompt = with
                ? "With " + which + " did " + subject + " " + verb + " " + date.phrase() + "?"
                : English.capitalize(which) + " did " + subject + " " + verb + " " + date.phrase() + "?";
        String id = fact.id() + ".who.2";
        if (mentionsEntity(prompt, person) || listedWithOthers(fact, person)) {
            return null;
        }
        for (DatedFact other : facts) {
            Entity otherObject = other.object() == null ? null : entity(other.object());
            if (other != fact
                    && other.subject() != null
                    && other.action() != null
                    && otherObject != person
                    && canonical(other.subject()).equals(canonical(fact.subject()))
                    && key(other.action()).equals(key(fact.action()))
                    && dates.get(other.id()).overlaps(date)) {
                return null; // the stem fits another person too
            }
        }
        List<Entity> distractors = entityDistractors(
                person, prompt, Set.of(), date, id, compatriots(person, national), presenceKind(fact));
        if (distractors.size() < 3) {
            return null;
        }
        return choice(
                id,
                QuestionKind.WHO,
                prompt,
                person,
                distractors,
                fact,
                "Answer: " + person.name() + ". " + evidence(event));
    }

    /**
     * "With which country did Vietnam reach the Bilateral Trade Agreement in 2001?": the one partner of the bank's
     * country, named after "with" or in a compound subject. Not asked when another fact of the same time has the bank's
     * country do the same with someone else, or when the agreement's name gives the partner away.
     */
    /** Everyone in a step of the same kind that the bank's country took at the time: arguable as its partner. */
    private Set<String> akinPartners(DatedFact fact, FactDate date) {
        Set<String> akin = new HashSet<>();
        Set<String> about = contentWords(fact.event());
        about.removeAll(GENERIC_STEP_WORDS);
        for (String party : fact.who()) {
            about.removeAll(contentWords(party));
        }
        for (DatedFact other : facts) {
            boolean sameKind = other.kind() == fact.kind()
                    || DIPLOMATIC.contains(other.kind()) && DIPLOMATIC.contains(fact.kind());
            if (other != fact
                    && sameKind
                    && other.who().contains(focus)
                    && dates.get(other.id()).overlaps(date)
                    && !Collections.disjoint(about, contentWords(other.source().sentence()))) {
                akin.addAll(other.who());
            }
        }
        return akin;
    }

    /** Words that name a kind of step, not what it was about: two agreements share "agreement" and nothing more. */
    private static final Set<String> GENERIC_STEP_WORDS = Set.of(
            "agreement",
            "agreements",
            "treaty",
            "with",
            "for",
            "its",
            "their",
            "new",
            "signed",
            "reached",
            "concluded",
            "established",
            "opened",
            "agreed");

    /** Treaties and relations are both diplomacy: an embassy opened and an agreement reached are akin. */
    private static final Set<FactKind> DIPLOMATIC = EnumSet.of(FactKind.TREATY, FactKind.RELATIONS);

    private static final Pattern THEIR_CLAIMS =
            Pattern.compile("\\btheir ((?:conflicting|competing|overlapping|rival) claims)\\b");

    private Question whoPartner(Event event) {
        DatedFact fact = event.representative;
        Set<String> parties = parties(fact);
        if (!parties.contains(focus) || parties.size() != 2 || fact.action() == null) {
            return null;
        }
        Entity partner = entities.get(
                parties.stream().filter(p -> !p.equals(focus)).findFirst().orElseThrow());
        String action = English.clause(fact.action());
        if (action.isEmpty()
                || !Character.isLowerCase(action.charAt(0))
                || action.startsWith("be ")
                || English.startsWithPastVerb(action)
                || action.endsWith(" with")) {
            return null;
        }
        String object = fact.object() == null ? "" : English.clause(fact.object());
        int with = indexOfWord(object, "with");
        if (with >= 0) {
            Entity named = entity(object.substring(with + 4).trim());
            if (named == null || !named.equals(partner)) {
                return null;
            }
            object = object.substring(0, with).trim();
        } else if (!subjectNames(fact, partner)) {
            return null;
        }
        // "agreed to negotiate their conflicting claims": the claims each party makes are "the" claims in the stem
        String predicate = THEIR_CLAIMS
                .matcher((action + " " + basePredicateObject(object)).trim())
                .replaceAll("the $1");
        if (THEIR.matcher(predicate).find()) {
            return null; // "did Vietnam upgrade their liaison offices": the possessive was the pair's
        }
        FactDate date = event.date();
        String prompt = "With which country did " + English.nounPhrase(focus, Entity.Type.COUNTRY) + " " + predicate
                + " " + date.phrase() + "?";
        String id = fact.id() + ".who.2";
        if (mentionsEntity(prompt, partner) || English.containsYear(predicate) || listedWithOthers(fact, partner)) {
            return null;
        }
        Set<String> fitting = new HashSet<>();
        for (Event other : events) {
            if (other == eventOf.get(fact.id())) {
                continue;
            }
            for (DatedFact member : other.members) {
                Set<String> otherParties = parties(member);
                boolean sameStep =
                        member.action() != null && key(member.action()).equals(key(fact.action()));
                // "decided to have the peace agreement with Chiang Kai-shek" in 1945-46 fits "signed the peace
                // treaty with which country in 1946?" as well: a step of the same kind about the same thing
                boolean sameThing = member.kind() == fact.kind()
                        && member.object() != null
                        && fact.object() != null
                        && !Collections.disjoint(contentWords(member.object()), contentWords(object));
                if (otherParties.contains(focus) && sameStep && blocks(dates.get(member.id()), date)) {
                    otherParties.remove(focus);
                    fitting.addAll(otherParties);
                }
                if (sameThing
                        && dates.get(member.id()).overlaps(date)
                        && !member.who().contains(partner.name())
                        && member.who().stream().anyMatch(w -> English.mentions(w, focus))) {
                    fitting.add(member.id()); // another partner in the same kind of step: two answers
                }
            }
        }
        fitting.addAll(alsoDoing(event, partner));
        fitting.remove(partner.name());
        if (!fitting.isEmpty()) {
            return null;
        }
        fitting.add(focus);
        // a country with a step of the same kind towards the bank's country at the time is arguable: New Zealand
        // restored relations in 1995, the year of the normalization agreement with the United States
        fitting.addAll(akinPartners(fact, date));
        fitting.remove(partner.name());
        List<Entity> distractors =
                entityDistractors(partner, prompt, fitting, date, id, candidatesLike(partner), fact.kind());
        if (distractors.size() < 3) {
            return null;
        }
        return choice(
                id,
                QuestionKind.WHO,
                prompt,
                partner,
                distractors,
                fact,
                "Answer: " + partner.name() + ". " + evidence(event));
    }

    /**
     * True if the sentence lists the entity with other names for the same date ("the World Bank, the International
     * Monetary Fund, and the Asian Development Bank"; "with ASEAN, as well as with most of the countries of Western
     * Europe"): each of them fits a question about one, so none is asked as the only answer. A list whose names carry
     * their own years ("Land Border Agreement (1999), an Agreement on Borders ... (2000)") is no such list.
     */
    private boolean listedWithOthers(DatedFact fact, Entity target) {
        String sentence = fact.source().sentence();
        List<String> forms = new ArrayList<>(target.aliases());
        forms.add(target.name());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : forms) {
            int at = indexOfWord(sentence, form);
            if (at < 0) {
                continue;
            }
            String after = sentence.substring(at + form.length());
            if (after.matches("^\\s*\\(\\d{4}\\).*")) {
                return false;
            }
            after = after.replaceFirst("^\\s*\\([^)]*\\)", "");
            if (after.matches("^\\s*\\(\\d{4}\\).*")) {
                return false;
            }
            if (after.matches("^,?\\s*(as well as|and also)\\b.*")) {
                return true;
            }
            Matcher next = NEXT_NAME.matcher(after);
            // ", the International Monetary Fund, and" continues a list; ", Vietnam reached" starts the main clause
            return next.find() && !English.startsWithPastVerb(after.substring(next.end()));
        }
        return false;
    }

    /** A name that follows another in a list: ", the International Monetary Fund" or " and Cambodia". */
    private static final Pattern NEXT_NAME = Pattern.compile(
            "^(,\\s*|,?\\s+and\\s+)(the\\s+)?(\\p{Lu}[\\p{L}'’.-]*)(\\s+(of|for|and|the|\\p{Lu}[\\p{L}'’.-]*))*");

    /** True if the partner is one of the names of a compound subject ("Vietnam and Russia"). */
    private boolean subjectNames(DatedFact fact, Entity partner) {
        String subject = Objects.toString(fact.subject(), "");
        return subject.contains(" and ") && mentionsEntity(subject, partner);
    }

    /** An object as it reads after a base-form verb: a named agreement keeps its article. */
    private String basePredicateObject(String object) {
        Entity named = object.isEmpty() ? null : entity(object);
        if (named != null && Character.isUpperCase(object.charAt(0))) {
            String phrase = English.nounPhrase(English.withoutArticle(object), named.type());
            return phrase.startsWith("the ") ? "the " + object : object;
        }
        return object;
    }

    private static String whoWord(Entity entity) {
        return switch (entity.type()) {
            case PERSON -> "Who";
            case COUNTRY -> "Which country";
            case ORGANIZATION -> "Which organization";
            case AGREEMENT -> "Which agreement";
        };
    }

    /** The event clause after its subject, if it starts with a past-tense verb ("launched a three-week ..."). */
    private String pastPredicate(DatedFact fact, Entity subject) {
        String event = English.clause(fact.event());
        List<String> forms = new ArrayList<>();
        forms.add(fact.subject());
        forms.add(subject.name());
        forms.add("The " + subject.name());
        forms.add("the " + subject.name());
        forms.addAll(subject.aliases());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : forms) {
            if (event.startsWith(form + " ")) {
                String rest = event.substring(form.length() + 1).trim();
                return English.startsWithPastVerb(rest) ? rest : null;
            }
        }
        if (subject.type() == Entity.Type.PERSON) {
            // "Vietnamese Prime Minister Pham Minh Chinh attended ...": a title of capitalized words may come first
            int at = event.indexOf(" " + subject.name() + " ");
            if (at > 0 && event.substring(0, at).matches("(\\p{Lu}[\\p{L}'-]*\\s?)+")) {
                String rest = event.substring(at + subject.name().length() + 2).trim();
                return English.startsWithPastVerb(rest) ? rest : null;
            }
        }
        return null;
    }

    /** Words whose meaning depends on who the subject is, so the predicate cannot take another subject. */
    private static boolean dependsOnSubject(String predicate) {
        return SUBJECT_DEPENDENT.matcher(predicate).find();
    }

    /** Whole words only: "the National Conference" is no "the nation". */
    private static final Pattern SUBJECT_DEPENDENT =
            Pattern.compile("(?i)\\b(?:the (?:country|nation)(?:'s|’s)?|the two|both|each other|their)\\b");

    private boolean samePredicate(DatedFact a, DatedFact b) {
        if (a.action() != null && b.action() != null) {
            return key(a.action()).equals(key(b.action()))
                    && canonical(Objects.toString(a.object(), "")).equals(canonical(Objects.toString(b.object(), "")));
        }
        Entity subjectA = a.subject() == null ? null : entity(a.subject());
        Entity subjectB = b.subject() == null ? null : entity(b.subject());
        if (subjectA == null || subjectB == null) {
            return false;
        }
        String pa = pastPredicate(a, subjectA);
        String pb = pastPredicate(b, subjectB);
        return pa != null && pb != null && key(pa).equals(key(pb));
    }

    /** Entities that can stand in for the answer: same type, and for persons a comparable title. */
    private List<Entity> candidatesLike(Entity answer) {
        List<Entity> result = new ArrayList<>();
        for (Entity entity : entities.values()) {
            if (entity.type() != answer.type() || entity.name().equals(answer.name())) {
                continue;
            }
            if (answer.type() == Entity.Type.PERSON && !comparableTitles(answer.title(), entity.title())) {
                continue;
            }
            if (!roles().containsKey(entity.name()) && !knownAgreementOf.containsKey(entity.name())) {
                continue; // named only in passing ("other than Malawi, Bahamas, Tonga"): not a plausible answer
            }
            result.add(entity);
        }
        return result;
    }

    private static boolean comparableTitles(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        String[] wa = a.trim().split("\\s+");
        String[] wb = b.trim().split("\\s+");
        return wa[wa.length - 1].equalsIgnoreCase(wb[wb.length - 1]);
    }

    /**
     * What each entity does in the facts questions are asked from: the kinds of fact in which it is the subject, the
     * object, a party, the agreement or the organization. An entity without a role is only mentioned in passing.
     */
    private Map<String, Set<FactKind>> roles() {
        if (roles == null) {
            roles = new HashMap<>();
            for (Event event : events) {
                for (Event view : views(event)) {
                    DatedFact fact = view.representative;
                    Set<String> names = new HashSet<>(parties(fact));
                    for (String phrase : new String[] {fact.subject(), fact.object()}) {
                        Entity entity = entity(phrase);
                        if (entity != null) {
                            names.add(entity.name());
                        }
                    }
                    Optional.ofNullable(fact.agreement()).ifPresent(names::add);
                    Optional.ofNullable(fact.organization()).ifPresent(names::add);
                    for (String name : names) {
                        roles.computeIfAbsent(name, n -> EnumSet.noneOf(FactKind.class))
                                .add(fact.kind());
                    }
                }
            }
        }
        return roles;
    }

    private List<Entity> entityDistractors(
            Entity answer, String prompt, Set<String> fitting, FactDate date, String seedKey, List<Entity> candidates) {
        return entityDistractors(answer, prompt, fitting, date, seedKey, candidates, null);
    }

    /**
     * Three distractors from {@code candidates}: not the answer, not named in the prompt, not fitting the stem. Those
     * with a role in facts of the question's kind come first (an invader for an invasion, a treaty partner for a
     * treaty), then those the bank mentions closest in time to the question's date; then a seeded pick.
     */
    private List<Entity> entityDistractors(
            Entity answer,
            String prompt,
            Set<String> fitting,
            FactDate date,
            String seedKey,
            List<Entity> candidates,
            FactKind kind) {
        List<Entity> pool = new ArrayList<>();
        for (Entity candidate : candidates) {
            if (candidate.name().equals(answer.name())
                    || fitting.contains(candidate.name())
                    || mentionsEntity(prompt, candidate)
                    || containsMentioned(candidate, prompt)
                    || sameWords(candidate, answer)) {
                continue;
            }
            pool.add(candidate);
        }
        if (answer.type() == Entity.Type.PERSON) {
            // a person is a plausible answer only in their own time: no Prime Minister of 2022 for a visit in 1982
            pool.removeIf(e -> distanceInYears(e, date) > PERSON_YEARS);
            // nor one who had died by then
            pool.removeIf(e ->
                    leaderOf.containsKey(e.name()) && leaderOf.get(e.name()).died() < date.firstYear());
            if (kind == FactKind.VISIT) {
                // nor, for a visit, a minister in office at the time, who might have come along: a foreign minister
                // travels with the head of government. Other heads then in office are the plausible options (the
                // President did not go to Washington with the Prime Minister); one long out of office is not
                pool.removeIf(e -> leaderOf.containsKey(e.name())
                        && leaderOf.get(e.name()).yearsFrom(date.firstYear(), date.lastYear()) == 0
                        && TRAVELLING_OFFICE
                                .matcher(leaderOf.get(e.name()).office())
                                .find());
            }
        }
        if (answer.type() == Entity.Type.AGREEMENT) {
            // no declaration of 2002 for a treaty of 1979: an agreement of another era gives itself away
            pool.removeIf(e -> distanceInYears(e, date) > AGREEMENT_YEARS);
        }
        if (answer.type() == Entity.Type.COUNTRY) {
            // no Soviet Union in 2000, no Russia in 1946: an option that did not exist is no option
            pool.removeIf(e -> !Regions.existed(e.name(), date.firstYear(), date.lastYear()));
        }
        if (answer.type() == Entity.Type.COUNTRY && MARITIME.matcher(prompt).find()) {
            // no maritime boundary with Laos: a country without a coast is ruled out by the map
            pool.removeIf(e -> Regions.landlocked(e.name()));
        }
        if (answer.type() == Entity.Type.COUNTRY && SPRATLYS.matcher(prompt).find()) {
            // claims to the Spratlys are negotiated among those who make them, and failing three of them, among
            // their Southeast Asian neighbours: no Japan
            boolean claimantsSuffice =
                    pool.stream().filter(e -> Regions.claimsSpratlys(e.name())).count() >= 3;
            pool.removeIf(e -> !Regions.claimsSpratlys(e.name())
                    && (claimantsSuffice || Regions.distance(e.name(), answer.name()) > Regions.SAME_REGION));
        }
        if (answer.type() == Entity.Type.COUNTRY && kind == FactKind.CONFLICT) {
            // a war or an invasion is fought with a neighbour: no New Zealand for an invasion in Indochina
            pool.removeIf(e -> Regions.distance(e.name(), answer.name()) > Regions.SAME_CONTINENT);
        }
        if (answer.type() == Entity.Type.COUNTRY) {
            // from the answer's own part of the world when three are there, else from its neighbourhood
            for (int reach = Regions.SAME_REGION; reach <= Regions.NEIGHBOURING_REGION; reach++) {
                int within = reach;
                if (pool.stream()
                                .filter(e -> Regions.distance(e.name(), answer.name()) <= within)
                                .count()
                        >= 3) {
                    pool.removeIf(e -> Regions.distance(e.name(), answer.name()) > within);
                    break;
                }
            }
        }
        pool.sort(Comparator.comparingInt((Entity e) ->
                        answer.type() == Entity.Type.COUNTRY ? Regions.distance(e.name(), answer.name()) : 0)
                // a role in steps of the kind counts for states and bodies; a person is weighed by the years
                .thenComparingInt(e -> answer.type() != Entity.Type.PERSON
                                && kind != null
                                && roles().getOrDefault(e.name(), Set.of()).contains(kind)
                        ? 0
                        : 1)
                .thenComparingInt(
                        e -> answer.type() == Entity.Type.PERSON ? yearsFromOffice(e, date) : distanceInYears(e, date))
                // of those in office that year, one who stayed on after it before one who was leaving (Truong Tan
                // Sang, president from July 2011, before Nong Duc Manh, who left in January)
                .thenComparingInt(e ->
                        leaderOf.containsKey(e.name()) ? -leaderOf.get(e.name()).to() : 0)
                .thenComparing(Entity::name));
        // a person's options are the nearest in time (Krishna, not Natwar Singh, beside Swaraj in 2014); other kinds
        // vary
        List<Entity> nearest =
                new ArrayList<>(pool.subList(0, Math.min(answer.type() == Entity.Type.PERSON ? 3 : 6, pool.size())));
        List<Entity> picked = new ArrayList<>();
        List<Entity> order = new ArrayList<>(Shuffle.shuffled(nearest, seedKey));
        order.addAll(pool.subList(nearest.size(), pool.size()));
        for (Entity candidate : order) {
            // no "United Nations" beside "United Nations Security Council": one option would contain another
            if (picked.size() < 3 && picked.stream().noneMatch(p -> sameWords(p, candidate))) {
                picked.add(candidate);
            }
        }
        return picked;
    }

    private static final Pattern SPRATLYS = Pattern.compile("\\bSpratly\\b");

    private static final Pattern MARITIME = Pattern.compile("(?i)\\b(?:maritime|sea|gulf|islands?|offshore)\\b");

    /** Offices whose holders go along on a leader's visit: ministers, not heads of state, party or parliament. */
    private static final Pattern TRAVELLING_OFFICE = Pattern.compile("(?i)\\bminister\\b(?<!prime minister)");

    private static final int PERSON_YEARS = 12;
    private static final int AGREEMENT_YEARS = 12;

    /** Two names for the same thing would make two correct options ("Kampuchea" and "Cambodia"). */
    private static boolean sameWords(Entity a, Entity b) {
        if (English.mentions(a.name(), b.name()) || English.mentions(b.name(), a.name())) {
            return true; // "North Vietnam" beside "Vietnam" reads as a trick, not a distractor
        }
        Set<String> namesA = new HashSet<>();
        namesA.add(key(a.name()));
        a.aliases().forEach(x -> namesA.add(key(x)));
        if (namesA.contains(key(b.name()))) {
            return true;
        }
        return b.aliases().stream().anyMatch(x -> namesA.contains(key(x)));
    }

    /**
     * How far a person is from a date for an option: years before their term count once, years after it twice, since
     * one who held office before is a plausible answer and one who had not yet risen is not.
     */
    private int yearsFromOffice(Entity person, FactDate date) {
        Leader leader = leaderOf.get(person.name());
        if (leader == null) {
            return distanceInYears(person, date);
        }
        int years = leader.yearsFrom(date.firstYear(), date.lastYear());
        return leader.from() > date.lastYear() ? 2 * years : years;
    }

    private int distanceInYears(Entity entity, FactDate date) {
        Leader leader = leaderOf.get(entity.name());
        int best = leader == null ? 10_000 : leader.yearsFrom(date.firstYear(), date.lastYear());
        int middle = (date.firstYear() + date.lastYear()) / 2;
        KnownAgreement known = knownAgreementOf.get(entity.name());
        if (known != null) {
            best = Math.min(
                    best, Math.abs((known.date().firstYear() + known.date().lastYear()) / 2 - middle));
        }
        for (DatedFact fact : facts) {
            if (involves(fact, entity)) {
                FactDate other = dates.get(fact.id());
                best = Math.min(best, Math.abs((other.firstYear() + other.lastYear()) / 2 - middle));
            }
        }
        return best;
    }

    private boolean involves(DatedFact fact, Entity entity) {
        String name = entity.name();
        return fact.who().contains(name)
                || name.equals(fact.organization())
                || name.equals(fact.agreement())
                || (fact.subject() != null && entity.equals(entity(fact.subject())));
    }

    /** "North Vietnam" as a distractor in a stem that names Vietnam would confuse. */
    private boolean containsMentioned(Entity candidate, String text) {
        for (Entity other : entities.values()) {
            if (other != candidate && English.mentions(candidate.name(), other.name()) && mentionsEntity(text, other)) {
                return true;
            }
        }
        return false;
    }

    private boolean mentionsEntity(String text, Entity entity) {
        if (English.mentions(text, entity.name())) {
            return true;
        }
        if (entity.type() == Entity.Type.COUNTRY
                && Pattern.compile("\\b" + Pattern.quote(English.demonym(entity.name())) + "\\b")
                        .matcher(text)
                        .find()) {
            return true; // "Chinese forces" names China
        }
        return entity.aliases().stream().anyMatch(alias -> English.mentions(text, alias));
    }

    private Question choice(
            String id,
            QuestionKind kind,
            String prompt,
            Entity answer,
            List<Entity> distractors,
            DatedFact fact,
            String explanation) {
        List<String> options = new ArrayList<>();
        options.add(answer.name());
        distractors.forEach(d -> options.add(d.name()));
        List<String> accept = acceptedNames(answer);
        return new Question(
                id,
                kind,
                prompt,
                answer.name(),
                accept,
                Shuffle.shuffled(options, id),
                List.of(),
                null,
                null,
                List.of(fact.id()),
                explanation,
                tags(fact));
    }

    // ---- which agreement / organization

    /** "a twenty-five-year Treaty", "a 20-year agreement": the term a text runs for, before its name. */
    private static final Pattern TERM = Pattern.compile("^(?:an? |the )?((?:[a-z]+-)?[a-z0-9]+-year)\\s+(?=[A-Z])");

    /** "Which agreement did Vietnam and China sign in December 1999?" */
    private Question whichAgreement(Event event) {
        DatedFact fact = event.representative;
        Entity agreement = fact.agreement() == null ? null : entities.get(fact.agreement());
        if (agreement == null || fact.subject() == null || fact.action() == null || fact.object() == null) {
            return null;
        }
        Matcher term = TERM.matcher(fact.object());
        // "a twenty-five-year Treaty of Friendship and Cooperation": the term the text ran for singles it out among
        // texts the same parties signed with it (the border treaty of the same day has none)
        String termWords = term.find() ? term.group(1) + " " : "";
        Entity object = entity(fact.object().substring(termWords.isEmpty() ? 0 : term.end()));
        if (object == null || !object.name().equals(agreement.name())) {
            return null; // the agreement must be what the action was done to
        }
        String action = English.clause(fact.action());
        if (!Character.isLowerCase(action.charAt(0))
                || action.startsWith("be ")
                || English.startsWithPastVerb(action)) {
            return null;
        }
        String subject = subjectPhrase(fact);
        List<String> partners = new ArrayList<>();
        Entity subjectEntity = entity(fact.subject());
        for (String name : fact.who()) {
            Entity party = entities.get(name);
            if (party != null
                    && party.type() == Entity.Type.COUNTRY
                    && (subjectEntity == null || !party.name().equals(subjectEntity.name()))
                    && !English.mentions(subject, party.name())
                    && !English.mentions(action, party.name())) {
                partners.add(English.nounPhrase(party.name(), party.type()));
            }
        }
        // the "Vietnam – Japan Economic Partnership Agreement" among nameless options would give itself away in a stem
        // that names Japan: the partner its name carries is left out, and the stem must still have one answer
        Set<String> stemParties = new HashSet<>(fact.who());
        for (String name : fact.who()) {
            Entity party = entities.get(name);
            if (party == null
                    || party.type() != Entity.Type.COUNTRY
                    || party.name().equals(focus)
                    || !mentionsEntity(agreement.name(), party)) {
                continue;
            }
            stemParties.remove(name);
            partners.remove(English.nounPhrase(party.name(), party.type()));
            Matcher pair = PAIR.matcher(subject);
            if (pair.matches() && mentionsEntity(pair.group(2), party)) {
                subject = pair.group(1);
            } else if (mentionsEntity(subject, party)) {
                return null;
            }
        }
        boolean withPartner = action.endsWith(" with") || action.endsWith(" to");
        // "Vietnam and the new Phnom Penh government" already names both sides
        boolean bothNamed = subject.contains(" and ");
        String parties = withPartner || bothNamed || partners.isEmpty()
                ? subject
                : subject + " and " + English.joinAnd(partners);
        List<Entity> sameCategory = new ArrayList<>();
        List<Entity> written = new ArrayList<>();
        for (Entity candidate : candidatesLike(agreement)) {
            if (Objects.equals(
                    key(Objects.toString(candidate.category(), "")), key(Objects.toString(agreement.category(), "")))) {
                sameCategory.add(candidate);
            }
            if (WRITTEN.contains(Objects.toString(candidate.category(), ""))) {
                written.add(candidate);
            }
        }
        FactDate date = event.date();
        // a treaty among agreements when the bank has too few treaties of its time: all are signed texts, asked as
        // "agreement"
        long sameCategoryOfTheTime = sameCategory.stream()
                .filter(e -> distanceInYears(e, date) <= AGREEMENT_YEARS
                        && signedByAny(e, stemParties)
                        && !sameWords(e, agreement))
                .count();
        boolean mixed = sameCategoryOfTheTime < 3 && WRITTEN.contains(Objects.toString(agreement.category(), ""));
        String noun = mixed ? "agreement" : agreementNoun(agreement);
        String prompt = "Which " + termWords + noun + " did " + parties + " " + action + " " + date.phrase() + "?";
        String id = fact.id() + ".which-agreement";
        if (mentionsEntity(prompt, agreement)) {
            return null;
        }
        Set<String> fitting = new HashSet<>();
        for (DatedFact other : facts) {
            if (other.agreement() != null
                    && !other.agreement().equals(agreement.name())
                    && other.who().containsAll(stemParties)
                    && dates.get(other.id()).overlaps(date)) {
                fitting.add(other.agreement());
                if (blocks(dates.get(other.id()), date)) {
                    return null; // another agreement of the same parties at the same time
                }
            }
        }
        for (KnownAgreement other : knownAgreementOf.values()) {
            if (!other.name().equals(agreement.name())
                    && termWords.isEmpty()
                    && other.parties().containsAll(stemParties)
                    && other.date().overlaps(date)) {
                return null; // the Vietnam-Laos border treaty was signed with the friendship treaty in July 1977
            }
        }
        List<Entity> options = new ArrayList<>(mixed ? written : sameCategory);
        boolean neighbours = stemParties.stream()
                .filter(p -> !p.equals(focus))
                .allMatch(p -> Regions.distance(p, focus) <= Regions.NEIGHBOURING_REGION);
        if (!neighbours) {
            // no border agreement between Vietnam and the United States: a student rules it out by the map
            options.removeIf(e -> BORDER.matcher(e.name()).find());
        }
        // a listed agreement none of the stem's parties signed (Japan and China's treaty for Vietnam and Cambodia) is
        // ruled out by its parties alone
        options.removeIf(e -> !signedByAny(e, stemParties));
        // the texts the stem's own parties signed are the plausible ones; the region's only fill up
        // the partners' own: a text the stem's partner signed (the Land Border Agreement beside the Gulf of Tonkin
        // agreement, both with China) before one the bank's country signed with others
        Set<String> partnersOnly = new HashSet<>(stemParties);
        partnersOnly.remove(focus);
        Set<String> ownSide = partnersOnly.isEmpty() ? stemParties : partnersOnly;
        List<Entity> partnerTexts =
                options.stream().filter(e -> signedBy(e, ownSide)).toList();
        List<Entity> ownParties = new ArrayList<>(options.stream()
                .filter(e -> !partnerTexts.contains(e) && signedBy(e, stemParties))
                .toList());
        List<Entity> regional = new ArrayList<>(options);
        regional.removeAll(partnerTexts);
        regional.removeAll(ownParties);
        List<Entity> distractors = new ArrayList<>();
        for (List<Entity> tier : List.of(partnerTexts, ownParties, regional)) {
            for (Entity more : entityDistractors(agreement, prompt, fitting, date, id, tier)) {
                if (distractors.size() < 3 && distractors.stream().noneMatch(d -> sameWords(d, more))) {
                    distractors.add(more);
                }
            }
        }
        if (distractors.size() < 3) {
            return null;
        }
        return choice(
                id,
                QuestionKind.WHICH_AGREEMENT,
                prompt,
                agreement,
                distractors,
                fact,
                "Answer: " + agreement.name() + ". " + evidence(event));
    }

    /** True if one of the parties signed the agreement, by the reviewed list or by the bank's facts. */
    private boolean signedBy(Entity agreement, Set<String> parties) {
        KnownAgreement known = knownAgreementOf.get(agreement.name());
        if (known != null) {
            return known.parties().stream().anyMatch(parties::contains);
        }
        return facts.stream()
                .anyMatch(f -> agreement.name().equals(f.agreement())
                        && f.who().stream().anyMatch(parties::contains));
    }

    /**
     * True unless the agreement is a listed one that none of the parties, nor any state of their own part of the
     * world, signed: the Treaty of Amity and Cooperation in Southeast Asia is a plausible text for Vietnam, the treaty
     * between Japan and China is not.
     */
    private boolean signedByAny(Entity agreement, Set<String> parties) {
        KnownAgreement known = knownAgreementOf.get(agreement.name());
        return known == null
                || known.parties().stream()
                        .anyMatch(p -> parties.contains(p)
                                || parties.stream().anyMatch(q -> Regions.distance(p, q) == Regions.SAME_REGION));
    }

    private static final Pattern PAIR = Pattern.compile("(.+) and (.+)");

    private static final Pattern THEIR = Pattern.compile("\\btheir\\b");

    private static final Pattern BORDER = Pattern.compile("(?i)\\b(?:borders?|boundary|boundaries)\\b");

    /** Categories of signed texts, which may stand as options beside each other. */
    private static final Set<String> WRITTEN = Set.of("treaty", "agreement", "convention", "declaration", "protocol");

    private static String agreementNoun(Entity agreement) {
        String category =
                agreement.category() == null ? "" : agreement.category().trim().toLowerCase(Locale.ROOT);
        return switch (category) {
            case "treaty", "convention", "declaration", "protocol", "partnership" -> category;
            default -> "agreement";
        };
    }

    /** "Which organization did Vietnam join in July 1995?" */
    /** "as Chairman of ASEAN", "summits for APEC": a part or a role of an organization named at the end. */
    private static final Pattern PART_OF = Pattern.compile("(.+?) (of|for) ((?:the )?[A-Z][^,;]*)");

    private static final String UN_ORGAN = "United Nations ";

    /** "the inaugural East Asia Summit": an organization's first summit. */
    private static final Pattern INAUGURAL = Pattern.compile("the inaugural (.+)");

    private Question whichOrganization(Event event) {
        DatedFact fact = event.representative;
        if (fact.subject() == null || fact.action() == null || fact.object() == null) {
            return null;
        }
        Entity organization = fact.organization() != null
                ? entities.get(fact.organization())
                : meetingWith(English.clause(fact.object()));
        Entity doer = entity(fact.subject());
        // "ASEAN persuaded three Cambodian resistance elements to merge": the organization is the one that acted
        boolean acted = organization == null && doer != null && doer.type() == Entity.Type.ORGANIZATION;
        organization = acted ? doer : organization;
        if (organization == null) {
            return null;
        }
        Entity object = entity(fact.object());
        String action = English.clause(fact.action());
        if (action.isEmpty() || !Character.isLowerCase(action.charAt(0)) || English.startsWithPastVerb(action)) {
            return null;
        }
        String subject = subjectPhrase(fact);
        if (subject == null) {
            return null;
        }
        FactDate date = event.date();
        String prompt;
        String predicate = acted ? pastPredicate(fact, organization) : null;
        if (acted) {
            if (predicate == null || English.containsYear(predicate) || dependsOnSubject(predicate)) {
                return null;
            }
            prompt = "Which organization " + tidyPredicate(predicate) + " " + date.phrase() + "?";
        } else if (object != null && object.name().equals(organization.name())) {
            prompt = "Which organization " + auxiliaryClause(subject, action, fact.event()) + " " + date.phrase() + "?";
        } else {
            // "served as Chairman of ASEAN": "Of which organization did Vietnam serve as Chairman in 2010?"
            Matcher part = PART_OF.matcher(English.clause(fact.object()));
            if (action.startsWith("be ") || (isRepeated(event) && knownOrganizationOf.isEmpty())) {
                // the bank tells of the same role twice; a rotating role is still one per date, but without a
                // reviewed list of the summits each country hosted, another body's summit that year is not ruled out
                return null;
            }
            Matcher inaugural = INAUGURAL.matcher(English.clause(fact.object()));
            if (inaugural.matches() && organization.equals(entity(inaugural.group(1)))) {
                // "attended the inaugural East Asia Summit": among bodies that hold summits (ASEAN's first met in 1976,
                // APEC's leaders in 1993), which body's first summit it was is what a student must know
                prompt = "Which organization's inaugural summit did " + subject + " " + action + " " + date.phrase()
                        + "?";
            } else if (part.matches() && organization.equals(entity(part.group(3)))) {
                prompt = English.capitalize(part.group(2)) + " which organization did " + subject + " " + action + " "
                        + part.group(1) + " " + date.phrase() + "?";
            } else {
                prompt = organizationAsModifier(
                        subject, action, English.clause(fact.object()), fact.event(), organization, date);
                if (prompt == null) {
                    return null;
                }
            }
        }
        String id = fact.id() + ".which-organization";
        if (mentionsEntity(prompt, organization)) {
            return null;
        }
        Set<String> fitting = new HashSet<>();
        Entity host = entity(fact.subject());
        for (KnownOrganization other : knownOrganizationOf.values()) {
            if (!other.name().equals(organization.name())
                    && host != null
                    && action.startsWith("host")
                    && other.hostedBy(host.name(), date.firstYear(), date.lastYear())) {
                return null; // Vietnam hosted the East Asia Summit in 2010 as well as ASEAN's
            }
        }
        for (DatedFact other : facts) {
            if (other.organization() != null
                    && other.subject() != null
                    && canonical(other.subject()).equals(canonical(fact.subject()))
                    && (other.kind() == fact.kind()
                            || (other.action() != null && key(other.action()).equals(key(fact.action()))))
                    && dates.get(other.id()).overlaps(date)
                    && !other.organization().equals(organization.name())) {
                fitting.add(other.organization());
                if (blocks(dates.get(other.id()), date)) {
                    return null; // another organization at the same time: the stem has two answers
                }
            }
        }
        // organizations that take members in this bank are the plausible ones; others only fill up
        Set<String> sameRole = new LinkedHashSet<>();
        for (DatedFact other : facts) {
            if (other.organization() != null && other.kind() == fact.kind()) {
                sameRole.add(other.organization());
            }
        }
        // then bodies that countries join; a country's own party or politburo is no plausible stand-in
        Set<String> joinable = new HashSet<>();
        for (DatedFact other : facts) {
            if (other.organization() != null && other.kind() == FactKind.MEMBERSHIP) {
                joinable.add(other.organization());
            }
        }
        // and the intergovernmental bodies the bank knows the years of, whether or not a fact has one joined
        entities.values().stream()
                .filter(e -> e.type() == Entity.Type.ORGANIZATION && Regions.intergovernmental(e.name()))
                .forEach(e -> joinable.add(e.name()));
        joinable.addAll(knownOrganizationOf.keySet());
        // a summit is asked among bodies whose leaders meet in summits (no summit of the IMF), once a reviewer has
        // listed which bodies hold them
        boolean summit = prompt.contains("summit")
                && knownOrganizationOf.values().stream().anyMatch(KnownOrganization::summits);
        Set<String> summitHolders = new HashSet<>();
        knownOrganizationOf.values().stream()
                .filter(KnownOrganization::summits)
                .forEach(o -> summitHolders.add(o.name()));
        for (DatedFact other : facts) {
            if (other.organization() != null
                    && Objects.toString(other.object(), "").contains("summit")) {
                summitHolders.add(other.organization());
            }
        }
        if (!joinable.contains(organization.name())) {
            return null; // a party or a games has no peers among ASEAN and the WTO: its options would be absurd
        }
        List<Entity> preferred = new ArrayList<>();
        List<Entity> rest = new ArrayList<>();
        for (Entity candidate : entities.values()) {
            if (candidate == organization
                    || candidate.type() != Entity.Type.ORGANIZATION
                    || !joinable.contains(candidate.name())
                    || (summit && !summitHolders.contains(candidate.name()))
                    // a bank or a trade bloc brokers no coalition: an organization that acted politically is asked
                    // among political bodies
                    || (acted && ECONOMIC_BODY.matcher(candidate.name()).find())
                    // every country is a member of the United Nations: "with the countries of which organization"
                    // would have it as a second answer
                    || (prompt.contains("countries of which organization")
                            && (candidate.name().startsWith("United Nations")
                                    // a lender's members are most of the world: trade is done with a bloc's
                                    || LENDER.matcher(candidate.name()).find()))
                    // a seat on a United Nations organ is asked among its organs: no term on ASEAN
                    || (organization.name().startsWith(UN_ORGAN)
                            && !candidate.name().startsWith(UN_ORGAN))
                    || !organizationExisted(candidate, date)) {
                continue; // an option that did not exist at the time is no option: no APEC in 1976
            }
            (sameRole.contains(candidate.name()) ? preferred : rest).add(candidate);
        }
        List<Entity> distractors = entityDistractors(organization, prompt, fitting, date, id, preferred);
        if (distractors.size() < 3) {
            List<Entity> more = entityDistractors(organization, prompt, fitting, date, id, rest);
            List<Entity> combined = new ArrayList<>(distractors);
            for (Entity e : more) {
                if (combined.size() < 3) {
                    combined.add(e);
                }
            }
            distractors = combined;
        }
        if (distractors.size() < 3) {
            return null;
        }
        return choice(
                id,
                QuestionKind.WHICH_ORGANIZATION,
                prompt,
                organization,
                distractors,
                fact,
                "Answer: " + organization.name() + ". " + evidence(event));
    }

    /** "observer status at ASEAN meetings": a preposition, the organization's name and the noun it qualifies. */
    private static final Pattern MODIFIER = Pattern.compile("(.+) (at|in|to|for|with) (\\S+) ([a-z][a-z ]*)");

    private static final Pattern LENDER = Pattern.compile("(?i)\\b(?:bank|fund|monetary)\\b");

    private static final Pattern ECONOMIC_BODY =
            Pattern.compile("(?i)\\b(?:bank|fund|monetary|trade|economic|mutual economic)\\b");

    /** "the ASEAN summit": an organization's own summit. */
    private static final Pattern OWN_SUMMIT = Pattern.compile("the (\\S+) (summit(?: meeting)?)");

    /** "the US-ASEAN Special Summit held in Washington": a meeting of another party with the organization. */
    private static final Pattern WITH_PARTY = Pattern.compile("the (\\S+)-(\\S+) ((?:[A-Z]\\w* )*Summit)(.*)");

    /** The organization in "the US-ASEAN Special Summit", or null. */
    private Entity meetingWith(String object) {
        Matcher summit = WITH_PARTY.matcher(object);
        Entity organization = summit.matches() ? entity(summit.group(2)) : null;
        return organization != null && organization.type() == Entity.Type.ORGANIZATION ? organization : null;
    }

    /**
     * The stem for an organization named as a qualifier in the object: "At the meetings of which organization did
     * Vietnam request observer status in January 1976?", "Vietnamese Prime Minister Pham Minh Chinh attended the
     * Special Summit held in Washington between the US and which organization on 12 May 2022?". Null for any other
     * shape.
     */
    private static final Pattern TERM_ON = Pattern.compile("(an? [\\w-]+-year term) on ((?:the )?[A-Z].*)");

    private String organizationAsModifier(
            String subject, String action, String object, String event, Entity organization, FactDate date) {
        Matcher modifier = MODIFIER.matcher(object);
        if (modifier.matches() && organization.equals(entity(modifier.group(3)))) {
            String noun = modifier.group(4).trim();
            return English.capitalize(modifier.group(2)) + " the " + noun + " of which organization did " + subject
                    + " " + action + " " + modifier.group(1) + " " + date.phrase() + "?";
        }
        Matcher term = TERM_ON.matcher(object);
        if (term.matches() && organization.equals(entity(term.group(2)))) {
            // "completed a 2-year term on the United Nations Security Council": "On which organization did Vietnam
            // complete a 2-year term in December 2009?"
            return "On which organization did " + subject + " " + action + " " + term.group(1) + " " + date.phrase()
                    + "?";
        }
        Matcher own = OWN_SUMMIT.matcher(object);
        if (own.matches() && organization.equals(entity(own.group(1)))) {
            // "hosted the ASEAN summit": "Which organization's summit did Vietnam host in December 1998?"
            return "Which organization's " + own.group(2) + " did " + subject + " " + action + " " + date.phrase()
                    + "?";
        }
        Matcher summit = WITH_PARTY.matcher(object);
        String told = English.clause(event);
        if (summit.matches() && organization.equals(entity(summit.group(2))) && told.endsWith(" " + object)) {
            Entity party = entity(summit.group(1));
            String other = party != null && party.type() == Entity.Type.COUNTRY
                    ? English.nounPhrase(party.name(), party.type())
                    : summit.group(1);
            return told.substring(0, told.length() - object.length()) + "the " + summit.group(3) + summit.group(4)
                    + " between " + other + " and which organization " + date.phrase() + "?";
        }
        return null;
    }

    // ---- true / false

    /**
     * Up to three statements: the true date ({@code .1}), a false date no source gives ({@code .2}) and a false actor
     * for whom no fact of the bank says the same ({@code .3}).
     */
    /**
     * "were the first two countries to recognize the Democratic Republic of Vietnam": a first is bounded below by the
     * founding of what it is the first of (the People's Republic was proclaimed in October 1949), so its false date is
     * a later one.
     */
    private static final Pattern FIRST = Pattern.compile("(?i)\\bthe first\\b");

    private static final Pattern STAGED = Pattern.compile("(?i)\\bwithdr[ae]wn?\\b|\\bwithdraw(?:al)?\\b");

    /**
     * "withdrew its troops from Cambodia" in 1989: a withdrawal goes in stages up to its end (50,000 troops left in
     * 1988), so an earlier year is half true; its wrong dates are later ones.
     */
    private static boolean staged(String text) {
        return STAGED.matcher(text).find();
    }

    private List<Question> trueFalse(Event event) {
        DatedFact fact = event.representative;
        String clause = English.capitalize(English.clause(fact.event()));
        FactDate date = event.date();
        List<Question> result = new ArrayList<>();
        if (event.disputed || English.containsYear(clause) || !startsWithSubjectAndVerb(fact)) {
            return result; // a date the sources disagree on makes a confusing statement either way
        }
        String trueStatement = dated(date, clause);
        if (!event.disputed) {
            result.add(trueFalseQuestion(
                    fact.id() + ".true-false.1", trueStatement, true, fact, "True. " + evidence(event)));
        }
        String falseId = fact.id() + ".true-false.2";
        // only a one-off event has plainly wrong dates: a state ("remained", "was a signatory", "had become"), a habit
        // ("received $3 billion a year") or a change that unfolds ("relations improved") may hold at other dates too,
        // and a shifted range or century overlaps the true one, so "false" would be half true
        boolean pointInTime = quality.timing(fact) == FactQuality.Timing.POINT
                && date.precision() != FactDate.Precision.RANGE
                && date.precision() != FactDate.Precision.CENTURY;
        List<FactDate> wrong = pointInTime && !repeated(event) && onceOnly(fact)
                ? dateDistractors(
                        date,
                        event.allDates(),
                        falseId,
                        1,
                        FIRST.matcher(clause).find() || staged(clause),
                        founded(clause),
                        dissolved(clause))
                : List.of();
        if (!wrong.isEmpty()) {
            String statement = dated(wrong.get(0), clause);
            String why = event.disputed
                    ? "False. No source gives " + wrong.get(0).display() + ". "
                    : "False. It was " + date.display() + ", not "
                            + wrong.get(0).display() + ". ";
            result.add(trueFalseQuestion(falseId, statement, false, fact, why + evidence(event)));
        }
        Entity subject = fact.subject() == null ? null : entity(fact.subject());
        String predicate = subject == null ? null : pastPredicate(fact, subject);
        if (subject != null
                && predicate != null
                && !multilateral(fact)
                && !dependsOnSubject(predicate)
                // another country only for a war or an invasion, and only a neighbour ("Laos invaded Cambodia in
                // December 1978"): memberships, relations and figures are shared by many countries outside the
                // documents, and a person swapped into a visit is something the sources cannot rule out
                && subject.type() == Entity.Type.COUNTRY
                && !plural(fact.subject())
                && fact.kind() == FactKind.CONFLICT
                && !coarse(event)
                && namesSomething(predicate)) {
            String actorId = fact.id() + ".true-false.3";
            Set<String> fitting = new HashSet<>();
            for (DatedFact other : facts) {
                if (other.subject() != null && samePredicate(other, fact)) {
                    Entity otherSubject = entity(other.subject());
                    fitting.add(otherSubject == null ? other.subject() : otherSubject.name());
                }
            }
            String probe = predicate + " " + date.phrase();
            List<Entity> others =
                    entityDistractors(subject, probe, fitting, date, actorId, candidatesLike(subject), fact.kind());
            others = others.stream()
                    .filter(e -> !mentionsEntity(fact.source().sentence(), e))
                    .filter(e -> !fact.who().contains(e.name()))
                    // "toppled the Pol Pot regime in Phnom Penh" is Cambodia's own capital: no invader of itself
                    .filter(e -> !Regions.capitalNamed(e.name(), fact.source().sentence()))
                    .filter(e -> Regions.distance(e.name(), subject.name()) == Regions.SAME_REGION
                            && roles().getOrDefault(e.name(), Set.of()).contains(FactKind.CONFLICT))
                    .toList();
            if (!others.isEmpty()) {
                Entity other = others.get(0);
                String statement = dated(date, English.nounPhrase(other.name(), other.type()) + " " + predicate);
                result.add(trueFalseQuestion(
                        actorId,
                        statement,
                        false,
                        fact,
                        "False. It was " + English.nounPhrase(subject.name(), subject.type()) + ", not "
                                + English.nounPhrase(other.name(), other.type()) + ". " + evidence(event)));
            }
        }
        return result;
    }

    private static final Set<String> SUBORDINATORS = Set.of(
            "When",
            "After",
            "Following",
            "Before",
            "During",
            "While",
            "Although",
            "If",
            "Since",
            "As",
            "In",
            "On",
            "By",
            "Until",
            "Once",
            "Because");

    /**
     * True for declarations, conventions and protocols, which many states sign: another country as the signatory is
     * often true in the world even when the documents do not say so.
     */
    private boolean multilateral(DatedFact fact) {
        Entity agreement = fact.agreement() == null ? null : entities.get(fact.agreement());
        String category = agreement == null || agreement.category() == null
                ? ""
                : agreement.category().toLowerCase(Locale.ROOT);
        return category.equals("declaration") || category.equals("convention") || category.equals("protocol");
    }

    /** True if a predicate names something specific (a proper name or a number), so it cannot fit just anyone. */
    private static boolean namesSomething(String predicate) {
        String[] words = predicate.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("^[\"“(]+", "");
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** "In July 1995, Vietnam joined ASEAN.": the date first, so it cannot attach to a clause inside the event. */
    private String dated(FactDate date, String clause) {
        return English.capitalize(date.phrase()) + ", " + quality.midSentence(tidy(clause)) + ".";
    }

    /**
     * The event clause as a statement reads it: a name that takes "the" gets it ("Khmer Rouge had ..." becomes
     * "the Khmer Rouge ..."), and a pluperfect that only meant "before the sentence's other event" becomes the simple
     * past ("had established" becomes "established"), since the statement gives the date itself.
     */
    private String tidy(String clause) {
        String result = clause;
        Entity lead = null;
        for (Entity entity : entities.values()) {
            if (result.startsWith(entity.name() + " ")
                    && (lead == null || entity.name().length() > lead.name().length())) {
                lead = entity;
            }
        }
        if (lead != null && English.nounPhrase(lead.name(), lead.type()).startsWith("the ")) {
            result = "The " + result;
        }
        // "signed Vietnam – Japan Economic Partnership Agreement": an agreement or organization after a verb or
        // preposition takes its article
        for (Entity entity : entities.values()) {
            if ((entity.type() == Entity.Type.AGREEMENT || entity.type() == Entity.Type.ORGANIZATION)
                    && English.nounPhrase(entity.name(), entity.type()).startsWith("the ")) {
                int at = indexOfWord(result, entity.name());
                if (at > 1) {
                    String before = result.substring(0, at).trim();
                    String previous = before.substring(before.lastIndexOf(' ') + 1);
                    if (!previous.isEmpty()
                            && (AFTER_NOUN_PHRASE.contains(previous) || English.isPastTense(previous))) {
                        result = result.substring(0, at) + "the " + result.substring(at);
                    }
                }
            }
        }
        String[] words = result.split("\\s+");
        int verb = FactQuality.mainVerb(words);
        if (verb > 0 && words[verb].equals("had") && verb + 1 < words.length && words[verb + 1].endsWith("ed")) {
            List<String> list = new ArrayList<>(List.of(words));
            list.remove(verb);
            result = String.join(" ", list);
        }
        return result;
    }

    /** The event clause must read "Subject verbed ...", or statements built from it may be ungrammatical. */
    private boolean startsWithSubjectAndVerb(DatedFact fact) {
        String event = English.clause(fact.event());
        if (fact.subject() != null) {
            Entity subject = entity(fact.subject());
            if (subject != null && pastPredicate(fact, subject) != null) {
                return true;
            }
            String s = fact.subject();
            if (event.startsWith(s + " ")) {
                return English.startsWithPastVerb(event.substring(s.length() + 1));
            }
        }
        // otherwise: a capitalized subject of up to ten words, then a finite past verb ("... was formed")
        String[] words = event.split("\\s+");
        if (words.length < 2 || !Character.isUpperCase(words[0].charAt(0)) || SUBORDINATORS.contains(words[0])) {
            return false;
        }
        for (int i = 1; i < Math.min(words.length, 11); i++) {
            String word = words[i];
            if (word.equals("to") || word.endsWith(",")) {
                return false; // an infinitive or a fronted phrase: not a plain clause
            }
            if (English.isPastTense(word) && !word.contains("-")) {
                return true;
            }
        }
        return false;
    }

    private Question trueFalseQuestion(String id, String statement, boolean truth, DatedFact fact, String explanation) {
        return new Question(
                id,
                QuestionKind.TRUE_FALSE,
                "True or false? " + statement,
                truth ? Question.TRUE : Question.FALSE,
                List.of(),
                List.of(Question.TRUE, Question.FALSE),
                List.of(),
                statement,
                null,
                List.of(fact.id()),
                explanation,
                tags(fact));
    }

    // ---- cloze

    /** "Vietnam joined APEC in _____." with the date as the answer. */
    private Question clozeDate(Event event) {
        DatedFact fact = event.representative;
        FactDate date = event.date();
        String clause = English.capitalize(English.clause(fact.event()));
        if (event.disputed
                || repeated(event)
                || snapshot(fact)
                || date.precision() == FactDate.Precision.CENTURY // "the 21st century" is no answer one types alike
                || date.precision() == FactDate.Precision.DECADE && quality.timing(fact) == FactQuality.Timing.POINT
                || date.precision() == FactDate.Precision.RANGE
                || English.containsYear(clause)
                || !startsWithSubjectAndVerb(fact)) {
            return null;
        }
        // a year is a right answer to "In _____, ..." whatever the card knows: the blank says what it asks for
        String precision = switch (date.precision()) {
            case DAY -> " (day, month and year)";
            case MONTH -> " (month and year)";
            case YEAR -> " (year)";
            case DECADE -> " (decade)";
            default -> "";
        };
        String front = English.capitalize(date.preposition()) + " " + Question.BLANK + precision + ", "
                + quality.midSentence(tidy(clause)) + ".";
        return new Question(
                fact.id() + ".cloze.1",
                QuestionKind.CLOZE,
                front,
                date.display(),
                date.acceptVariants(),
                List.of(),
                List.of(),
                null,
                back(date.display(), event),
                List.of(fact.id()),
                "Answer: " + date.display() + ". " + evidence(event),
                tags(fact));
    }

    /**
     * A goal set for a round year (2030) is weighed against other round years, five apart: 2027, 2028 and 2029 beside
     * it would give it away.
     */
    private static List<FactDate> roundYears(FactDate date, List<FactDate> forbidden) {
        List<FactDate> result = new ArrayList<>();
        for (int step : new int[] {-5, 5, 10, -10, 15}) {
            int year = date.firstYear() + step;
            FactDate option = FactDate.ofYears(FactDate.Precision.YEAR, year, year);
            if (result.size() < 3 && forbidden.stream().noneMatch(f -> f.overlaps(option))) {
                result.add(option);
            }
        }
        return result;
    }

    private static final Pattern BY_YEAR = Pattern.compile("\\b(by|until)\\b[^,;]{0,80}?\\b(\\d{4})\\b");

    /**
     * "The average tariff rate applied for Vietnamese goods exported to Japan will be reduced to 2.8 percent by
     * _____.": a goal or commitment set for a year, phrased as the goal it is. Only a deadline ("by 2018") is asked;
     * "planned in 2020" or "a plan until 2035" do not say what is due when.
     */
    private List<Question> deadline(DatedFact plan) {
        FactDate date = dates.get(plan.id());
        String clause = English.capitalize(English.clause(plan.event()));
        Matcher by = BY_YEAR.matcher(plan.source().sentence());
        String preposition = null;
        while (by.find()) {
            if (Integer.parseInt(by.group(2)) == date.firstYear()) {
                preposition = by.group(1);
            }
        }
        // "a diplomatic strategic plan until 2035": a plan's horizon is its year too
        boolean deadline = "by".equals(preposition)
                || "until".equals(preposition) && English.clause(plan.event()).endsWith(" plan");
        if (!deadline || English.containsYear(clause) || !quality.usable(plan) || deictic(plan)) {
            return List.of();
        }
        String answer = date.display();
        String source = quote(plan.source().sentence()) + " (" + citation(plan) + ")";
        String explanation = "Answer: " + answer + ", a goal set for that year, not an event. Source: " + source + ".";
        List<Question> result = new ArrayList<>();
        // "... set the goal to build an industrial country by which year?": the options are years the bank gives
        // no other goal of the same plan
        String whenId = plan.id() + ".when";
        // "a plan until 2035" is a horizon: asked as a cloze that says so; its year is no pick among near years
        boolean horizon = "until".equals(preposition);
        List<FactDate> forbidden = new ArrayList<>();
        plans.stream()
                .filter(p -> p.source().sentence().equals(plan.source().sentence()))
                .forEach(p -> forbidden.add(dates.get(p.id())));
        List<FactDate> distractors =
                date.firstYear() % 5 == 0 ? roundYears(date, forbidden) : dateDistractors(date, forbidden, whenId, 3);
        if (distractors.size() == 3 && !horizon) {
            List<FactDate> all = new ArrayList<>(distractors);
            all.add(date);
            all.sort(Comparator.naturalOrder());
            result.add(new Question(
                    whenId,
                    QuestionKind.WHEN,
                    tidy(clause) + " " + preposition + " which year?",
                    answer,
                    date.acceptVariants(),
                    all.stream().map(FactDate::display).toList(),
                    List.of(),
                    null,
                    null,
                    List.of(plan.id()),
                    explanation,
                    tags(plan)));
        }
        if (!horizon) {
            result.addAll(goalStatements(plan, tidy(clause), preposition, source));
        }
        // "by _____" is filled by "the Party's centenary" too: the blank says it wants the year
        String front = tidy(clause) + (horizon ? " to run until " : " by ") + Question.BLANK + " (year).";
        result.add(new Question(
                plan.id() + ".cloze",
                QuestionKind.CLOZE,
                front,
                answer,
                date.acceptVariants(),
                List.of(),
                List.of(),
                null,
                answer + ". " + source,
                List.of(plan.id()),
                explanation,
                tags(plan)));
        return result;
    }

    /**
     * "True or false? The 13th Congress set the goal of building a socialist modern developed country by 2045.", and,
     * where the same sentence sets another goal for an earlier year, the statement with that year, which is false: the
     * goal is set for later. A later year is never used: what is reached by 2030 is reached by 2045 too.
     */
    private List<Question> goalStatements(DatedFact plan, String clause, String preposition, String source) {
        FactDate date = dates.get(plan.id());
        List<Question> result = new ArrayList<>();
        String trueStatement = clause + " " + preposition + " " + date.display() + ".";
        result.add(trueFalseQuestion(
                plan.id() + ".true-false.1",
                trueStatement,
                true,
                plan,
                "True: a goal set for " + date.display() + ", not an event. Source: " + source + "."));
        plans.stream()
                .filter(p ->
                        p != plan && p.source().sentence().equals(plan.source().sentence()))
                .map(p -> dates.get(p.id()))
                .filter(other ->
                        other != null && other.precision() == date.precision() && other.lastYear() < date.firstYear())
                .max(Comparator.naturalOrder())
                .ifPresent(earlier -> result.add(trueFalseQuestion(
                        plan.id() + ".true-false.2",
                        clause + " " + preposition + " " + earlier.display() + ".",
                        false,
                        plan,
                        "False: that goal is set for " + date.display() + "; " + earlier.display()
                                + " is the year of another goal in the same sentence. Source: " + source + ".")));
        return result;
    }

    /** "In July 1995, Vietnam joined _____." with the agreement, organization or other party as the answer. */
    private Question clozeName(Event event) {
        DatedFact fact = event.representative;
        String clause = English.clause(fact.event());
        if (English.containsYear(clause)
                || !startsWithSubjectAndVerb(fact)
                || rotates(fact)
                        && Objects.toString(fact.object(), "").contains("summit")
                        && !theOnlySummitHosted(fact, event.date())) {
            // the chair of ASEAN hosts the East Asia Summit too: "hosted the summits of _____" has more answers
            return null;
        }
        List<Entity> targets = new ArrayList<>();
        if (fact.agreement() != null) {
            targets.add(entities.get(fact.agreement()));
        }
        if (fact.organization() != null) {
            targets.add(entities.get(fact.organization()));
        }
        for (String name : fact.who()) {
            Entity party = entities.get(name);
            if (party != null && !party.name().equals(focus)) {
                targets.add(party);
            }
        }
        for (Entity target : targets) {
            if (target == null
                    || !alsoDoing(event, target).isEmpty()
                    || !mentionsEntity(fact.source().sentence(), target)) {
                continue; // the back quotes the sentence: it must show the name it asks for
            }
            String blanked = blank(tidy(clause), target);
            FactDate.Precision precision = event.date().precision();
            if (blanked == null
                    || (target.type() == Entity.Type.PERSON && !nationalTitleBefore(blanked))
                    || (target.type() == Entity.Type.COUNTRY
                            && RELATIONS_WITH_BLANK.matcher(blanked).find())
                    || TITLE_OF_BLANK.matcher(blanked).find()
                    || INSIDE_A_NAME.matcher(blanked).find()
                    // "In 1975, _____ set up its embassy in Hanoi": many states opened missions in Hanoi then
                    || (target.type() == Entity.Type.COUNTRY
                            && MISSION.matcher(clause).find())
                    || (fact.kind() == FactKind.VISIT
                            && target.type() != Entity.Type.PERSON
                            && (precision == FactDate.Precision.MONTH
                                    || precision == FactDate.Precision.YEAR
                                    || precision == FactDate.Precision.DECADE
                                    || precision == FactDate.Precision.CENTURY))) {
                // "Foreign Minister _____ visited Indonesia" fits every minister who did ("Indian Foreign Minister
                // _____" does not); "In 1973, Vietnam established relations with _____" fits every state that did so
                // that year, in the documents or not; "the Emperor of _____" gives the answer away; a visit dated
                // to a month has every country visited that month as an answer (Dung went to Nanning as well as to
                // Japan in October 2006)
                continue;
            }
            FactDate date = event.date();
            String front = English.capitalize(date.phrase()) + ", " + quality.midSentence(blanked) + ".";
            List<String> accept = acceptedNames(target);
            // the blank took the article with the name: the answer gives it back, so the filled card reads well
            String spoken = English.nounPhrase(target.name(), target.type());
            String before = blanked.substring(0, blanked.indexOf(Question.BLANK));
            String answer =
                    spoken.startsWith("the ") && !DETERMINED.matcher(before).find() ? spoken : target.name();
            if (!answer.equals(target.name()) && !accept.contains(target.name())) {
                accept.add(0, target.name());
            }
            return new Question(
                    fact.id() + ".cloze.2",
                    QuestionKind.CLOZE,
                    front,
                    answer,
                    accept,
                    List.of(),
                    List.of(),
                    null,
                    back(answer, event),
                    List.of(fact.id()),
                    "Answer: " + answer + ". " + evidence(event),
                    tags(fact));
        }
        return null;
    }

    private static final String NUMBER_WORDS =
            "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred";
    private static final String ORDINAL_WORDS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth";

    /**
     * A count, an amount or an ordinal on its own ("two regiments", "$1.6 billion", "the 31st Southeast Asian Games",
     * "the Eleventh Congress"); not one joined to a word ("three-week"), which reads badly with a blank.
     */
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w$.,-])(\\$?\\d[\\d,]*(?:\\.\\d+)?"
            + "(?: (?:million|billion|trillion))?|\\d+(?:st|nd|rd|th)|(?:" + NUMBER_WORDS + "|" + ORDINAL_WORDS
            + "))(?![\\w,.-]\\w|-)");

    /**
     * "In 1970, Vo Chi Cong ordered _____ Vietnamese regiments into Kampuchea.": the one number of the clause blanked,
     * the third card of a fact. Not asked when the clause has several numbers (which one?), nor when another fact
     * carries the same number with the same word after it ("the 13th National Congress" of five facts: one card would
     * stand for all).
     */
    private static final Pattern ORDINAL_VALUE = Pattern.compile("(?i)\\d+(?:st|nd|rd|th)|" + ORDINAL_WORDS);

    private Question clozeNumber(Event event) {
        DatedFact fact = event.representative;
        String clause = tidy(English.clause(fact.event()));
        if (English.containsYear(clause) || !startsWithSubjectAndVerb(fact)) {
            return null;
        }
        Matcher number = NUMBER.matcher(clause);
        if (!number.find()) {
            return null;
        }
        String value = number.group(1);
        int start = number.start(1);
        int end = number.end(1);
        if (number.find()
                || !fact.source().sentence().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))) {
            return null; // two numbers, or one the sentence writes otherwise: the back must show what is asked
        }
        String after = clause.substring(end).trim().split("\\s+")[0];
        if (COUNTED_PARTIES.matcher(after).matches() && partiesNamed(clause) >= countOf(value)) {
            return null; // "the first _____ countries to recognize" after the two it names: the stem counts them
        }
        String named = (value + " " + after).toLowerCase(Locale.ROOT);
        for (DatedFact other : facts) {
            if (eventOf.get(other.id()) != event
                    && English.clause(other.event()).toLowerCase(Locale.ROOT).contains(named)) {
                return null;
            }
        }
        // "the _____ meeting" is filled by a place as well ("the Hanoi meeting"): the blank says it wants an ordinal
        boolean ordinal = ORDINAL_VALUE.matcher(value).matches();
        String blanked =
                clause.substring(0, start) + Question.BLANK + (ordinal ? " (ordinal)" : "") + clause.substring(end);
        String front = English.capitalize(event.date().phrase()) + ", " + quality.midSentence(blanked) + ".";
        return new Question(
                fact.id() + ".cloze.3",
                QuestionKind.CLOZE,
                front,
                value,
                numberVariants(value),
                List.of(),
                List.of(),
                null,
                back(value, event),
                List.of(fact.id()),
                "Answer: " + value + ". " + evidence(event),
                tags(fact));
    }

    /** How many states and organizations the text names. */
    private long partiesNamed(String text) {
        return entities.values().stream()
                .filter(e -> e.type() == Entity.Type.COUNTRY || e.type() == Entity.Type.ORGANIZATION)
                .filter(e -> mentionsEntity(text, e))
                .count();
    }

    /** The number a count stands for ("two", "189"); 0 for an amount or an ordinal. */
    private static int countOf(String value) {
        List<String> variants = value.matches("\\d+") ? List.of(value) : numberVariants(value);
        return variants.isEmpty() || !variants.get(0).matches("\\d+") ? 0 : Integer.parseInt(variants.get(0));
    }

    private static final Pattern COUNTED_PARTIES =
            Pattern.compile("(?i)countries|nations|states|parties|governments|sides");

    /** "two" and "2", "Eleventh" and "11th", "$16.74 billion" and "16.74 billion": what a student may type. */
    static List<String> numberVariants(String value) {
        List<String> words = List.of(NUMBER_WORDS.split("\\|"));
        List<String> ordinals = List.of(ORDINAL_WORDS.split("\\|"));
        int[] numbers = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50, 100};
        String lower = value.toLowerCase(Locale.ROOT);
        List<String> variants = new ArrayList<>();
        if (words.contains(lower)) {
            variants.add(Integer.toString(numbers[words.indexOf(lower)]));
        } else if (ordinals.contains(lower)) {
            variants.add(FactDate.ordinal(ordinals.indexOf(lower) + 2));
        } else if (lower.matches("\\d+(st|nd|rd|th)")) {
            int n = Integer.parseInt(lower.replaceAll("\\D", ""));
            if (n >= 2 && n <= ordinals.size() + 1) {
                variants.add(ordinals.get(n - 2));
            }
        } else if (lower.matches("\\d+")) {
            int n = Integer.parseInt(lower);
            for (int i = 0; i < numbers.length; i++) {
                if (numbers[i] == n) {
                    variants.add(words.get(i));
                }
            }
        } else if (lower.startsWith("$")) {
            variants.add(value.substring(1));
        }
        return variants;
    }

    /** "the 13th National Congress of the _____": the body's own name gives its party away. */
    private static final Pattern INSIDE_A_NAME =
            Pattern.compile("\\b(?:Congress|Committee|Conference|Secretariat|Politburo|Assembly|Council) of (?:the )?"
                    + Pattern.quote(Question.BLANK));

    private static final Pattern TITLE_OF_BLANK =
            Pattern.compile("\\b(?:Emperor|Empress|King|Queen|Prince|President|Prime Minister|Premier|Chancellor) of "
                    + Pattern.quote(Question.BLANK));

    /** "the inaugural _____", "the 31st _____", "Cambodia's _____": the name already has its determiner. */
    private static final Pattern DETERMINED =
            Pattern.compile("(?i)(?:\\bthe(?: [\\w-]+)?|['’]s|\\b(?:a|an|its|their|his|her)) $");

    private static final Pattern RELATIONS_WITH_BLANK =
            Pattern.compile("\\b(?:relations|ties|relationship|relationships) with " + Pattern.quote(Question.BLANK));

    /** True if the blank follows a title that says whose it is: "Indian Foreign Minister _____". */
    private boolean nationalTitleBefore(String blanked) {
        return nationalityBefore(blanked.substring(0, blanked.indexOf(Question.BLANK)), 4) != null;
    }

    /**
     * The clause with the entity's single mention (and its article) replaced by the blank, or null when the entity
     * is not mentioned exactly once in a form that blanks cleanly.
     */
    private static String blank(String clause, Entity target) {
        List<String> forms = new ArrayList<>();
        forms.add(target.name());
        forms.addAll(target.aliases());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : forms) {
            int at = indexOfWord(clause, form);
            if (at < 0) {
                continue;
            }
            int start = at;
            int end = at + form.length();
            // "the World Trade Organization (WTO)": take the article and a following acronym into the blank, but not
            // an article the name shares with what follows ("the Politburo and Secretariat")
            boolean shared = clause.startsWith(" and ", end)
                    && end + 5 < clause.length()
                    && Character.isUpperCase(clause.charAt(end + 5));
            if (!shared && start >= 4 && clause.regionMatches(true, start - 4, "the ", 0, 4)) {
                start -= 4;
            } else if (target.type() == Entity.Type.AGREEMENT && start > 0) {
                return null; // "agreed to Strategic Partnership with Russia" lost its article: the filled card misreads
            }
            for (String alias : target.aliases()) {
                String bracket = " (" + alias + ")";
                if (clause.startsWith(bracket, end)) {
                    end += bracket.length();
                    break;
                }
            }
            if (!standsAlone(clause, start, end)) {
                return null; // "the ASEAN summit": blanking a modifier reads badly and "an _____" gives hints
            }
            String blanked = clause.substring(0, start) + Question.BLANK + clause.substring(end);
            String rest = clause.substring(0, start) + clause.substring(end);
            boolean mentionedAgain = English.mentions(rest, target.name())
                    || target.aliases().stream().anyMatch(a -> English.mentions(rest, a));
            if (mentionedAgain) {
                return null; // a second mention gives the answer away
            }
            return blanked;
        }
        return null;
    }

    private static final Set<String> AFTER_NOUN_PHRASE = Set.of(
            "in", "on", "at", "to", "for", "with", "and", "or", "as", "from", "by", "after", "before", "during",
            "under", "over", "into", "that", "which", "who", "since", "of", "against", "about", "while", "when");

    /** True if text[start, end) is a whole noun phrase: not after "a"/"an", and followed by an end or a function word. */
    private static boolean standsAlone(String clause, int start, int end) {
        String before = clause.substring(0, start).trim().toLowerCase(Locale.ROOT);
        if (before.endsWith(" a") || before.endsWith(" an") || before.equals("a") || before.equals("an")) {
            return false;
        }
        String after = clause.substring(end).trim();
        if (after.isEmpty() || ",;:.)".indexOf(after.charAt(0)) >= 0) {
            return true;
        }
        String next = after.split("[\\s,;:.)]+")[0].toLowerCase(Locale.ROOT);
        return AFTER_NOUN_PHRASE.contains(next) || English.isPastTense(next);
    }

    private static int indexOfWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    private String back(String answer, Event event) {
        DatedFact fact = event.representative;
        return answer + ". " + quote(fact.source().sentence()) + " (" + citation(fact) + ")";
    }

    // ---- order

    /**
     * Chronology puzzles of 3 to 5 events: per country or organization, and over the whole bank. Only undisputed,
     * single dates that fall in different years are used, so the order is decidable at every precision.
     */
    private List<Question> orderQuestions() {
        List<Event> usable = new ArrayList<>();
        Map<Event, FactDate> at = new HashMap<>();
        for (Event whole : events) {
            // an item is a one-off event, read from the best fact that reads well; states are not events to order
            List<Event> views = views(whole);
            Event event = views.isEmpty() ? null : views.get(0);
            DatedFact fact = event == null ? null : event.representative;
            // a disputed event is placed by every date its sources give, so it is ordered only where they all agree
            FactDate date = event == null ? null : event.disputed ? sourcesSpan(event) : event.date();
            String clause = fact == null ? "" : English.clause(fact.event());
            if (event != null
                    && date != null
                    // a span of days (a visit "from 30 October to 2 November 2011") is a point to order by; a span
                    // of years is not, unless it is two sources' years for one step
                    && (date.precision() != FactDate.Precision.RANGE
                            || (date.firstYear() == date.lastYear() && !date.yearAligned())
                            || event.disputed)
                    && !English.containsYear(clause)
                    && clause.length() <= 160
                    && startsWithSubjectAndVerb(fact)
                    && !repeated(event)
                    && !recurringMeeting(fact)
                    && !AMOUNT.matcher(clause).find()
                    && !genericAgreement(fact)
                    && quality.timing(fact) == FactQuality.Timing.POINT) {
                usable.add(event);
                at.put(event, date);
            }
        }
        usable.sort(Comparator.comparing((Event e) -> at.get(e)).thenComparing(e -> e.representative.id()));
        Map<String, List<Event>> themes = new LinkedHashMap<>();
        themes.put("", usable);
        // the whole timeline once more, cut at other places, so that neighbours across a cut are ordered too
        themes.put(" ", usable.size() > 2 ? usable.subList(2, usable.size()) : List.of());
        // the missions a country opens abroad and receives, the steps a teacher lines up as "opening up"; early, so
        // that a set another theme also makes keeps this one's tag
        themes.put(
                "embassies",
                usable.stream()
                        .filter(e -> MISSION.matcher(e.representative.event()).find())
                        .toList());
        Map<String, List<Event>> byTag = new java.util.TreeMap<>();
        for (Event event : usable) {
            for (String slug : entitySlugs(event.representative)) {
                byTag.computeIfAbsent(slug, s -> new ArrayList<>()).add(event);
            }
        }
        themes.putAll(byTag);
        // the same kind of step taken at different times: memberships, agreements, visits, policies
        Map<String, List<Event>> byKind = new java.util.TreeMap<>();
        for (Event event : usable) {
            FactKind kind = event.representative.kind();
            if (kind != FactKind.OTHER) {
                byKind.computeIfAbsent(kind.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(event);
            }
        }
        themes.putAll(byKind);
        // within one decade: the finer order a student of the period is expected to know
        Map<String, List<Event>> byDecade = new java.util.TreeMap<>();
        for (Event event : usable) {
            if (event.date().precision() != FactDate.Precision.DECADE) {
                byDecade.computeIfAbsent(decade(event.date().firstYear()), k -> new ArrayList<>())
                        .add(event);
            }
        }
        themes.putAll(byDecade);
        // each document's own timeline, as a reader of that document learns it, cut twice like the whole one
        for (String document : documentsInOrder()) {
            List<Event> told = toldBy(usable, document);
            themes.put(" " + document, told);
            themes.put("  " + document, told.size() > 2 ? told.subList(2, told.size()) : List.of());
            // and one partner's story in it: Japan's relations with Vietnam as that document tells them
            Map<String, List<Event>> byPartner = partnerStories(told);
            byPartner.forEach((slug, partnerEvents) -> themes.put(" tag:" + slug + " " + document, partnerEvents));
            // and the document's story at a distance, the whole and each partner's: every second and every third of
            // its events, so that steps decades apart (the embassy of 1975, the visits of 2006 and 2011) meet in one
            // order as a reader sees them
            atADistance(" " + document, told, themes);
            byPartner.forEach(
                    (slug, partnerEvents) -> atADistance(" tag:" + slug + " " + document, partnerEvents, themes));
        }

        List<Question> result = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        Set<Set<String>> usedSets = new HashSet<>();
        for (Map.Entry<String, List<Event>> theme : themes.entrySet()) {
            for (List<Event> group : chronologicalGroups(theme.getValue(), at)) {
                Set<String> members = new HashSet<>();
                group.forEach(e -> members.add(e.representative.id()));
                if (!usedSets.add(members)) {
                    continue;
                }
                result.add(orderQuestion(group, at, theme.getKey(), usedIds));
            }
        }
        // a teacher's order picks any few of a document's steps, far apart or near, or of one partner's story in it;
        // the themes above hold only some of every three together, so further orders of three to five are chosen,
        // each holding the most triples no order holds yet, until a share of each story's triples is held
        Set<String> heldTriples = new HashSet<>();
        usedSets.forEach(set -> heldTriples.addAll(triples(set)));
        for (String document : documentsInOrder()) {
            List<Event> told = toldBy(usable, document);
            Map<String, List<Event>> stories = new LinkedHashMap<>();
            stories.put("", told);
            partnerStories(told).forEach((slug, story) -> stories.put(" tag:" + slug, story));
            for (Map.Entry<String, List<Event>> story : stories.entrySet()) {
                List<Event> steps = story.getValue();
                long all = (long) steps.size() * (steps.size() - 1) * (steps.size() - 2) / 6;
                while (all > 0 && held(steps, heldTriples) < TRIPLES_HELD * all) {
                    List<Event> best = mostNewTriples(steps, at, heldTriples);
                    if (best == null) {
                        break;
                    }
                    Set<String> members = new HashSet<>();
                    best.forEach(e -> members.add(e.representative.id()));
                    usedSets.add(members);
                    heldTriples.addAll(triples(members));
                    result.add(orderQuestion(best, at, story.getKey() + " " + document, usedIds));
                }
            }
        }
        return result;
    }

    private List<String> documentsInOrder() {
        return documentOrder.keySet().stream()
                .sorted(Comparator.comparing(documentOrder::get))
                .toList();
    }

    /** The steps a document tells, in date order: an event that two documents tell is in both. */
    private static List<Event> toldBy(List<Event> usable, String document) {
        return usable.stream()
                .filter(e ->
                        e.members.stream().anyMatch(f -> f.source().document().equals(document)))
                .toList();
    }

    /** Each partner's story among a document's steps, by the partner's slug. */
    private Map<String, List<Event>> partnerStories(List<Event> told) {
        Map<String, List<Event>> byPartner = new java.util.TreeMap<>();
        for (Event event : told) {
            for (String slug : entitySlugs(event.representative)) {
                byPartner.computeIfAbsent(slug, k -> new ArrayList<>()).add(event);
            }
        }
        return byPartner;
    }

    /** The share of a document's triples of steps that some order holds together, enough for most exam orders. */
    private static final double TRIPLES_HELD = 0.3;

    private static List<String> triples(Set<String> ids) {
        List<String> sorted = ids.stream().sorted().toList();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                for (int k = j + 1; k < sorted.size(); k++) {
                    result.add(sorted.get(i) + "|" + sorted.get(j) + "|" + sorted.get(k));
                }
            }
        }
        return result;
    }

    private static long held(List<Event> told, Set<String> heldTriples) {
        Set<String> ids = new HashSet<>();
        told.forEach(e -> ids.add(e.representative.id()));
        return triples(ids).stream().filter(heldTriples::contains).count();
    }

    /**
     * The three to five steps (sorted by date, each clearly before the next) that hold the most triples no order holds
     * yet, the first such in the steps' order; null when none adds one. A story with few distinct years has few chains
     * of five, so shorter ones count too.
     */
    private static List<Event> mostNewTriples(List<Event> sorted, Map<Event, FactDate> at, Set<String> heldTriples) {
        int n = sorted.size();
        boolean[][] before = new boolean[n][n];
        boolean[][][] held = new boolean[n][n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                before[i][j] = at.get(sorted.get(i)).clearlyBefore(at.get(sorted.get(j)));
                for (int k = j + 1; k < n; k++) {
                    held[i][j][k] = heldTriples.containsAll(triples(Set.of(
                            sorted.get(i).representative.id(),
                            sorted.get(j).representative.id(),
                            sorted.get(k).representative.id())));
                }
            }
        }
        int[][] best = {null};
        int[] bestNew = {0};
        extendChain(new int[5], 0, 0, before, held, best, bestNew);
        if (best[0] == null) {
            return null;
        }
        List<Event> chosen = new ArrayList<>();
        for (int i : best[0]) {
            chosen.add(sorted.get(i));
        }
        return chosen;
    }

    /** Walks every chain of up to five steps in date order, keeping the one of three or more with the most new triples. */
    private static void extendChain(
            int[] pick, int size, int fresh, boolean[][] before, boolean[][][] held, int[][] best, int[] bestNew) {
        if (size >= 3 && fresh > bestNew[0]) {
            bestNew[0] = fresh;
            best[0] = java.util.Arrays.copyOf(pick, size);
        }
        if (size == 5) {
            return;
        }
        int n = before.length;
        for (int next = size == 0 ? 0 : pick[size - 1] + 1; next < n; next++) {
            if (size > 0 && !before[pick[size - 1]][next]) {
                continue;
            }
            int added = 0;
            for (int a = 0; a < size; a++) {
                for (int b = a + 1; b < size; b++) {
                    added += held[pick[a]][pick[b]][next] ? 0 : 1;
                }
            }
            pick[size] = next;
            extendChain(pick, size + 1, fresh + added, before, held, best, bestNew);
        }
    }

    private static final Pattern MEETING_STEP =
            Pattern.compile("(?i)^(?:(?:officially )?(?:attend|visit|pay|meet|come|travel|tour|welcome|speak|talk)"
                    + "|be received|hold (?:a |an )?(?:summit|meeting|talks))\\b");

    /** "the US-ASEAN Special Summit held in Washington": a meeting called once, named with its place. */
    private static final Pattern ONE_OFF_MEETING =
            Pattern.compile("\\bSpecial (?:Summit|Meeting|Session)\\b.*\\bheld in [A-Z]");

    private static final Pattern SINGLING = Pattern.compile(
            "(?i)\\b(?:first|inaugural|\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b");

    /**
     * "Nong Duc Manh visited Japan", "Dung was received by the Emperor": leaders meet again and again (Manh went to
     * Japan in 2002 too), so as an item to order, without its date, such a step may be another of its kind; only one
     * the clause singles out ("the sixth meeting", "the first visit", "opening a new phase") is ordered.
     */
    private static boolean recurringMeeting(DatedFact fact) {
        return MEETING_STEP.matcher(Objects.toString(fact.action(), "").trim()).find()
                && !SINGLING.matcher(English.clause(fact.event())).find()
                && !ONE_OFF_MEETING.matcher(Objects.toString(fact.object(), "")).find()
                && !SINGLED_OUT.matcher(Objects.toString(fact.object(), "")).matches();
    }

    /**
     * "Japan provided $1.6 billion in development assistance", "trade reached $16.74 billion": a yearly figure is no
     * event to order; placing it is recalling the number.
     */
    private static final Pattern AMOUNT = Pattern.compile("\\$\\s?\\d|\\b(?:million|billion)\\b");

    /**
     * The span of every date a disputed event's sources give ("July 1995" and "1996" for joining ASEAN: 1995–1996), or
     * null where they lie more than a year apart or one gives a span of its own: an order that holds under every
     * source needs the step to sit in a short, known window.
     */
    private FactDate sourcesSpan(Event event) {
        List<FactDate> all = event.allDates();
        if (all.stream()
                .anyMatch(d -> d.precision() == FactDate.Precision.RANGE
                        || d.precision() == FactDate.Precision.DECADE
                        || d.precision() == FactDate.Precision.CENTURY)) {
            return null;
        }
        java.time.LocalDate first =
                all.stream().map(FactDate::first).min(Comparator.naturalOrder()).orElseThrow();
        java.time.LocalDate last =
                all.stream().map(FactDate::last).max(Comparator.naturalOrder()).orElseThrow();
        return last.getYear() - first.getYear() > 1 ? null : new FactDate(FactDate.Precision.RANGE, first, last);
    }

    /** "11 January 2007", or for a disputed step every date its sources give: "July 1995, or 1996 in another source". */
    private String orderDateDisplay(Event event) {
        if (!event.disputed) {
            return event.date().display();
        }
        List<String> others = event.allDates().stream()
                .filter(d -> !compatible(d, event.date()))
                .map(FactDate::display)
                .distinct()
                .toList();
        return event.date().display() + ", or " + String.join(" or ", others)
                + (others.size() == 1 ? " in another source" : " in other sources") + ": the sources disagree";
    }

    /** Adds every second and every third event of a theme as themes of their own. */
    private static void atADistance(String theme, List<Event> events, Map<String, List<Event>> themes) {
        for (int stride = 2; stride <= 3; stride++) {
            for (int offset = 0; offset < stride && events.size() > 2 * stride + offset; offset++) {
                List<Event> every = new ArrayList<>();
                for (int i = offset; i < events.size(); i += stride) {
                    every.add(events.get(i));
                }
                themes.put(" every " + stride + "/" + offset + theme, every);
            }
        }
    }

    /** Splits events into chains whose years strictly increase, then cuts each chain into groups of 3 to 5. */
    private static List<List<Event>> chronologicalGroups(List<Event> sorted, Map<Event, FactDate> at) {
        List<List<Event>> groups = new ArrayList<>();
        List<Event> remaining = new ArrayList<>(sorted);
        while (remaining.size() >= 3) {
            List<Event> chain = new ArrayList<>();
            List<Event> left = new ArrayList<>();
            for (Event event : remaining) {
                if (chain.isEmpty() || at.get(chain.get(chain.size() - 1)).clearlyBefore(at.get(event))) {
                    chain.add(event);
                } else {
                    left.add(event);
                }
            }
            if (chain.size() < 3) {
                break;
            }
            groups.addAll(cut(chain));
            remaining = left;
        }
        return groups;
    }

    private static List<List<Event>> cut(List<Event> chain) {
        List<List<Event>> pieces = new ArrayList<>();
        int n = chain.size();
        int at = 0;
        while (n - at > 0) {
            int left = n - at;
            int size = left <= 5 ? left : (left == 6 ? 3 : 4);
            if (size < 3) {
                break;
            }
            pieces.add(chain.subList(at, at + size));
            at += size;
        }
        return pieces;
    }

    private Question orderQuestion(List<Event> group, Map<Event, FactDate> at, String theme, Set<String> usedIds) {
        List<String> items = new ArrayList<>();
        List<String> factIds = new ArrayList<>();
        StringBuilder explanation = new StringBuilder("Correct order: ");
        StringBuilder notes = new StringBuilder();
        Set<String> tags =
                new TreeSet<>(Comparator.comparing(QuestionGenerator::tagOrder).thenComparing(t -> t));
        for (int i = 0; i < group.size(); i++) {
            DatedFact fact = group.get(i).representative;
            String item = English.capitalize(tidy(English.clause(fact.event())));
            items.add(item);
            factIds.add(fact.id());
            explanation
                    .append(i + 1)
                    .append(". ")
                    .append(item)
                    .append(" (")
                    .append(orderDateDisplay(group.get(i)))
                    .append("; ")
                    .append(quote(fact.source().sentence()))
                    .append(", ")
                    .append(citation(fact))
                    .append(")");
            explanation.append(i + 1 < group.size() ? " " : "");
            tags.add(decade(at.get(group.get(i)).firstYear()));
            if (reported.containsKey(fact.id())) {
                notes.append(" Note on “").append(item).append("”: ").append(reported.get(fact.id()));
            }
        }
        // a step a reviewer doubts is ordered by the date its document gives, and the prompt says so
        explanation.append(notes);
        if (theme.startsWith(" tag:")) {
            tags.add(theme.substring(5, theme.indexOf(' ', 5))); // a partner's story in one document
        } else if (!theme.isBlank() && !theme.startsWith(" ")) {
            tags.add(theme); // themes keyed with a leading space (the timelines) are no topic
        }
        String base = group.get(0).representative.id() + ".order";
        String id = base;
        for (int n = 2; usedIds.contains(id); n++) {
            id = base + "." + n;
        }
        usedIds.add(id);
        return new Question(
                id,
                QuestionKind.ORDER,
                notes.isEmpty()
                        ? "Put these events in chronological order, earliest first."
                        : "Put these events in chronological order as the documents date them, earliest first.",
                String.join(Question.ORDER_SEPARATOR, items),
                List.of(),
                List.of(),
                items,
                null,
                null,
                factIds,
                explanation.toString(),
                List.copyOf(tags));
    }

    private static final Pattern MISSION =
            Pattern.compile("(?i)\\b(?:embass(?:y|ies)|liaison offices?|trade office)\\b");

    private static int tagOrder(String tag) {
        return tag.matches("\\d+s") ? 0 : 1;
    }

    // ---- explanations and tags

    /** The evidence sentence and its document, plus agreeing and disagreeing sources and how the date was read. */
    private String evidence(Event event) {
        DatedFact fact = event.representative;
        StringBuilder out = new StringBuilder();
        out.append("Source: ")
                .append(quote(fact.source().sentence()))
                .append(" (")
                .append(citation(fact))
                .append(").");
        if (fact.dateNote() != null && !fact.dateNote().isBlank()) {
            out.append(" Date read as: ")
                    .append(English.clause(fact.dateNote()))
                    .append('.');
        }
        Set<String> agreeing = new LinkedHashSet<>();
        Map<String, Set<String>> disagreeing = new LinkedHashMap<>();
        FactDate date = event.date();
        for (DatedFact member : event.members) {
            if (member == fact) {
                continue;
            }
            String title = document(member).citation();
            FactDate other = dates.get(member.id());
            if (other.overlaps(date)) {
                if (!title.equals(document(fact).citation())) {
                    agreeing.add(title);
                }
            } else {
                disagreeing.computeIfAbsent(title, t -> new LinkedHashSet<>()).add(other.display());
            }
        }
        if (!agreeing.isEmpty()) {
            out.append(" Also stated in ")
                    .append(English.joinAnd(List.copyOf(agreeing)))
                    .append('.');
        }
        if (!disagreeing.isEmpty()) {
            List<String> parts = new ArrayList<>();
            disagreeing.forEach((title, values) -> parts.add(title + " gives " + English.joinAnd(List.copyOf(values))));
            out.append(" Sources disagree on the date: ")
                    .append(String.join("; ", parts))
                    .append(", against ")
                    .append(date.display())
                    .append(" here.");
        }
        return out.toString();
    }

    private static String quote(String sentence) {
        return "“" + English.clause(sentence.trim()) + "”";
    }

    private String citation(DatedFact fact) {
        return document(fact).citation();
    }

    private BankInfo.Document document(DatedFact fact) {
        return info.document(fact.source().document())
                .orElse(new BankInfo.Document(
                        fact.source().document(), fact.source().document(), null, null, null));
    }

    /** Decade(s), fact kind, then slugs of the countries and organizations involved (the focus country left out). */
    private List<String> tags(DatedFact fact) {
        List<String> tags = new ArrayList<>();
        FactDate date = dates.get(fact.id());
        for (int decade = date.firstYear() / 10 * 10; decade <= date.lastYear() && tags.size() < 3; decade += 10) {
            tags.add(decade(decade));
        }
        tags.add(fact.kind().yamlName());
        tags.addAll(entitySlugs(fact));
        return BankFiles.distinct(tags);
    }

    private static String decade(int year) {
        return (year / 10 * 10) + "s";
    }

    private List<String> entitySlugs(DatedFact fact) {
        Set<String> slugs = new TreeSet<>();
        List<String> names = new ArrayList<>(fact.who());
        if (fact.organization() != null) {
            names.add(fact.organization());
        }
        for (String name : names) {
            Entity entity = entities.get(name);
            if (entity == null
                    || entity.name().equals(focus)
                    || (entity.type() != Entity.Type.COUNTRY && entity.type() != Entity.Type.ORGANIZATION)) {
                continue;
            }
            slugs.add(slugFor(entity));
        }
        return List.copyOf(slugs);
    }

    /** An organization's acronym makes the shorter slug ({@code asean}); otherwise the name ({@code china}). */
    private static String slugFor(Entity entity) {
        if (English.isAcronym(entity.name()) || entity.type() != Entity.Type.ORGANIZATION) {
            return English.slug(entity.name());
        }
        for (String alias : entity.aliases()) {
            if (English.isAcronym(alias) && alias.length() >= 3) {
                return English.slug(alias);
            }
        }
        return English.slug(entity.name());
    }

    // ---- names

    private Entity entity(String phrase) {
        if (phrase == null) {
            return null;
        }
        String bare = English.withoutArticle(phrase);
        for (String form : List.of(
                phrase,
                bare,
                bare.replaceFirst("\\s*\\([^)]*\\)$", ""),
                bare.replaceFirst("(?i)\\s+(agreement|treaty)$", ""),
                bare.replaceFirst("\\s+with\\s+.*$", ""),
                English.withoutArticle(bare.replaceFirst("\\s+with\\s+.*$", "")))) {
            Entity entity = entityByForm.get(key(form));
            if (entity != null) {
                return entity;
            }
        }
        // "Indian Foreign Minister Sushma Swaraj": a person after a title
        String withoutWith = bare.startsWith("with ") ? bare.substring(5) : bare;
        for (Entity person : entities.values()) {
            if (person.type() != Entity.Type.PERSON) {
                continue;
            }
            List<String> forms = new ArrayList<>(person.aliases());
            forms.add(0, person.name());
            for (String form : forms) {
                if (withoutWith.endsWith(" " + form)) {
                    String title = withoutWith
                            .substring(0, withoutWith.length() - form.length())
                            .trim();
                    if (List.of(title.split("\\s+")).stream()
                            .allMatch(w -> Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(w))) {
                        return person;
                    }
                }
            }
        }
        return null;
    }

    /** Lower-case words that may stand in a person's title ("Communist Party chief", "the visiting ..."). */
    private static final Set<String> TITLE_WORDS = Set.of("chief", "of", "and", "the", "visiting", "former", "then");

    /** An entity's canonical name when the phrase names one, else the normalized phrase. */
    private String canonical(String phrase) {
        Entity entity = entity(phrase);
        return entity != null ? entity.name() : key(English.withoutArticle(phrase));
    }

    private static String key(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String mostFrequentParty() {
        Map<String, Integer> counts = new HashMap<>();
        for (DatedFact fact : facts) {
            for (String name : fact.who()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse("");
    }

    private int latestYear() {
        int latest = 0;
        for (BankInfo.Document document : info.documents()) {
            if (document.date() != null) {
                latest = Math.max(
                        latest,
                        FactDate.parse(document.date()).map(FactDate::lastYear).orElse(0));
            }
        }
        for (FactDate date : dates.values()) {
            latest = Math.max(latest, date.lastYear());
        }
        return latest;
    }
}
