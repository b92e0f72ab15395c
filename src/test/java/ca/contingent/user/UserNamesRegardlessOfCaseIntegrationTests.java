package ca.contingent.user;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Issue 9: a user name is taken whatever its case. The API answers 409 and the page shows
 * the form again with the reason, never a 500; the database refuses such a name on every
 * other path.
 */
@IntegrationTest
@Transactional
class UserNamesRegardlessOfCaseIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private MockMvcTester.MockMvcRequestBuilder create(String username) {
        return this.mvc.post()
            .uri("/api/v1/users")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                    {"username":"%s","password":"a long enough passphrase","role":"ANALYST"}""".formatted(username));
    }

    @Test
    void theApiAnswersConflictForANameDifferingOnlyInCase() {
        assertThat(create("T-Case-Api")).hasStatus(HttpStatus.CREATED);
        assertThat(create("t-case-api")).hasStatus(HttpStatus.CONFLICT);
        assertThat(create("T-CASE-API")).hasStatus(HttpStatus.CONFLICT);
        assertThat(this.jdbc.sql("select count(*) from app_user where lower(username) = 't-case-api'")
            .query(Integer.class)
            .single()).isOne();
    }

    @Test
    void thePageShowsTheFormAgainWithTheReason() {
        assertThat(create("T-Case-Page")).hasStatus(HttpStatus.CREATED);
        assertThat(this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "t-case-page")
            .param("password", "a long enough passphrase")
            .param("role", "ANALYST")).hasStatusOk()
            .bodyText()
            .contains("The user name “t-case-page” is already taken.");
        assertThat(this.jdbc.sql("select count(*) from app_user where lower(username) = 't-case-page'")
            .query(Integer.class)
            .single()).isOne();
    }

    @Test
    void theDatabaseRefusesSuchANameWhateverWritesIt() {
        this.jdbc.sql("insert into app_user (username, password_hash, role) values ('T-Case-Db', '{noop}x', 'ANALYST')")
            .update();
        assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.jdbc
            .sql("insert into app_user (username, password_hash, role) values ('t-case-db', '{noop}x', 'ANALYST')")
            .update());
    }

}
