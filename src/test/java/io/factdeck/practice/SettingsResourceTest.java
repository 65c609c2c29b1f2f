package io.factdeck.practice;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdeck.accounts.User;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class SettingsResourceTest {

    static final String PASSWORD = "settings test password";

    @Test
    void showsTheDefaultsAndSavesChanges() {
        WebClient web = new WebClient();
        web.signUp("settings-a", PASSWORD);
        web.get("/settings")
                .then()
                .statusCode(200)
                .body(containsString("value=\"0.90\""))
                .body(containsString("value=\"20\""))
                .body(containsString("<option value=\"UTC\" selected>"))
                .body(containsString("<option value=\"4\" selected>"));

        Response saved = web.post(
                "/settings",
                Map.of(
                        "retention", "0.85",
                        "newPerDay", "35",
                        "timeZone", "Asia/Ho_Chi_Minh",
                        "rolloverHour", "3"));

        assertEquals(303, saved.statusCode());
        StudySettings stored = Db.call(() -> StudySettings.forUser(idOf("settings-a")));
        assertEquals(new BigDecimal("0.85"), stored.desiredRetention);
        assertEquals(35, stored.newPerDay);
        assertEquals("Asia/Ho_Chi_Minh", stored.timeZone);
        assertEquals(3, stored.rolloverHour);
        assertEquals(false, stored.shortcuts, "an unticked checkbox sends nothing: shortcuts off");
        web.get("/settings?m=settings-saved").then().body(containsString("Your settings are saved."));
    }

    @Test
    void wrongValuesComeBackWithAMessageEachAndNothingIsSaved() {
        WebClient web = new WebClient();
        web.signUp("settings-b", PASSWORD);
        web.get("/settings");

        Response response = web.post(
                "/settings",
                Map.of(
                        "retention", "0.99",
                        "newPerDay", "many",
                        "timeZone", "Mars/Olympus",
                        "rolloverHour", "24",
                        "shortcuts", "on"));

        response.then()
                .statusCode(422)
                .body(containsString("There are 4 problems"))
                .body(containsString("from 0.80 to 0.97"))
                .body(containsString("New cards per day must be a whole number"))
                .body(containsString("Choose a time zone"))
                .body(containsString("value=\"many\""));
        assertEquals(0L, Db.call(() -> StudySettings.count("userId", idOf("settings-b"))));
    }

    @Test
    void eachStudentHasTheirOwnSettings() {
        WebClient first = new WebClient();
        first.signUp("settings-c", PASSWORD);
        first.get("/settings");
        first.post(
                "/settings",
                Map.of("retention", "0.95", "newPerDay", "5", "timeZone", "Europe/Paris", "rolloverHour", "6"));

        WebClient second = new WebClient();
        second.signUp("settings-d", PASSWORD);
        second.get("/settings").then().body(containsString("value=\"0.90\"")).body(containsString("value=\"20\""));
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        new WebClient().get("/settings").then().statusCode(302).header("Location", containsString("/login"));
    }

    private static long idOf(String username) {
        return Db.call(() -> User.findByUsername(username).orElseThrow().id);
    }
}
