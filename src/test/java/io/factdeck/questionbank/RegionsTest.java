package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void knowsTheStatesWithoutACoast() {
        assertTrue(Regions.landlocked("Laos"));
        assertFalse(Regions.landlocked("Thailand"));
    }

    @Test
    void knowsTheYearsOfStatesAndOrganizations() {
        assertEquals(OptionalInt.of(1967), Regions.founded("Association of Southeast Asian Nations"));
        assertEquals(OptionalInt.of(1991), Regions.dissolved("Soviet Union"));
        assertEquals(OptionalInt.empty(), Regions.dissolved("Association of Southeast Asian Nations"), "still there");
        assertEquals(OptionalInt.empty(), Regions.founded("Atlantis"));
        assertFalse(Regions.existed("Asia-Pacific Economic Cooperation", 1976, 1976));
        assertTrue(Regions.existed("Atlantis", 1976, 1976), "unknown names are taken to have existed");
    }

    @Test
    void readsACapitalAsItsCountry() {
        assertTrue(Regions.capitalNamed("Cambodia", "an invasion that toppled the Pol Pot regime in Phnom Penh"));
        assertFalse(Regions.capitalNamed("Laos", "an invasion that toppled the Pol Pot regime in Phnom Penh"));
        assertFalse(Regions.capitalNamed("Singapore", "Singaporean trade"), "a whole word only");
    }

    @Test
    void tellsIntergovernmentalBodiesFromPartiesAndOrgans() {
        assertTrue(Regions.intergovernmental("World Bank"));
        assertFalse(Regions.intergovernmental("Communist Party of Vietnam"));
    }
}
