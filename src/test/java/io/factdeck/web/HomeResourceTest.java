package io.factdeck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.factdeck.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class HomeResourceTest {

    @Test
    void frontPageSaysWhatFactdeckIsAndLeadsToSignUp() {
        given().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("factdeck reads history documents"))
                .body(containsString("href=\"/signup\""))
                .body(containsString("href=\"/login\""));
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(containsString("\"status\": \"UP\""))
                .body(containsString("Database connections health check"));
    }

    @Test
    void htmxIsServedFromTheApp() {
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200).body(containsString("htmx"));
    }

    @Test
    void unknownPagesGetAFriendlyPageThatLeaksNothing() {
        given().get("/no/such/page")
                .then()
                .statusCode(404)
                .body(containsString("Page not found"))
                .body(containsString("href=\"/\""))
                .body(not(containsString("Exception")))
                .body(not(containsString("at io.")));
    }

    @Test
    void aBodyOverTheServersLimitGetsAFriendlyPage() {
        given().contentType("application/x-www-form-urlencoded")
                .body("text=" + "a".repeat(3_000_000))
                .post("/signup")
                .then()
                .statusCode(413)
                .body(containsString("That was too large"))
                .body(containsString("Nothing was saved"));
    }

    @Test
    void flashMessagesOnlyShowKnownText() {
        given().get("/?m=<b>owned</b>").then().statusCode(200).body(not(containsString("owned")));
    }
}
