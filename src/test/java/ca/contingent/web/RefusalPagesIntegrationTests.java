package ca.contingent.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Accounts;
import ca.contingent.shared.ConflictException;
import ca.contingent.shared.UnprocessableException;
import ca.contingent.shared.UnprocessableException.FieldError;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static ca.contingent.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue 9: a page's refusal reaches the user as a message, on the form's fields or on the
 * page they came from, and never as a 500, even from a controller that catches nothing.
 */
@IntegrationTest
@Transactional
class RefusalPagesIntegrationTests {

    /**
     * Signed-in users reach every address under /account; the test's own controller is
     * registered there only while a test of this class runs.
     */
    static final String CONFLICT = "/account/test-refusals/conflict";

    static final String UNPROCESSABLE = "/account/test-refusals/unprocessable";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final List<RequestMappingInfo> registered = new ArrayList<>();

    @BeforeEach
    void registerAControllerThatCatchesNothing() throws NoSuchMethodException {
        register(CONFLICT, "conflict", RequestMethod.POST, RequestMethod.GET);
        register(UNPROCESSABLE, "unprocessable", RequestMethod.POST);
    }

    @AfterEach
    void unregister() {
        this.registered.forEach(this.mappings::unregisterMapping);
    }

    @Test
    void aRefusalThatNoControllerCaughtGoesBackToThePageItWasSentFromWithTheReason() {
        MvcTestResult refused = this.mvc.post()
            .uri(CONFLICT)
            .with(admin())
            .with(csrf())
            .header("Referer", "http://localhost/people?agency=T-AG1&sort=name")
            .exchange();

        assertThat(refused).hasStatus(302).hasRedirectedUrl("/people?agency=T-AG1&sort=name");
        Object flash = refused.getMvcResult().getFlashMap().get("flash");
        assertThat(flash).isInstanceOfSatisfying(Flash.class, (message) -> {
            assertThat(message.level()).isEqualTo("error");
            assertThat(message.key()).isEqualTo("error.stale");
            assertThat(message.arguments()).containsExactly("person", "T-RF1");
        });
        assertThat(this.mvc.get().uri("/").with(admin()).flashAttr("flash", flash)).hasStatusOk()
            .bodyText()
            .contains("“T-RF1” was changed by someone else since you opened it.");
        assertThat(this.mvc.get().uri("/").with(admin()).header("Accept-Language", "fr").flashAttr("flash", flash))
            .hasStatusOk()
            .bodyText()
            .contains("T-RF1", "a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.");
    }

    @Test
    void withoutAPageToGoBackToAConflictIsTheErrorPageWith409InTheUsersLanguage() {
        MvcTestResult english = this.mvc.post().uri(CONFLICT).with(admin()).with(csrf()).exchange();
        assertThat(english).hasStatus(409);
        assertThat(english).bodyText()
            .contains("<h1>Conflict</h1>", "“T-RF1” was changed by someone else since you opened it.")
            .doesNotContain("Exception", "ca.contingent", "Back to the previous page");

        MvcTestResult french = this.mvc.post()
            .uri(CONFLICT)
            .with(admin())
            .with(csrf())
            .header("Accept-Language", "fr")
            .exchange();
        assertThat(french).hasStatus(409);
        assertThat(french).bodyText()
            .contains("<h1>Conflit</h1>", "a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.")
            .doesNotContain("Exception");
    }

    @Test
    void brokenRulesThatNoFormShowedAre422WithEveryRuleInTheUsersLanguage() {
        MvcTestResult english = this.mvc.post().uri(UNPROCESSABLE).with(admin()).with(csrf()).exchange();
        assertThat(english).hasStatus(422);
        assertThat(english).bodyText()
            .contains("<h1>Invalid content</h1>", "“2024-99” is not a fiscal year", "“T-RF2” already exists.")
            .doesNotContain("Exception");

        MvcTestResult french = this.mvc.post()
            .uri(UNPROCESSABLE)
            .with(admin())
            .with(csrf())
            .header("Accept-Language", "fr")
            .exchange();
        assertThat(french).hasStatus(422);
        assertThat(french).bodyText().contains("<h1>Contenu non valide</h1>", "n’est pas un exercice", "existe déjà");
    }

