package ca.contingent.security;

import java.time.Clock;
import java.util.List;

import ca.contingent.user.SignInAccounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a user for sign-in, from the user module's accounts. A lock is read against the
 * injected clock so that its end is exactly the stored instant. A user who must change
 * their password is marked with expired credentials: {@link SignInChecks} lets them sign
 * in and {@link PasswordChangeRequired} then keeps them on the password page.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final SignInAccounts accounts;

    private final Clock clock;

    AccountDetailsService(SignInAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return this.accounts.find(username)
            .map((account) -> User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
                .disabled(!account.enabled())
                .accountLocked(account.lockedAt(this.clock.instant()))
                .credentialsExpired(account.mustChangePassword())
                .build())
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

}
