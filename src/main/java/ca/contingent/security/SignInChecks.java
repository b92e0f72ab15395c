package ca.contingent.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * The checks made on an account after its password has been verified, never before: a
 * locked account then costs the same Argon2 work as any other and is refused with the
 * very exception of a wrong password, so neither the answer nor its timing tells that the
 * account is locked. Expired credentials (a password to change) do not stop sign-in;
 * {@link PasswordChangeRequired} handles them after.
 */
final class SignInChecks implements UserDetailsChecker {

    static final UserDetailsChecker NONE = (user) -> {
    };

    @Override
    public void check(UserDetails user) {
        if (!user.isAccountNonLocked()) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("User is disabled");
        }
    }

}
