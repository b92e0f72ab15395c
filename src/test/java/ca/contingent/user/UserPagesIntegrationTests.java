package ca.contingent.user;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@Transactional
class UserPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void scope() {
        new TestRecords(this.jdbc).agency("T-USR-A").mission("T-USR-M", null);
    }

    @Test
    void onlyAnAdministratorSeesTheUsersPageAndItsLink() {
        assertThat(this.mvc.get().uri("/users").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Users", "admin", "Administrator");
        assertThat(this.mvc.get().uri("/").with(TestUsers.admin())).bodyText().contains("href=\"/users\"");
        assertThat(this.mvc.get().uri("/").with(TestUsers.programOfficer())).bodyText()
            .doesNotContain("href=\"/users\"");
        assertThat(this.mvc.get().uri("/users").with(TestUsers.programOfficer())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/users/admin").with(TestUsers.analyst())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/users?lang=fr").with(TestUsers.admin())).bodyText().contains("Utilisateurs");
    }

    @Test
    void anAdministratorCreatesEditsDisablesAndEnablesAUser() {
        assertThat(this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "t-page-1")
            .param("password", "a long enough passphrase")
            .param("role", "AGENCY_COORDINATOR")
            .param("agency", "T-USR-A")
            .param("mustChangePassword", "true")).hasStatus3xxRedirection()
            .redirectedUrl()
            .isEqualTo("/users/t-page-1");
        assertThat(row("t-page-1")).isEqualTo("AGENCY_COORDINATOR T-USR-A true true");

        assertThat(this.mvc.post()
            .uri("/users/t-page-1/edit")
            .with(TestUsers.admin())
            .with(csrf())
            .param("role", "MISSION_COMMANDER")
            .param("missions", "T-USR-M")
            .param("version", "0")).hasStatus3xxRedirection();
        assertThat(row("t-page-1")).isEqualTo("MISSION_COMMANDER null true true");
        assertThat(this.mvc.get().uri("/users/t-page-1").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Mission commander", "T-USR-M");

        assertThat(this.mvc.post().uri("/users/t-page-1/disable").with(TestUsers.admin()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(row("t-page-1")).endsWith("false true");
        assertThat(this.mvc.post().uri("/users/t-page-1/enable").with(TestUsers.admin()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(row("t-page-1")).endsWith("true true");

        assertThat(this.jdbc
            .sql("select string_agg(action, ' ' order by id) from audit_event"
                    + " where entity = 'user' and key = 't-page-1'")
            .query(String.class)
            .single()).isEqualTo("CREATE UPDATE UPDATE UPDATE");
    }

    @Test
    void theFormShowsEveryBrokenRuleAndSavesNothing() {
        assertThat(this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "t-page-2")
            .param("password", "password1234")
            .param("role", "AGENCY_COORDINATOR")).hasStatusOk()
            .bodyText()
            .contains("too well known", "needs an agency");
        assertThat(this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "admin")
            .param("password", "a long enough passphrase")
            .param("role", "ANALYST")).hasStatusOk().bodyText().contains("already taken");
        assertThat(this.jdbc.sql("select count(*) from app_user where username = 't-page-2'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void theEditFormCannotChangeTheNameThePasswordOrTheFlags() {
        this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "t-page-3")
            .param("password", "a long enough passphrase")
            .param("role", "ANALYST")
            .exchange();
        String hash = this.jdbc.sql("select password_hash from app_user where username = 't-page-3'")
            .query(String.class)
            .single();
        assertThat(this.mvc.post()
            .uri("/users/t-page-3/edit")
            .with(TestUsers.admin())
            .with(csrf())
            .param("role", "AUDITOR")
            .param("version", "0")
            .param("username", "t-page-renamed")
            .param("password", "another long passphrase")
            .param("mustChangePassword", "true")
            .param("enabled", "false")).hasStatus3xxRedirection();
        assertThat(this.jdbc
            .sql("select role || ' ' || enabled || ' ' || must_change_password || ' '"
                    + " || (password_hash = ?) from app_user where username = 't-page-3'")
            .param(hash)
            .query(String.class)
            .single()).isEqualTo("AUDITOR true false true");
    }

    @Test
    void aStaleEditIsRefused() {
        this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .with(csrf())
            .param("username", "t-page-4")
            .param("password", "a long enough passphrase")
            .param("role", "ANALYST")
            .exchange();
        assertThat(this.mvc.post()
            .uri("/users/t-page-4/edit")
            .with(TestUsers.admin())
            .with(csrf())
            .param("role", "AUDITOR")
            .param("version", "7")).hasStatusOk().bodyText().contains("changed by someone else");
    }

    @Test
    void anAdministratorCannotDisableOrDemoteThemself() {
        assertThat(this.mvc.post().uri("/users/admin/disable").with(TestUsers.admin()).with(csrf()))
            .hasStatus3xxRedirection()
            .flash()
            .containsKey("flash");
        assertThat(this.mvc.post()
            .uri("/users/admin/edit")
            .with(TestUsers.admin())
            .with(csrf())
            .param("role", "ANALYST")
            .param("version", "0")).hasStatusOk().bodyText().contains("cannot take");
        assertThat(row("admin")).isEqualTo("ADMIN null true false");
    }

    @Test
    void changesWithoutACsrfTokenAreRefused() {
        assertThat(this.mvc.post()
            .uri("/users/new")
            .with(TestUsers.admin())
            .param("username", "t-page-5")
            .param("password", "a long enough passphrase")
            .param("role", "ANALYST")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.post().uri("/users/admin/unlock").with(TestUsers.admin()).with(csrf().useInvalidToken()))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.jdbc.sql("select count(*) from app_user where username = 't-page-5'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(this.mvc.get().uri("/users/nobody-here").with(TestUsers.admin())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(this.mvc.post().uri("/users/nobody-here/disable").with(TestUsers.admin()).with(csrf()))
            .hasStatus(HttpStatus.NOT_FOUND);
    }

    private String row(String username) {
        return this.jdbc.sql("""
                select u.role || ' ' || coalesce(a.code, 'null') || ' ' || u.enabled || ' ' || u.must_change_password
                from app_user u left join agency a on a.id = u.agency_id where u.username = ?""")
            .param(username)
            .query(String.class)
            .single();
    }

}
