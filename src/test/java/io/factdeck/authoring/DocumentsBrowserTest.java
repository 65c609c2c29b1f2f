package io.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.questionbank.BankEntity;
import io.factdeck.questionbank.QuestionEntity;
import io.factdeck.testing.Accessibility;
import io.factdeck.testing.Accounts;
import io.factdeck.testing.Browser;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An instructor turns a short document into a published bank, in a real browser. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class DocumentsBrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Test
    void uploadRejectEditAndPublish() {
        Accounts.createInstructor("browser-author", DocumentsResourceTest.PASSWORD);
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            page.get(home + "login");
            page.findElement(By.id("username")).sendKeys("browser-author");
            page.findElement(By.id("password")).sendKeys(DocumentsResourceTest.PASSWORD);
            page.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                    .click();
            browser.waiting().until(ExpectedConditions.urlContains("/instructor"));

            page.findElement(By.linkText("New bank from a document")).click();
            page.findElement(By.id("bankTitle")).sendKeys("The Mekong in the browser");
            page.findElement(By.id("documentTitle")).sendKeys("The Mekong and its treaties");
            page.findElement(By.id("file"))
                    .sendKeys(Path.of("src", "test", "resources", "authoring", "mekong-treaties.txt")
                            .toAbsolutePath()
                            .toString());
            page.findElement(By.cssSelector("form[action='/instructor/documents'] button[type=submit]"))
                    .click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Review"));
            Accessibility.assertNoViolations(page, "the review page");
            long bankId = Db.call(
                    () -> BankEntity.findBySlug("the-mekong-in-the-browser").orElseThrow().id);

            // reject the first question
            WebElement first = page.findElements(By.cssSelector("ol[aria-labelledby=questions-heading] > li"))
                    .get(0);
            String rejectedPrompt = first.findElement(By.className("q-prompt")).getText();
            first.findElement(By.xpath(".//button[normalize-space()='Reject']")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "Rejected"));
            assertTrue(page.findElement(By.className("rejected")).getText().contains(rejectedPrompt));

            // edit the next one
            WebElement second = page.findElements(By.cssSelector("ol[aria-labelledby=questions-heading] > li"))
                    .get(0);
            second.findElement(By.linkText("Edit")).click();
            WebElement prompt = page.findElement(By.id("prompt"));
            prompt.clear();
            prompt.sendKeys("Edited in the browser: which is right?");
            page.findElement(By.xpath("//button[normalize-space()='Save']")).click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "saved"));
            assertTrue(page.getPageSource().contains("Edited in the browser: which is right?"));

            page.findElement(By.xpath("//button[normalize-space()='Publish this bank']"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "published"));
            browser.screenshot("instructor-bank");

            assertTrue(Db.call(() -> ((BankEntity) BankEntity.findById(bankId)).published));
            QuestionEntity rejected = Db.call(
                    () -> QuestionEntity.<QuestionEntity>find("bankId = ?1 and prompt = ?2", bankId, rejectedPrompt)
                            .firstResult());
            assertNotNull(rejected.retiredAt, "the rejected question is not offered to students");
            assertEquals(
                    1L,
                    Db.call(() -> QuestionEntity.count(
                            "bankId = ?1 and prompt = ?2", bankId, "Edited in the browser: which is right?")));
        }
    }
}
