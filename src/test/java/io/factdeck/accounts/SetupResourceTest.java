package io.factdeck.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A fresh install (its own app and database): the first instructor comes from the setup page and its code. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@TestProfile(SetupResourceTest.FreshInstall.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupResourceTest {

    public static class FreshInstall implements QuarkusTestProfile {}

    static final String PASSWORD = "a very long teacher password";

    @Inject
    SetupCode setupCode;

    @Test
    @Order(1)
    void aWrongCodeCreatesNothing() {
        WebClient web = new WebClient();
        web.get("/setup").then().statusCode(200).body(containsString("Create the first instructor"));

        Response response = web.post(
                "/setup",
                Map.of("code", "AAAA-BBBB-CCCC", "j_username", "boss", "j_password", PASSWORD, "confirm", PASSWORD));

        response.then().statusCode(422).body(containsString("This is not the setup code"));
        assertEquals(0L, Db.call(() -> User.count("role", Role.INSTRUCTOR)));
    }

    @Test
    @Order(2)
    void theCodeFromTheLogCreatesTheFirstInstructorOnce() {
        String code = setupCode.current().orElseThrow().toLowerCase();
        WebClient web = new WebClient();
        web.get("/setup");

        Response created = web.post(
                "/setup", Map.of("code", code, "j_username", "Boss", "j_password", PASSWORD, "confirm", PASSWORD));

        assertEquals(307, created.statusCode());
        assertTrue(created.getHeader("Location").endsWith("/j_security_check"));
        assertEquals(Role.INSTRUCTOR, Db.call(() -> User.findByUsername("boss").orElseThrow().role));
        assertTrue(setupCode.current().isEmpty());
        given().get("/setup").then().statusCode(404).body(containsString("Page not found"));

        WebClient instructor = new WebClient();
        instructor.logIn("boss", PASSWORD);
        instructor.get("/instructor").then().statusCode(200);
    }
}
