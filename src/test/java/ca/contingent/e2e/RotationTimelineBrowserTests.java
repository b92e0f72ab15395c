package ca.contingent.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rotation timeline in a real headless Chromium (issue 4): it renders, the keyboard
 * reaches a bar that has an accessible name, and the table for screen readers holds the
 * same deployments. It reads the reference data set's ICC mission in 2024-25 and writes
 * nothing. Same Chromium setup and skip rule as {@link EndToEndBrowserTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RotationTimelineBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(false);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(browser);
    }

    @Test
    void theTimelineRendersIsKeyboardReachableAndMatchesTheTable() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-1");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().equals(url("/")));

        browser.get(url("/missions/ICC/rotation?from=2024-04-01&to=2025-03-31"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rotation plan ICC");
        List<WebElement> bars = browser.findElements(By.cssSelector("#timeline a.timeline-link"));
        assertThat(bars).isNotEmpty();
        WebElement firstRect = browser.findElement(By.cssSelector("#timeline rect.bar"));
        assertThat(firstRect.getSize().getWidth()).as("a bar is drawn with a width").isPositive();

        // Tab from the top of the page until the focus lands on a bar.
        browser.findElement(By.tagName("body")).click();
        WebElement focused = null;
        for (int press = 0; press < 120 && focused == null; press++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            String classes = active.getAttribute("class");
            if (classes != null && classes.contains("timeline-link")) {
                focused = active;
            }
        }
        assertThat(focused).as("Tab reaches a bar of the timeline").isNotNull();
        assertThat(focused.getAccessibleName()).as("the bar's accessible name").isNotBlank().contains(" to ");

        List<String> drawn = bars.stream().map((bar) -> bar.getAttribute("data-deployment")).sorted().toList();
        List<String> tabled = browser.findElements(By.cssSelector("#rotation-table tbody tr"))
            .stream()
            .map((row) -> row.getAttribute("data-deployment"))
            .sorted()
            .toList();
        assertThat(tabled).as("the table holds the same deployments as the timeline").isEqualTo(drawn);
        assertThat(drawn).contains("D0114", "D0161").doesNotContain("D0121");
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> condition.getAsBoolean());
    }

}
