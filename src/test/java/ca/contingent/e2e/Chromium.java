package ca.contingent.e2e;

import java.io.File;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the browser tests (no browser download): skipped where
 * it is not installed, except where {@code CONTINGENT_E2E_REQUIRED=true} (CI), which
 * makes a missing browser a failure.
 */
final class Chromium {

    static final String CHROMIUM = "/usr/bin/chromium";

    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /**
     * A fresh browser; with {@code consoleLogs}, the page's console messages can be read
     * back.
     */
    static WebDriver start(boolean consoleLogs) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed && "true".equals(System.getenv("CONTINGENT_E2E_REQUIRED"))) {
            throw new IllegalStateException(
                    "Chromium and chromedriver are required here: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=1280,1000");
        if (consoleLogs) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return browser;
    }

    static void stop(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }

}
