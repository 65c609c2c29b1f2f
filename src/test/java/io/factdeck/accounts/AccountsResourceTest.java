package io.factdeck.accounts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class AccountsResourceTest {

    @jakarta.inject.Inject
    io.factdeck.testing.TestClock clock;

    static final String PASSWORD = "correct horse battery";

    @Test
    void signUpCreatesAStudentAndSignsIn() {
        WebClient web = new WebClient();
        Response login = web.signUp("Alice.Student", PASSWORD);

        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").endsWith("/home"), login.getHeader("Location"));
        assertTrue(web.hasSessionCookie());
        web.get("/home").then().statusCode(303).header("Location", endsWith("/student"));
        web.get("/student").then().statusCode(200).body(containsString("Hello, alice.student"));
        assertEquals(
                Role.STUDENT, Db.call(() -> User.findByUsername("alice.student").orElseThrow().role));
    }

    @Test
    void duplicateUsernameIsRejectedWhateverTheCase() {
        new WebClient().signUp("bob", PASSWORD);

        Response again = new WebClient().signUp("BOB", "another good password");

        assertEquals(422, again.statusCode());
        assertTrue(again.asString().contains("This username is taken"));
        assertEquals(1L, Db.call(() -> User.count("username", "bob")));
    }

    @Test
    void weakPasswordsAreRejectedWithAReason() {
        WebClient web = new WebClient();
        web.signUp("carol", "short").then().statusCode(422).body(containsString("Use at least 10 characters"));
        web.signUp("carol", "password123").then().statusCode(422).body(containsString("too easy to guess"));
        web.signUp("carol", "carol-is-great")
                .then()
                .statusCode(422)
                .body(containsString("must not contain your username"));
        assertEquals(0L, Db.call(() -> User.count("username", "carol")));
    }

    @Test
    void missingFieldsGetAMessageEach() {
        WebClient web = new WebClient();
        web.get("/signup");
        Response response = web.post("/signup", Map.of());

        assertEquals(422, response.statusCode());
        String page = response.asString();
        assertTrue(page.contains("Choose a username."), page);
        assertTrue(page.contains("Choose a password."), page);
        assertTrue(page.contains("There are 2 problems"), page);
    }

    @Test
    void mismatchedConfirmationIsRejectedAndTheUsernameIsKept() {
        WebClient web = new WebClient();
        web.get("/signup");
        Response response =
                web.post("/signup", Map.of("j_username", "dave", "j_password", PASSWORD, "confirm", PASSWORD + "!"));

        response.then()
                .statusCode(422)
                .body(containsString("The two passwords are not the same."))
                .body(containsString("value=\"dave\""))
                .body(not(containsString(PASSWORD)));
    }

    @Test
    void usernameIsEscapedWhenTheFormIsShownAgain() {
        WebClient web = new WebClient();
        web.get("/signup");
        Response response = web.post(
                "/signup", Map.of("j_username", "<script>alert(1)</script>", "j_password", "x", "confirm", "x"));

        response.then().statusCode(422).body(not(containsString("<script>alert(1)</script>")));
        assertTrue(response.asString().contains("&lt;script&gt;"));
    }

    @Test
    void wrongPasswordShowsTheLoginPageWithAnError() {
        new WebClient().signUp("erin", PASSWORD);

        WebClient web = new WebClient();
        Response login = web.logIn("erin", "not the password");

        assertEquals(302, login.statusCode());
        assertTrue(login.getHeader("Location").contains("/login?error"), login.getHeader("Location"));
        assertFalse(web.hasSessionCookie());
        web.get("/login?error=1").then().statusCode(200).body(containsString("The username or the password is wrong"));
        web.get("/student").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void manyWrongPasswordsLockTheUsernameForAFewMinutes() {
        new WebClient().signUp("guessed", PASSWORD);
        clock.set(java.time.Instant.parse("2026-01-01T10:00:00Z"));
        try {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                assertFalse(new WebClient()
                        .logIn("guessed", "wrong guess " + i)
                        .getHeader("Location")
                        .endsWith("/home"));
            }
            WebClient owner = new WebClient();
            owner.logIn("Guessed", PASSWORD);
            assertFalse(owner.hasSessionCookie(), "locked, even with the right password");

            clock.advance(LoginThrottle.LOCK.plusSeconds(1));
            WebClient later = new WebClient();
            later.logIn("guessed", PASSWORD);
            assertTrue(later.hasSessionCookie(), "the lock lifts after a few minutes");
        } finally {
            clock.reset();
        }
    }

    @Test
    void logoutEndsTheSessionAndLoginStartsANewOne() {
        WebClient web = new WebClient();
        web.signUp("frank", PASSWORD);
        web.get("/student").then().statusCode(200);

        web.post("/logout", Map.of()).then().statusCode(303).header("Location", endsWith("/?m=signed-out"));

        assertFalse(web.hasSessionCookie());
        web.get("/student").then().statusCode(302).header("Location", containsString("/login"));
        web.get("/?m=signed-out").then().statusCode(200).body(containsString("You are signed out"));

        Response login = web.logIn("FRANK".toLowerCase(), PASSWORD);
        assertEquals(302, login.statusCode());
        web.get("/student").then().statusCode(200);
    }

    @Test
    void postWithoutCsrfTokenIsRejected() {
        WebClient web = new WebClient();
        web.get("/signup");
        web.postWithoutToken("/signup", Map.of("j_username", "mallory", "j_password", PASSWORD, "confirm", PASSWORD))
                .then()
                .statusCode(400);
        assertEquals(0L, Db.call(() -> User.count("username", "mallory")));
    }

    @Test
    void everyFormCarriesACsrfToken() {
        WebClient web = new WebClient();
        for (String page : new String[] {"/signup", "/login"}) {
            web.get(page).then().statusCode(200).body(containsString("name=\"csrf-token\" value=\""));
        }
        web.signUp("grace", PASSWORD);
        web.get("/student")
                .then()
                .body(containsString("action=\"/logout\""))
                .body(containsString("name=\"csrf-token\""));
    }
}