    @Test
    void anAddressOfAnotherSiteIsNeverFollowed() {
        for (String elsewhere : List.of("https://evil.example/people", "http://localhost:8081/people",
                "http://localhost//evil.example/people")) {
            MvcTestResult refused = this.mvc.post()
                .uri(CONFLICT)
                .with(admin())
                .with(csrf())
                .header("Referer", elsewhere)
                .exchange();
            assertThat(refused).as(elsewhere).hasStatus(409);
            assertThat(refused.getResponse().getHeader("Location")).as(elsewhere).isNull();
            assertThat(refused).bodyText().as(elsewhere).doesNotContain("evil.example", "8081");
        }
    }

    @Test
    void aPageThatIsOnlyReadIsNotAskedForAgainButLinksBack() {
        MvcTestResult refused = this.mvc.get()
            .uri(CONFLICT)
            .with(admin())
            .header("Referer", "http://localhost/people?agency=T-AG1")
            .exchange();
        assertThat(refused).hasStatus(409);
        assertThat(refused).bodyText()
            .contains("href=\"/people?agency=T-AG1\"", "Back to the previous page",
                    "“T-RF1” was changed by someone else");
    }

    @Test
    void aRefusedFormShowsEachBrokenRuleOnItsFieldInEnglishAndFrench() {
        new Accounts(this.jdbc).headquarters();
        new TestRecords(this.jdbc).agency("T-RFA");

        createPerson("en", "T-RFNEW", "T-NONE")
            .contains("id=\"agency-error\">There is no agency with the code T-NONE.</p>")
            .doesNotContain("id=\"externalId-error\"");
        createPerson("fr", "T-RFNEW", "T-NONE").contains("id=\"agency-error\">Aucun organisme n’a le code T-NONE.</p>");
        assertThat(new TestRecords(this.jdbc).count("person", "T-RFNEW")).isZero();
    }

    /**
     * One language a test: the refused insert ends the test's transaction, which rolls
     * back.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | A person with the ID T-RFP already exists.
            fr | Une personne ayant l’identifiant T-RFP existe déjà.""")
    void aConflictShowsOnTheFieldTheFormNamesForItInTheUsersLanguage(String language, String message) {
        new Accounts(this.jdbc).headquarters();
        new TestRecords(this.jdbc).agency("T-RFA").person("T-RFP", "Roy", "Anne", "F", "POLICE", "T-RFA", "fr");

        createPerson(language, "T-RFP", "T-RFA").contains("id=\"externalId-error\">" + message + "</p>")
            .doesNotContain("id=\"agency-error\"");
    }

    private AbstractStringAssert<?> createPerson(String language, String externalId, String agency) {
        MvcTestResult result = this.mvc.post()
            .uri("/people/new")
            .with(admin())
            .with(csrf())
            .header("Accept-Language", language)
            .param("externalId", externalId)
            .param("familyName", "Roy")
            .param("givenName", "Anne")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", agency)
            .param("languages", "fr")
            .exchange();
        return assertThat(result).hasStatusOk().bodyText();
    }

    private void register(String path, String name, RequestMethod... methods) throws NoSuchMethodException {
        RequestMappingInfo mapping = RequestMappingInfo.paths(path)
            .methods(methods)
            .options(this.mappings.getBuilderConfiguration())
            .build();
        Method handler = CatchesNothing.class.getDeclaredMethod(name);
        this.mappings.registerMapping(mapping, new CatchesNothing(), handler);
        this.registered.add(mapping);
    }

    /**
     * A page controller whose actions are refused and that catches nothing, as one with a
     * forgotten catch would.
     */
    @Controller
    static class CatchesNothing {

        String conflict() {
            throw ConflictException.staleVersion("person", "T-RF1");
        }

        String unprocessable() {
            throw new UnprocessableException(List.of(new FieldError("year", "error.fiscalYear.detail", "2024-99"),
                    new FieldError("", "error.duplicate", "agency", "T-RF2")));
        }

    }

}
