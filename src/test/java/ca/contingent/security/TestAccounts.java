package ca.contingent.security;

import java.util.UUID;

import ca.contingent.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Committed users for tests that sign in through the real filter chain, where a test
 * transaction cannot help. Each has a unique name starting with {@code t-} and stays
 * behind: users count in no report figure.
 */
final class TestAccounts {

    static final String PASSWORD = "the right passphrase";

    private TestAccounts() {
    }

    static String create(JdbcClient jdbc, PasswordEncoder passwords, Role role) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 13);
        jdbc.sql("insert into app_user (username, password_hash, role) values (?, ?, ?)")
            .params(username, passwords.encode(PASSWORD), role.name())
            .update();
        return username;
    }

}
