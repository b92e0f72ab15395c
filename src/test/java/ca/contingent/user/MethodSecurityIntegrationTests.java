package ca.contingent.user;

import java.time.Instant;
import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.audit.AuditLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The services guard themselves, whatever URL rule stands in front of them: a call from
 * the wrong role is denied, not merely never made.
 */
@IntegrationTest
@Transactional
class MethodSecurityIntegrationTests {

    @Autowired
    UserService users;

    @Autowired
    AuditLog audit;

    @Test
    @WithMockUser(username = "officer", roles = "PROGRAM_OFFICER")
    void onlyAnAdministratorManagesUsers() {
        NewUser user = new NewUser("t-method", "a-long-enough-password-42", "ANALYST", null, List.of());
        assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.users.create(user, false));
        assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.users.list());
        assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.users.unlock("admin"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorListsUsers() {
        assertThatCode(() -> this.users.list()).doesNotThrowAnyException();
    }

    @Test
    @WithMockUser(username = "officer", roles = "PROGRAM_OFFICER")
    void onlyAuditorsAndAdministratorsReadTheAuditLog() {
        assertThatExceptionOfType(AuthorizationDeniedException.class)
            .isThrownBy(() -> this.audit.since(Instant.EPOCH, 1));
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    void anAuditorReadsTheAuditLog() {
        assertThatCode(() -> this.audit.since(Instant.EPOCH, 1)).doesNotThrowAnyException();
    }

}
