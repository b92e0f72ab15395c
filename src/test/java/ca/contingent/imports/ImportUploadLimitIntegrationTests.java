package ca.contingent.imports;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized bodies through a real servlet container, where multipart limits and the
 * security filters apply (MockMvc skips both). Writes nothing: every upload here is
 * refused or a dry run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportUploadLimitIntegrationTests {

    private static final String PASSWORD = "test-admin-password-1";

    private static final String CSV = "code,name_en,name_fr,type,province,partner_since\nT-X,X,X,FEDERAL,,2030-01-01\n";

    private static final int OVER_THE_LIMIT = 21 * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();

    @Test
    void oversizedUploadOnThePageSendsTheUserBackToTheFormInTheirLanguage() throws Exception {
        signIn();
        String token = csrf(get("/imports?lang=fr").body());
        HttpResponse<String> small = upload(token, 0);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("Vérification réussie");

        HttpResponse<String> large = upload(token, OVER_THE_LIMIT);
        assertThat(large.statusCode()).isEqualTo(303);
        assertThat(large.headers().firstValue("Location")).hasValue("/imports?tooLarge=true");
        HttpResponse<String> form = get("/imports?tooLarge=true");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Le fichier dépasse la limite de");
    }

    @Test
    void oversizedApiBodyIs413WithAProblem() throws Exception {
        byte[] body = (CSV + " ".repeat(OVER_THE_LIMIT)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/api/v1/imports/agencies"))
            .header("Authorization",
                    "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413").contains("20,971,520");
    }

    private void signIn() throws Exception {
        String token = csrf(get("/login").body());
        HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf=" + token))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).isPresent().get().asString().doesNotContain("error");
    }

    private HttpResponse<String> upload(String token, int padding) throws Exception {
        String boundary = "contingent-test-boundary";
        String body = part(boundary, "_csrf", token) + part(boundary, "kind", "agencies")
                + part(boundary, "action", "check") + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"agencies.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + CSV + " ".repeat(padding) + "\r\n--" + boundary + "--\r\n";
        return this.client.send(HttpRequest.newBuilder(uri("/imports"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private HttpResponse<String> get(String path) throws Exception {
        return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

}
