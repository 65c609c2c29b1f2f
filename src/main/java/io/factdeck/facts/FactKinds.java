package io.factdeck.facts;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which kind a fact is, from the words of its clause and sentence. */
final class FactKinds {

    private FactKinds() {}

    static final Pattern KIND_TREATY =
            Pattern.compile("\\b(?:treaty|signed|signatory|accord|agreements?|protocol|convention)\\b");

    static final Pattern KIND_MEMBERSHIP = Pattern.compile(
            "\\b(?:joined|member(?! (?:states|countries|nations))|admitted|accepted into|acceded|chairman"
                    + "|observer status)\\b");

    static final Pattern KIND_VISIT = Pattern.compile("\\b(?:visit|visited|visiting|came here|trip|delegation)\\b");

    static final Pattern KIND_PARTY =
            Pattern.compile("\\b(?:[Cc]ongress|Politburo|Central Committee|Political Report)\\b");

    static final Pattern KIND_RELATIONS = Pattern.compile("\\b(?:relations|relationship|ties|embassy|consulate"
            + "|liaison|recogni[sz]e|diplomatic|normali[sz]\\w*)\\b");

    static final Pattern KIND_POLICY =
            Pattern.compile("\\b(?:policy|policies|reform|doi moi|strategy|decision|platform)\\b");

    static final Pattern KIND_ECONOMY = Pattern.compile("\\b(?:trade|aid|assistance|investment|billion"
            + "|million|economic|economy|tariff|opium|traders|ports|exports?|silver|copper)\\b");

    static final Pattern KIND_CONFLICT = Pattern.compile("\\b(?:war|invaded|invasion|attack|attacks|incursion"
            + "|retaliate|killed|massacre|troops|occupied|confrontation|offensive|victory|victories|fought|armies"
            + "|forces|campaigns|military)\\b");

    static final Pattern KIND_RELATIONS_WEAK = Pattern.compile("\\b(?:partnership|tensions?|critical"
            + "|differences|greetings|goodwill|envoys?|suspicions|meeting|talks|met|view)\\b");

    static final Pattern KIND_POLICY_WEAK = Pattern.compile(
            "\\b(?:congress|politburo|strategic|central committee|conference|goals|statement|party)\\b");

    /**
     * What sort of fact the event is, from its words, in this order: treaty, membership, visit; then policy when
     * the sentence is about a Party Congress or the Politburo; then relations, policy, economy, conflict.
     */
    static FactKind kind(String event, String action, String agreement, String org, String sentence) {
        String e = (event + " " + (action == null ? "" : action)).toLowerCase(Locale.ROOT);
        if (agreement != null || KIND_TREATY.matcher(e).find()) {
            return FactKind.TREATY;
        }
        if (KIND_MEMBERSHIP.matcher(e).find()) {
            return FactKind.MEMBERSHIP;
        }
        if (KIND_VISIT.matcher(e).find()) {
            return FactKind.VISIT;
        }
        if (sentence != null && KIND_PARTY.matcher(sentence).find()) {
            return FactKind.POLICY;
        }
        if (KIND_RELATIONS.matcher(e).find()) {
            return FactKind.RELATIONS;
        }
        if (KIND_POLICY.matcher(e).find()) {
            return FactKind.POLICY;
        }
        if (KIND_ECONOMY.matcher(e).find()) {
            return FactKind.ECONOMY;
        }
        if (KIND_CONFLICT.matcher(e).find()) {
            return FactKind.CONFLICT;
        }
        if (KIND_RELATIONS_WEAK.matcher(e).find()) {
            return FactKind.RELATIONS;
        }
        if (KIND_POLICY_WEAK.matcher(e).find()) {
            return FactKind.POLICY;
        }
        return FactKind.OTHER;
    }
}
