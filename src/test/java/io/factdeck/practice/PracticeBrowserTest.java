package io.factdeck.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdeck.testing.Accessibility;
import io.factdeck.testing.Browser;
import io.factdeck.testing.Fixtures;
import io.factdeck.testing.PostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A new student's first session in a real browser: every kind of answer, with the keyboard where the page offers
 * it, feedback with its source, a miss to retry, and the dashboard before and after. Also runs axe-core on the
 * practice page, the dashboard and the settings page.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class PracticeBrowserTest {

    enum Seen {
        FLASHCARD,
        CHOICE,
        TYPED,
        ORDER,
        MISSED
    }

    static final List<String> CHRONOLOGICAL =
            List.of("Vietnam joined ASEAN", "Vietnam joined APEC", "Vietnam joined the WTO");

    @TestHTTPResource("/")
    URL home;

    @Test
    void aFirstSessionWithEveryKindOfAnswer() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("browser-practice");
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            signUp(browser, "first-session", "a long browser password");

            page.get(home + "student");
            assertEquals("0", page.findElement(By.id("stat-reviews-today")).getText());
            String newBefore = page.findElement(By.id("stat-new")).getText();
            Accessibility.assertNoViolations(page, "the dashboard");

            page.findElement(By.linkText("Start studying")).click();
            page.findElement(By.cssSelector("input[name=bank][value='" + bank.id() + "']"))
                    .click();
            page.findElement(By.cssSelector("form.start-form button[type=submit]"))
                    .click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("practice")));
            // a marker that survives only while the page is never reloaded: htmx swaps the cards in place
            ((JavascriptExecutor) page).executeScript("window.samePage = true;");

            Set<Seen> seen = EnumSet.noneOf(Seen.class);
            boolean screenshotTaken = false;
            for (int step = 0; step < 30 && !summaryShown(page); step++) {
                WebElement practice = page.findElement(By.id("practice"));
                String mode = practice.getAttribute("data-mode");
                if (!screenshotTaken && !"feedback".equals(mode)) {
                    Accessibility.assertNoViolations(page, "the practice page");
                    browser.screenshot("practice-page");
                    screenshotTaken = true;
                }
                switch (mode) {
                    case "flashcard" -> {
                        // Space shows the answer in place; 3 grades it Good; both from the keyboard
                        new Actions(page).sendKeys(Keys.SPACE).perform();
                        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("back")));
                        assertTrue(page.findElement(By.id("back")).getText().contains("11 January 2007"));
                        new Actions(page).sendKeys("3").perform();
                        seen.add(Seen.FLASHCARD);
                    }
                    case "choice" -> answerChoice(browser, seen);
                    case "typed" -> {
                        page.findElement(By.id("typed")).sendKeys("Nov 1998");
                        page.findElement(By.cssSelector(".answer-form button[type=submit]"))
                                .click();
                        seen.add(Seen.TYPED);
                    }
                    case "order" -> {
                        List<WebElement> items = page.findElements(By.cssSelector(".order-item"));
                        for (WebElement item : items) {
                            String text =
                                    item.findElement(By.className("order-text")).getText();
                            new Select(item.findElement(By.tagName("select")))
                                    .selectByValue(Integer.toString(CHRONOLOGICAL.indexOf(text) + 1));
                        }
                        page.findElement(By.cssSelector(".answer-form button[type=submit]"))
                                .click();
                        seen.add(Seen.ORDER);
                    }
                    case "feedback" -> {
                        assertTrue(page.findElement(By.cssSelector(".evidence figcaption"))
                                .getText()
                                .contains("A history of the fixture"));
                        // Enter on the focused "Next card" button goes on
                        browser.waiting()
                                .until(d -> "next"
                                        .equals(d.switchTo().activeElement().getAttribute("id")));
                        new Actions(page).sendKeys(Keys.ENTER).perform();
                    }
                    default -> throw new AssertionError("unexpected page mode " + mode);
                }
                browser.waiting().until(ExpectedConditions.stalenessOf(practice));
            }
            assertTrue(summaryShown(page), "the session ends");
            assertEquals(
                    Boolean.TRUE,
                    ((JavascriptExecutor) page).executeScript("return window.samePage === true;"),
                    "with JavaScript the session runs without a full page load");
            assertEquals(EnumSet.allOf(Seen.class), seen);

            page.findElement(By.xpath("//button[normalize-space()='Retry the ones I got wrong']"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".badge.retry"), "retry"));

            page.get(home + "student");
            assertTrue(Integer.parseInt(
                            page.findElement(By.id("stat-reviews-today")).getText())
                    >= 5);
            assertTrue(Integer.parseInt(page.findElement(By.id("stat-new")).getText()) < Integer.parseInt(newBefore));
            assertEquals("1", page.findElement(By.id("stat-streak")).getText());
            browser.screenshot("dashboard");

            page.get(home + "settings");
            Accessibility.assertNoViolations(page, "the settings page");
        }
    }

    @Test
    void keyboardShortcutsCanBeTurnedOff() {
        Fixtures.Bank bank = Fixtures.bankWithEveryKind("browser-no-keys");
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            signUp(browser, "no-shortcuts", "a long browser password");
            page.get(home + "settings");
            page.findElement(By.id("shortcuts")).click(); // on by default: this turns them off
            page.findElement(By.cssSelector("form[action='/settings'] button[type=submit]"))
                    .click();
            browser.waiting()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "saved"));

            page.get(home + "practice");
            page.findElement(By.cssSelector("input[name=bank][value='" + bank.id() + "']"))
                    .click();
            page.findElement(By.cssSelector(".start-form details summary")).click();
            page.findElement(By.cssSelector("input[name=kind][value='cloze']")).click();
            page.findElement(By.cssSelector("form.start-form button[type=submit]"))
                    .click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("back")));

            new Actions(page).sendKeys(Keys.SPACE).sendKeys("1").perform();
            assertEquals("off", page.findElement(By.id("practice")).getAttribute("data-shortcuts"));
            assertTrue(page.findElements(By.cssSelector("#back:not([hidden])")).isEmpty(), "Space did nothing");
            page.findElement(By.id("reveal")).click(); // the button still works
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("back")));
        }
    }

    @Test
    void thePagesFitAPhoneScreen() {
        Fixtures.bankWithEveryKind("browser-phone");
        try (Browser browser = Browser.start(390, 844)) {
            WebDriver page = browser.driver();
            signUp(browser, "phone-user", "a long browser password");
            for (String path : List.of("student", "practice", "settings")) {
                page.get(home + path);
                Object overflow = ((JavascriptExecutor) page)
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
                assertEquals(Boolean.FALSE, overflow, path + " scrolls sideways on a phone");
            }
            browser.screenshot("dashboard-phone");
        }
    }

    /** The first choice question is missed on purpose (something to retry); the others are answered right. */
    private void answerChoice(Browser browser, Set<Seen> seen) {
        WebDriver page = browser.driver();
        String prompt = page.findElement(By.id("card-heading")).getText();
        List<WebElement> options = page.findElements(By.cssSelector(".option span"));
        String right = prompt.contains("month and year")
                ? "November 1998"
                : prompt.startsWith("True or false") ? "True" : "ASEAN";
        if (prompt.contains("month and year") && !seen.contains(Seen.TYPED)) {
            page.findElement(By.linkText("Type the answer instead")).click();
            return;
        }
        int index = -1;
        for (int i = 0; i < options.size(); i++) {
            boolean isRight = options.get(i).getText().equals(right);
            if (seen.contains(Seen.MISSED) == isRight) {
                index = i;
                break;
            }
        }
        // number keys pick an option and submit it
        new Actions(page).sendKeys(Integer.toString(index + 1)).perform();
        seen.add(seen.contains(Seen.MISSED) ? Seen.CHOICE : Seen.MISSED);
    }

    private static boolean summaryShown(WebDriver page) {
        return "summary".equals(page.findElement(By.id("practice")).getAttribute("data-mode"));
    }

    private void signUp(Browser browser, String name, String password) {
        WebDriver page = browser.driver();
        page.get(home + "signup");
        page.findElement(By.id("username")).sendKeys(name);
        page.findElement(By.id("password")).sendKeys(password);
        page.findElement(By.id("confirm")).sendKeys(password);
        page.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"))
                .click();
        browser.waiting().until(ExpectedConditions.urlContains("/student"));
    }
}
