package io.factdeck.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests, from the system packages (nothing is downloaded). Without Chromium the
 * browser tests are skipped with a message that says how to install it; under {@code CI=true} a missing browser
 * fails the build instead, so CI can never pass by skipping them.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String INSTALL_HINT =
            "Browser tests need Chromium and its driver: sudo apt-get install chromium chromium-driver";

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless browser, or skips (locally) / fails (CI) when none is installed. */
    public static Browser start() {
        return start(1280, 900);
    }

    public static Browser start(int width, int height) {
        return start(width, height, null);
    }

    /** A browser that saves downloads into the given folder without asking. */
    public static Browser withDownloads(Path downloads) {
        return start(1280, 900, downloads);
    }

    private static Browser start(int width, int height, Path downloads) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("factdeck-chrome");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            if (downloads != null) {
                options.setExperimentalOption(
                        "prefs",
                        java.util.Map.of(
                                "download.default_directory",
                                        downloads.toAbsolutePath().toString(),
                                "download.prompt_for_download", false,
                                "safebrowsing.enabled", false));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireChromium() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (installed) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but Chromium is missing. " + INSTALL_HINT);
        }
        Assumptions.abort(INSTALL_HINT);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Saves a PNG of the current page under target/screenshots/. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
