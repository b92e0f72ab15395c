package ca.contingent.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import ca.contingent.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What sign-in needs of the accounts, for the security module: an account with its
 * password hash, role and lock, and the count of failed sign-ins in a row that locks it.
 * The count and the lock live on the account because administrators see and lift the lock
 * on the user pages. Each call is one statement, run in the caller's transaction or on
 * its own (no transaction of its own: sign-in, every HTTP Basic request included, pays
 * for no more than that statement).
 */
@Service
public class SignInAccounts {

    private final JdbcClient jdbc;

    SignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An account as sign-in checks it. Never shown or logged: it holds the password hash.
     *
     * @param lockedUntil when the lock after too many failures ends; {@code null}: never
     * locked, or the lock was lifted
     */
    public record SignInAccount(String username, String passwordHash, Role role, boolean enabled, Instant lockedUntil,
            boolean mustChangePassword) {

        public boolean lockedAt(Instant now) {
            return this.lockedUntil != null && this.lockedUntil.isAfter(now);
        }

        @Override
        public String toString() {
            return "SignInAccount[" + this.username + "]";
        }

    }

    public Optional<SignInAccount> find(String username) {
        return this.jdbc.sql("""
                select username, password_hash, role, enabled, locked_until, must_change_password
                from app_user where username = ?""").param(username).query((rs, row) -> {
            Timestamp lockedUntil = rs.getTimestamp("locked_until");
            return new SignInAccount(rs.getString("username"), rs.getString("password_hash"),
                    Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                    lockedUntil == null ? null : lockedUntil.toInstant(), rs.getBoolean("must_change_password"));
        }).optional();
    }

    public boolean exists(String username) {
        return this.jdbc.sql("select count(*) from app_user where username = ?")
            .param(username)
            .query(Integer.class)
            .single() > 0;
    }

    /**
     * Counts a failed sign-in of an account that is not locked at {@code now}, in one
     * statement so that parallel attempts cannot slip past the limit; the
     * {@code maxFailures}-th in a row locks it until {@code lockUntil} and starts the
     * count again. Attempts during a lock neither count nor extend it: otherwise anyone
     * could keep an account locked for ever.
     * @return the failures in a row after this one (0: this one locked the account);
     * empty when there is no such account or it is locked
     */
    public OptionalInt countFailure(String username, int maxFailures, Instant now, Instant lockUntil) {
        return this.jdbc.sql("""
                update app_user set
                    failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end,
                    locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end
                where username = ? and (locked_until is null or locked_until <= ?)
                returning failed_sign_ins""")
            .params(maxFailures, maxFailures, Timestamp.from(lockUntil), username, Timestamp.from(now))
            .query(Integer.class)
            .optional()
            .map(OptionalInt::of)
            .orElse(OptionalInt.empty());
    }

    /**
     * A successful sign-in starts the count again and ends a lock that has run out. The
     * condition keeps the many successful HTTP Basic requests from writing a row each.
     */
    public void signedIn(String username) {
        this.jdbc.sql("""
                update app_user set failed_sign_ins = 0, locked_until = null
                where username = ? and (failed_sign_ins <> 0 or locked_until is not null)""").param(username).update();
    }

}
