package ca.contingent.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.contingent.shared.UnprocessableException.FieldError;

import org.springframework.stereotype.Component;

/**
 * What a password must be (ASVS 6.2): at least 12 characters, at most 128 (long
 * passphrases are welcome, but an unbounded one would let anyone make the server hash
 * megabytes), not a well-known password and not the user name. The list of well-known
 * passwords is a curated resource compared case-insensitively; shorter entries of public
 * lists are already refused by the length rule, so it holds only those of 12 characters
 * or more.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    static final int MAX_LENGTH = 128;

    private static final String COMMON_PASSWORDS = "users/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /**
     * The broken rules, reported on {@code field}; empty when the password is acceptable.
     */
    List<FieldError> check(String field, String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(field, "user.password.required"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            errors.add(new FieldError(field, "user.password.tooShort", MIN_LENGTH));
        }
        else if (length > MAX_LENGTH) {
            errors.add(new FieldError(field, "user.password.tooLong", MAX_LENGTH));
        }
        else if (isCommon(password)) {
            errors.add(new FieldError(field, "user.password.common"));
        }
        else if (username != null && password.equalsIgnoreCase(username)) {
            errors.add(new FieldError(field, "user.password.username"));
        }
        return errors;
    }

    boolean isCommon(String password) {
        return this.common.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return this.common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read " + COMMON_PASSWORDS, ex);
        }
        return Set.copyOf(passwords);
    }

}
