package ca.contingent.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's first hour, in a real headless Chromium (Debian's, never downloaded): sign
 * in, import a file, open the annual report, switch to French. Skipped where Chromium is
 * not installed, unless CONTINGENT_E2E_REQUIRED is set (as CI does), in which case its
 * absence fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EndToEndBrowserTests {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(false);
    }

    @AfterAll
    static void stopBrowser() {
        Chromium.stop(browser);
    }

    @Test
    void signInImportAFileOpenTheReportAndSwitchToFrench() throws Exception {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-1");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(() -> browser.getCurrentUrl().equals(url("/")));

        Path csv = this.files.resolve("agencies.csv");
        Files.writeString(csv, """
                code,name_en,name_fr,type,province,partner_since
                T-E2E,"End-to-End Police, Test",Police de bout en bout,MUNICIPAL,ON,2030-05-01
                """, StandardCharsets.UTF_8);
        browser.get(url("/imports"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("agencies");
        browser.findElement(By.id("file")).sendKeys(csv.toString());
        browser.findElement(By.cssSelector("button[name=action][value=import]")).click();
        waitFor(() -> !browser.findElements(By.id("import-result")).isEmpty());
        assertThat(browser.findElement(By.id("import-result")).getText())
            .isEqualTo("Import done: 1 created, 0 updated, 0 unchanged (1 row).");

        browser.get(url("/reports/annual/2024-25"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Annual report 2024-25");
        assertThat(browser.findElement(By.cssSelector("#total-personnel .figure")).getText()).isEqualTo("151");
        assertThat(browser.findElement(By.id("mission-CPMU")).getText()).contains("Immediate action rapid deployment");

        browser.findElement(By.id("switch-language")).click();
        waitFor(() -> browser.findElement(By.tagName("h1")).getText().equals("Rapport annuel 2024-25"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("policiers et experts civils déployés")
            .doesNotContain("at a glance");

        browser.get(url("/imports"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("the choice of French is remembered")
            .isEqualTo("Importations");
    }

    private String url(String path) {
        return "http://localhost:" + this.port + path;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> condition.getAsBoolean());
    }

}
