package ca.contingent.e2e;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in a real headless Chromium (issue 5, item 4): every chart is drawn on
 * its canvas under the application's Content-Security-Policy, with nothing refused in the
 * browser's console, in English and in French. Reads the reference data set's 2024-25 and
 * writes nothing. The browser and its skip rule: {@link Chromium}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardBrowserTests {

    private static final List<String> CHARTS = List.of("people-by-year", "people-by-mission", "people-by-agency",
            "women-share", "training-by-type", "trainees-by-sex", "progress");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(true);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(browser);
    }

    @Test
    void everyChartIsDrawnWithNothingRefusedByTheContentSecurityPolicy() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-1");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().equals(url("/")));
        browser.manage().logs().get(LogType.BROWSER); // what the sign-in left in the
                                                      // console

        for (String lang : List.of("en", "fr")) {
            browser.get(url("/dashboards?year=2024-25&lang=" + lang));
            assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("en".equals(lang) ? "Dashboards" : "Tableaux de bord");
            for (String chart : CHARTS) {
                WebElement canvas = browser.findElement(By.id(chart + "-canvas"));
                waitFor(() -> canvas.getAttribute("data-drawn") != null);
                assertThat(canvas.getSize().getWidth()).as(chart).isPositive();
                assertThat(canvas.getAccessibleName()).as(chart).isNotBlank();
                Object painted = ((JavascriptExecutor) browser).executeScript("""
                        const canvas = arguments[0];
                        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                        let count = 0;
                        for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { count++; } }
                        return count;""", canvas);
                assertThat(((Number) painted).longValue()).as(chart + " has pixels drawn").isPositive();
            }
            List<String> problems = browser.manage()
                .logs()
                .get(LogType.BROWSER)
                .getAll()
                .stream()
                .filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue()
                        || entry.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .toList();
            assertThat(problems).as("console errors and CSP refusals on the " + lang + " dashboards").isEmpty();
        }
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> condition.getAsBoolean());
    }

}
