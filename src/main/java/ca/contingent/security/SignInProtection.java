package ca.contingent.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts consecutive failed sign-ins per user name, whichever way they came (sign-in page
 * or HTTP Basic), and locks the account for {@code contingent.security.lockout-minutes}
 * after {@value #MAX_FAILURES}. Every failure is in the audit log, unknown user names
 * included, since a spray across names is exactly what an administrator must see.
 */
@Component
class SignInProtection {

    static final int MAX_FAILURES = 5;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final Clock clock;

    private final SignInThrottle throttle;

    private final Duration lockout;

    SignInProtection(JdbcClient jdbc, AuditLog audit, Clock clock, SignInThrottle throttle,
            @Value("${contingent.security.lockout-minutes:15}") long lockoutMinutes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.throttle = throttle;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
                ? details.getRemoteAddress() : null;
        this.throttle.failed(address);
        String detail = (event instanceof AuthenticationFailureBadCredentialsEvent) ? countFailure(username)
                : "refused: " + event.getException().getClass().getSimpleName();
        this.audit.event(username, AuditAction.SIGN_IN_FAILED, "user", username,
                address == null ? detail : detail + "; from " + address);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // The condition keeps the many successful HTTP Basic requests from writing a row
        // each.
        this.jdbc.sql("""
                update app_user set failed_sign_ins = 0, locked_until = null
                where username = ? and (failed_sign_ins <> 0 or locked_until is not null)""")
            .param(event.getAuthentication().getName())
            .update();
    }

    /**
     * One statement, so that parallel attempts cannot slip past the limit. Attempts
     * during a lock neither count nor extend it: otherwise anyone could keep an account
     * locked for ever. The counter starts again after a lock.
     */
    private String countFailure(String username) {
        Instant now = this.clock.instant();
        Instant until = now.plus(this.lockout);
        Optional<Integer> failures = this.jdbc.sql("""
                update app_user set
                    failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end,
                    locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end
                where username = ? and (locked_until is null or locked_until <= ?)
                returning failed_sign_ins""")
            .params(MAX_FAILURES, MAX_FAILURES, Timestamp.from(until), username, Timestamp.from(now))
            .query(Integer.class)
            .optional();
        if (failures.isPresent()) {
            return failures.get() == 0 ? "wrong password; account locked until " + until
                    : "wrong password; failure " + failures.get() + " of " + MAX_FAILURES;
        }
        boolean exists = this.jdbc.sql("select count(*) from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .single() > 0;
        return exists ? "refused: account locked" : "unknown user name";
    }

}
