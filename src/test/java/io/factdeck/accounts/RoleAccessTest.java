package io.factdeck.accounts;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.factdeck.testing.Accounts;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.factdeck.testing.WebClient;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
class RoleAccessTest {

    @Test
    void anonymousVisitorsAreSentToLogin() {
        for (String page : new String[] {"/student", "/instructor", "/instructor/accounts", "/home"}) {
            given().redirects()
                    .follow(false)
                    .get(page)
                    .then()
                    .statusCode(302)
                    .header("Location", containsString("/login"));
        }
    }

    @Test
    void aStudentGets403OnInstructorPages() {
        WebClient student = new WebClient();
        student.signUp("student-only", "a long student password");

        student.get("/instructor").then().statusCode(403).body(containsString("Not allowed"));
        student.get("/instructor/accounts").then().statusCode(403);
        student.get("/student");
        student.post("/instructor/accounts/1/promote", Map.of()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "teacher", roles = Role.INSTRUCTOR)
    void anInstructorSeesTheInstructorPages() {
        given().get("/instructor").then().statusCode(200).body(containsString("Instructor home"));
        given().get("/instructor/accounts").then().statusCode(200).body(containsString("Accounts"));
    }

    @Test
    void anInstructorCanMakeAStudentAnInstructor() {
        new WebClient().signUp("future-teacher", "a long student password");
        WebClient instructor = new WebClient();
        Accounts.createInstructor("head-teacher", "a long teacher password");
        instructor.logIn("head-teacher", "a long teacher password");
        long id = Db.call(() -> User.findByUsername("future-teacher").orElseThrow().id);

        instructor.get("/instructor/accounts").then().statusCode(200).body(containsString("future-teacher"));
        // the link asks first; nothing changes until the confirmation is posted
        instructor
                .get("/instructor/accounts/" + id + "/promote")
                .then()
                .statusCode(200)
                .body(containsString("Make future-teacher an instructor?"));
        assertEquals(
                Role.STUDENT,
                Db.call(() -> User.findByUsername("future-teacher").orElseThrow().role));
        instructor
                .post("/instructor/accounts/" + id + "/promote", Map.of())
                .then()
                .statusCode(303);

        assertEquals(
                Role.INSTRUCTOR,
                Db.call(() -> User.findByUsername("future-teacher").orElseThrow().role));
        WebClient promoted = new WebClient();
        promoted.logIn("future-teacher", "a long student password");
        promoted.get("/instructor").then().statusCode(200);
        promoted.get("/instructor/accounts").then().body(not(containsString("Make future-teacher an instructor")));
        instructor.get("/instructor/accounts/" + id + "/promote").then().statusCode(404);
    }
}
