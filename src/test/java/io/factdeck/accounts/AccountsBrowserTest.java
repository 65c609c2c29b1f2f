package io.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.Browser;
import io.factdeck.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The real pages in a real browser: sign up, sign out, sign back in. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class AccountsBrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void signUpLogOutAndLogBackIn() {
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            page.get(home.toString());
            page.findElement(By.linkText("Create a free account")).click();

            // a mistake first: the form comes back with a message and keeps the username
            page.findElement(By.id("username")).sendKeys("Browser.User");
            page.findElement(By.id("password")).sendKeys("too short");
            page.findElement(By.id("confirm")).sendKeys("too short");
            page.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-error"), "at least 10"));
            assertEquals("Browser.User", page.findElement(By.id("username")).getAttribute("value"));

            page.findElement(By.id("password")).sendKeys("a perfectly long password");
            page.findElement(By.id("confirm")).sendKeys("a perfectly long password");
            page.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                    .click();
            browser.waiting().until(ExpectedConditions.urlContains("/student"));
            assertTrue(page.findElement(By.tagName("h1")).getText().contains("browser.user"));
            browser.screenshot("student-home");

            page.findElement(By.cssSelector("form[action='/logout'] button")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "signed out"));

            page.findElement(By.linkText("Sign in")).click();
            page.findElement(By.id("username")).sendKeys("BROWSER.user");
            page.findElement(By.id("password")).sendKeys("a perfectly long password");
            page.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                    .click();
            browser.waiting().until(ExpectedConditions.urlContains("/student"));
            assertTrue(page.getPageSource().contains("Sign out"));
        }
    }
}
