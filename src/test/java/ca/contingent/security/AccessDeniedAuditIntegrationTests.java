package ca.contingent.security;

import java.util.UUID;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A refused request is a security event: it is answered 403 and leaves one audit row
 * saying who and why.
 */
@IntegrationTest
class AccessDeniedAuditIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoleReachingForWhatItMayNotIsRefusedAndRecorded() {
        String analyst = "t-denied-" + UUID.randomUUID();
        assertThat(this.mvc.get().uri("/agencies").with(user(analyst).roles("ANALYST")))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(events(analyst)).containsExactly("ACCESS_DENIED GET /agencies not allowed for this role");
    }

    @Test
    void anApiWriteRidingOnASessionWithoutItsCsrfTokenIsRefusedAndRecorded() {
        String officer = "t-csrf-" + UUID.randomUUID();
        assertThat(this.mvc.post()
            .uri("/api/v1/imports/agencies?dryRun=true")
            .contentType("text/csv")
            .content("code,name_en,name_fr,type,province,partner_since\n")
            .with(user(officer).roles("PROGRAM_OFFICER"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(events(officer))
            .containsExactly("ACCESS_DENIED POST /api/v1/imports/agencies missing or invalid CSRF token");
    }

    @Test
    void aPageWriteWithSomeoneElsesOrNoCsrfTokenIsRefused() {
        String officer = "t-csrf-page-" + UUID.randomUUID();
        assertThat(this.mvc.post()
            .uri("/agencies/new")
            .param("code", "T-NOCSRF")
            .with(user(officer).roles("PROGRAM_OFFICER"))
            .with(csrf().useInvalidToken())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(events(officer)).hasSize(1);
    }

    @Test
    void httpBasicCallsNeedNoCsrfToken() {
        assertThat(this.mvc.post()
            .uri("/api/v1/imports/agencies?dryRun=true")
            .contentType("text/csv")
            .content("code,name_en,name_fr,type,province,partner_since\nT-BASIC,B,B,MUNICIPAL,ON,2030-01-01\n")
            .with(httpBasic("admin", "test-admin-password-1"))).hasStatusOk();
    }

    private java.util.List<String> events(String user) {
        return this.jdbc
            .sql("select action || ' ' || key || ' ' || detail from audit_event where username = ? order by id")
            .param(user)
            .query(String.class)
            .list();
    }

}
