package io.factdeck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactBankBuilderTest {

    private static final List<FactBankBuilder.Input> DOCS = List.of(
            new FactBankBuilder.Input("siam-relations.txt", Fixtures.text("siam-relations.txt")),
            new FactBankBuilder.Input("laos-relations.txt", Fixtures.text("laos-relations.txt")));

    private static FactBank bank(Overrides overrides) {
        return FactBankBuilder.build("test-bank", "Test", null, DOCS, overrides).bank();
    }

    private static DatedFact fact(FactBank bank, String document, String date, String eventStart) {
        return bank.facts().stream()
                .filter(f -> f.source().document().equals(document)
                        && f.date().equals(date)
                        && f.event().startsWith(eventStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + document + " " + date + " " + eventStart));
    }

    @Test
    void linksTheSameEventDatedDifferentlyAsConflictsBothWays() {
        FactBank bank = bank(Overrides.NONE);
        DatedFact wto1995 = fact(bank, "siam-relations.txt", "1995-01-01", "Thailand joined the World Trade");
        DatedFact wto1994 = fact(bank, "laos-relations.txt", "1994", "Thailand joined the World Trade");
        assertEquals(List.of(wto1994.id()), wto1995.conflicts());
        assertEquals(List.of(wto1995.id()), wto1994.conflicts());
        DatedFact war60 = fact(bank, "siam-relations.txt", "1960/1975", "The Second Indochina War");
        DatedFact war59 = fact(bank, "laos-relations.txt", "1959/1975", "The Second Indochina War");
        assertEquals(List.of(war59.id()), war60.conflicts());
        assertEquals(List.of(war60.id()), war59.conflicts());
    }

    @Test
    void linksTheSameFactStatedTwiceAsSameAsBothWays() {
        FactBank bank = bank(Overrides.NONE);
        DatedFact a = fact(bank, "siam-relations.txt", "1996", "Thailand concluded the Border Demarcation");
        DatedFact b = fact(bank, "laos-relations.txt", "1996", "Laos signed a Border Demarcation");
        assertEquals(List.of(b.id()), a.sameAs());
        assertEquals(List.of(a.id()), b.sameAs());
        assertTrue(a.conflicts().isEmpty());
    }

    @Test
    void neverLinksRepeatedEventsOrTwoDatesOfOneSentence() {
        FactBank bank = bank(Overrides.NONE);
        DatedFact apec = fact(bank, "siam-relations.txt", "2003-10", "Thailand hosted the APEC summit");
        DatedFact asean = fact(bank, "siam-relations.txt", "2003-11", "Thailand hosted the ASEAN summit");
        assertTrue(apec.sameAs().isEmpty() && apec.conflicts().isEmpty());
        assertTrue(asean.sameAs().isEmpty() && asean.conflicts().isEmpty());
    }

    @Test
    void givesEveryFactAStableUniqueIdWithItsYear() {
        FactBank bank = bank(Overrides.NONE);
        Set<String> ids = new HashSet<>();
        for (DatedFact f : bank.facts()) {
            assertTrue(ids.add(f.id()), f.id());
            assertTrue(f.id().matches("[a-z0-9-]+-(?:\\d{4}|\\d{3}0s|\\d{2}xx)(?:-\\d+)?"), f.id());
        }
        for (DatedFact f : bank.plans()) {
            assertTrue(ids.add(f.id()), f.id());
            assertTrue(f.id().matches("[a-z0-9-]+-plan-\\d{4}(?:-\\d+)?"), f.id());
        }
        assertEquals(bank(Overrides.NONE), bank);
    }

    @Test
    void keepsPlansApartFromHistory() {
        FactBank bank = bank(Overrides.NONE);
        assertTrue(bank.facts().stream().allMatch(f -> f.modality() == Modality.EVENT));
        assertEquals(
                Set.of(Modality.HOPE, Modality.PLAN, Modality.FORECAST, Modality.TARGET),
                new HashSet<>(bank.plans().stream().map(DatedFact::modality).toList()));
    }

    @Test
    void listsEveryNameUsedAsAnEntity() {
        FactBank bank = bank(Overrides.NONE);
        Set<String> names = new HashSet<>();
        bank.entities().forEach(e -> names.add(e.name()));
        for (DatedFact f : bank.facts()) {
            assertTrue(names.containsAll(f.who()), f.who().toString());
            assertTrue(f.agreement() == null || names.contains(f.agreement()), f.agreement());
            assertTrue(f.organization() == null || names.contains(f.organization()), f.organization());
        }
        Entity asean = bank.entities().stream()
                .filter(e -> e.name().equals("Association of Southeast Asian Nations"))
                .findFirst()
                .orElseThrow();
        assertEquals(Entity.Type.ORGANIZATION, asean.type());
        assertEquals(List.of("ASEAN"), asean.aliases());
        Entity shipping = bank.entities().stream()
                .filter(e -> e.name().equals("Shipping Agreement"))
                .findFirst()
                .orElseThrow();
        assertEquals("agreement", shipping.category());
        Entity chuan = bank.entities().stream()
                .filter(e -> e.name().equals("Chuan Leekpai"))
                .findFirst()
                .orElseThrow();
        assertEquals("Prime Minister", chuan.title());
    }

    @Test
    void appliesReviewedOverrides() {
        FactBank plain = bank(Overrides.NONE);
        DatedFact envoys = fact(plain, "siam-relations.txt", "1686", "The court at Ayutthaya");
        DatedFact camps = fact(plain, "siam-relations.txt", "1982/1983", "Refugee camps");
        Overrides overrides = new Overrides(
                List.of(
                        new Overrides.FactOverride(
                                envoys.id(),
                                null,
                                null,
                                null,
                                false,
                                Map.of("event", "Ayutthaya sent an embassy to France", "kind", "visit"),
                                "wording"),
                        new Overrides.FactOverride(
                                null,
                                "siam-relations.txt",
                                "refugee camps",
                                "1982/1983",
                                true,
                                null,
                                "not about foreign relations"),
                        new Overrides.FactOverride("no-such-fact-1900", null, null, null, true, null, "stale")),
                List.of(Map.of(
                        "id", "siam-embassy-france-1686",
                        "date", "1686",
                        "event", "Siam sent an embassy to Louis XIV",
                        "kind", "visit",
                        "source", Map.of("document", "siam-relations.txt", "sentence", "added by hand"))),
                Map.of("laos-relations.txt", Map.of("title", "Laos and its neighbours (fixture)")));
        FactBankBuilder.Result result = FactBankBuilder.build("test-bank", "Test", null, DOCS, overrides);
        FactBank bank = result.bank();
        DatedFact fixed = bank.facts().stream()
                .filter(f -> f.id().equals(envoys.id()))
                .findFirst()
                .orElseThrow();
        assertEquals("Ayutthaya sent an embassy to France", fixed.event());
        assertEquals(FactKind.VISIT, fixed.kind());
        assertFalse(bank.facts().stream().anyMatch(f -> f.id().equals(camps.id())));
        assertNotNull(bank.facts().stream()
                .filter(f -> f.id().equals("siam-embassy-france-1686"))
                .findFirst()
                .orElse(null));
        assertEquals(
                "Laos and its neighbours (fixture)", bank.documents().get(0).title());
        assertEquals(List.of("override matched no fact: no-such-fact-1900"), result.warnings());
        assertEquals(plain.facts().size(), bank.facts().size());
    }

    @Test
    void readsDatesAsIntervalsForLinking() {
        assertTrue(FactBankBuilder.compatible("1995", "1995-07"));
        assertTrue(FactBankBuilder.compatible("1999-12", "1999"));
        assertTrue(FactBankBuilder.compatible("1980s", "1985"));
        assertTrue(FactBankBuilder.compatible("16XX", "1685"));
        assertFalse(FactBankBuilder.compatible("1995", "1996"));
        assertFalse(FactBankBuilder.compatible("2006-11", "2007-01-11"));
        assertFalse(FactBankBuilder.compatible("1954/1975", "1959/1975"));
        assertTrue(FactBankBuilder.compatible("1954/1975", "1954/1975"));
    }
}
