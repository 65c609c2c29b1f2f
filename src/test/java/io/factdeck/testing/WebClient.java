package io.factdeck.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny browser for REST Assured tests: keeps cookies between requests and copies the CSRF token from the last
 * page into the next form, the way a real form post does. Redirects are not followed, so tests see them.
 */
public final class WebClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrfToken;

    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        Matcher m = CSRF_FIELD.matcher(response.asString());
        if (m.find()) {
            csrfToken = m.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page fetched. */
    public Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new HashMap<>(form);
        if (csrfToken != null) {
            fields.put("csrf-token", csrfToken);
        }
        Response response = request().formParams(fields).post(path);
        remember(response);
        return response;
    }

    /** Posts a form as htmx does: with the token in the header and {@code HX-Request: true}. */
    public Response postHtmx(String path, Map<String, String> form) {
        Response response = request()
                .header("HX-Request", "true")
                .header("X-CSRF-TOKEN", csrfToken == null ? "" : csrfToken)
                .formParams(withToken(form))
                .post(path);
        remember(response);
        return response;
    }

    /** Posts a form with repeated fields (for example one {@code position} per event). */
    public Response postForm(String path, Map<String, String> form, Map<String, String[]> repeated) {
        RequestSpecification spec = request().formParams(withToken(form));
        repeated.forEach((name, values) -> spec.formParam(name, (Object[]) values));
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    private Map<String, String> withToken(Map<String, String> form) {
        Map<String, String> fields = new HashMap<>(form);
        if (csrfToken != null) {
            fields.put("csrf-token", csrfToken);
        }
        return fields;
    }

    /** Posts a multipart form (a file upload) with the CSRF token of the last page fetched. */
    public Response postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        RequestSpecification spec = request().contentType("multipart/form-data");
        withToken(fields).forEach((name, value) -> spec.multiPart(name, value));
        if (fileField != null) {
            spec.multiPart(fileField, fileName, content, "text/plain");
        }
        Response response = spec.post(path);
        remember(response);
        return response;
    }

    /** Posts a form exactly as given: no CSRF token is added. */
    public Response postWithoutToken(String path, Map<String, String> form) {
        Response response = request().formParams(form).post(path);
        remember(response);
        return response;
    }

    /** Signs up through the real pages and follows the automatic sign-in; returns the final login response. */
    public Response signUp(String username, String password) {
        get("/signup");
        Response signup = post("/signup", Map.of("j_username", username, "j_password", password, "confirm", password));
        if (signup.statusCode() != 307) {
            return signup;
        }
        // a browser repeats the same POST at the Location of a 307
        Response login = request()
                .formParams(Map.of("j_username", username, "j_password", password, "confirm", password))
                .post(signup.getHeader("Location"));
        remember(login);
        return login;
    }

    public Response logIn(String username, String password) {
        get("/login");
        return post("/j_security_check", Map.of("j_username", username, "j_password", password));
    }

    public boolean hasSessionCookie() {
        String value = cookies.get("quarkus-credential");
        return value != null && !value.isEmpty();
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private void remember(Response response) {
        response.getDetailedCookies().asList().forEach(cookie -> {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
