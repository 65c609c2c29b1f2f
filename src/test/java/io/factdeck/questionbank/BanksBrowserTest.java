package io.factdeck.questionbank;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.Accounts;
import io.factdeck.testing.Browser;
import io.factdeck.testing.Db;
import io.factdeck.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Instructors' bank pages in a real browser. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class BanksBrowserTest {

    @TestHTTPResource("/")
    URL home;

    @Inject
    BankImporter importer;

    @TempDir
    Path downloads;

    @Test
    void anInstructorDownloadsAnAnkiExport() throws Exception {
        importer.importBank(Path.of("src", "test", "resources", "questionbank", "sample"));
        long bankId = Db.call(() -> BankEntity.findBySlug("sample").orElseThrow().id);
        String name = "browser-teacher";
        Accounts.createInstructor(name, BanksResourceTest.PASSWORD);
        try (Browser browser = Browser.withDownloads(downloads)) {
            WebDriver page = browser.driver();
            page.get(home + "login");
            page.findElement(By.id("username")).sendKeys(name);
            page.findElement(By.id("password")).sendKeys(BanksResourceTest.PASSWORD);
            page.findElement(By.cssSelector("form[action='/j_security_check'] button"))
                    .click();
            browser.waiting().until(ExpectedConditions.urlContains("/instructor"));

            page.findElement(By.linkText("Banks")).click();
            // by address: other tests may leave a bank with the same title (an uploaded export of the sample)
            page.findElement(By.cssSelector("a[href='/instructor/banks/" + bankId + "']"))
                    .click();
            browser.waiting().until(ExpectedConditions.urlContains("/instructor/banks/" + bankId));
            new Select(page.findElement(By.id("format"))).selectByValue("anki");
            page.findElement(By.cssSelector("form.export button[type=submit]")).click();

            Path file = downloads.resolve("sample.anki.txt");
            waitFor(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(
                    text.startsWith("#separator:tab\n#html:true\n"), text.substring(0, Math.min(200, text.length())));
            assertTrue(text.contains("#deck:Sample: a small country's foreign relations"));
        }
    }

    private static void waitFor(Path file) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file) && Files.size(file) > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no download at " + file + "; folder holds "
                + Files.list(file.getParent()).toList());
    }
}
