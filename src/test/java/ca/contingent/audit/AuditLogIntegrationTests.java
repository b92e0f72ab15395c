package ca.contingent.audit;

import java.time.Instant;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@Transactional
class AuditLogIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void creatingEditingAndDeletingAnAgencyLeavesOneEventEachWithBeforeAndAfter() {
        assertThat(this.mvc.post()
            .uri("/agencies/new")
            .with(user("officer-1").roles("PROGRAM_OFFICER"))
            .with(csrf())
            .param("code", "T-AUD")
            .param("nameEn", "Audit Police")
            .param("nameFr", "Police de l’audit")
            .param("type", "MUNICIPAL")
            .param("partnerSince", "2030-01-01")).hasStatus3xxRedirection();
        assertThat(this.mvc.post()
            .uri("/agencies/T-AUD/edit")
            .with(user("officer-2").roles("PROGRAM_OFFICER"))
            .with(csrf())
            .param("code", "T-AUD")
            .param("nameEn", "Audited Police")
            .param("nameFr", "Police de l’audit")
            .param("type", "MUNICIPAL")
            .param("partnerSince", "2030-01-01")
            .param("version", "0")).hasStatus3xxRedirection();
        assertThat(this.mvc.post()
            .uri("/agencies/T-AUD/delete")
            .with(user("officer-3").roles("PROGRAM_OFFICER"))
            .with(csrf())).hasStatus3xxRedirection();

        var events = this.jdbc.sql("""
                select username, action, before ->> 'nameEn' as before_name, after ->> 'nameEn' as after_name
                from audit_event where entity = 'agency' and key = 'T-AUD' order by id""")
            .query((rs, row) -> rs.getString("username") + " " + rs.getString("action") + " "
                    + rs.getString("before_name") + " -> " + rs.getString("after_name"))
            .list();
        assertThat(events).containsExactly("officer-1 CREATE null -> Audit Police",
                "officer-2 UPDATE Audit Police -> Audited Police", "officer-3 DELETE Audited Police -> null");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEvents() {
        this.audit.event("someone", AuditAction.SIGN_IN_FAILED, "user", "someone", "test");
        assertThatExceptionOfType(DataAccessException.class)
            .isThrownBy(() -> this.jdbc.sql("update audit_event set username = 'nobody'").update())
            .satisfies((ex) -> assertThat(ex.getMostSpecificCause()).hasMessageContaining("cannot be changed"));
    }

    @Test
    void theDatabaseRefusesToDeleteAuditEvents() {
        assertThatExceptionOfType(DataAccessException.class)
            .isThrownBy(() -> this.jdbc.sql("delete from audit_event").update())
            .satisfies((ex) -> assertThat(ex.getMostSpecificCause()).hasMessageContaining("cannot be changed"));
    }

    @Test
    void aChangeEventNeedsTheTransactionOfTheChange() {
        TestTransaction.flagForRollback();
        TestTransaction.end();
        assertThatExceptionOfType(IllegalTransactionStateException.class)
            .isThrownBy(() -> this.audit.change(AuditAction.CREATE, "agency", "X", null, null));
    }

    @Test
    void lineBreaksInLoggedTextAreEscaped() {
        assertThat(AuditLog.clean("evil\r\nFAKE LINE", 100)).isEqualTo("evil\\r\\nFAKE LINE");
    }

    @Test
    void auditorsReadTheLogThroughTheApiAndOthersMayNot() {
        Instant before = Instant.now().minusSeconds(5);
        this.audit.event("someone", AuditAction.SIGN_IN_FAILED, "user", "someone", "test");
        assertThat(this.mvc.get().uri("/api/v1/audit?since=" + before).with(user("aud").roles("AUDITOR"))).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].action")
            .asArray()
            .contains("SIGN_IN_FAILED");
        assertThat(this.mvc.get().uri("/api/v1/audit").with(TestUsers.programOfficer()))
            .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(this.mvc.get().uri("/api/v1/audit?since=yesterday").with(user("aud").roles("AUDITOR")))
            .hasStatus(HttpStatus.UNPROCESSABLE_ENTITY);
    }

}
