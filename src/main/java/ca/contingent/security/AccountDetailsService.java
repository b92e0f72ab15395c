package ca.contingent.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import ca.contingent.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a user for sign-in. A lock is read against the injected clock so that its end is
 * exactly the stored instant. A user who must change their password is marked with
 * expired credentials: {@link SignInChecks} lets them sign in and
 * {@link PasswordChangeRequired} then keeps them on the password page.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return this.jdbc.sql("""
                select username, password_hash, role, enabled, locked_until, must_change_password
                from app_user where username = ?""").param(username).query((rs, row) -> {
            Timestamp lockedUntil = rs.getTimestamp("locked_until");
            return User.withUsername(rs.getString("username"))
                .password(rs.getString("password_hash"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.valueOf(rs.getString("role")).authority())))
                .disabled(!rs.getBoolean("enabled"))
                .accountLocked(lockedUntil != null && lockedUntil.toInstant().isAfter(this.clock.instant()))
                .credentialsExpired(rs.getBoolean("must_change_password"))
                .build();
        }).optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

}
