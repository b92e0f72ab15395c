package ca.contingent.user;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the administrator {@code admin} when no user exists: with
 * {@code contingent.admin-password} when it is set, otherwise with a random password
 * printed once to the log. Runs first ({@code @Order(0)}), before the reference data.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcClient jdbc;

    private final PasswordEncoder passwords;

    private final String configuredPassword;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder passwords,
            @Value("${contingent.admin-password:}") String configuredPassword) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // The lock makes two instances starting on one database create one administrator,
        // not two.
        this.jdbc.sql("lock table app_user in exclusive mode").update();
        if (this.jdbc.sql("select count(*) from app_user").query(Long.class).single() > 0) {
            return;
        }
        boolean generated = this.configuredPassword.isBlank();
        String password = generated ? randomPassword() : this.configuredPassword;
        this.jdbc.sql("insert into app_user (username, password_hash, role) values (?, ?, 'ADMIN')")
            .params(USERNAME, this.passwords.encode(password))
            .update();
        if (generated) {
            log.warn("Created the administrator '{}' with the generated password: {}  (shown once; set"
                    + " contingent.admin-password to choose it)", USERNAME, password);
        }
        else {
            log.info("Created the administrator '{}' with the password from contingent.admin-password", USERNAME);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
