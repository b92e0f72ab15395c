package ca.contingent.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return this.jdbc.sql("select username, password_hash, role, enabled from app_user where username = ?")
            .param(username)
            .query((rs, row) -> User.withUsername(rs.getString("username"))
                .password(rs.getString("password_hash"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.valueOf(rs.getString("role")).authority())))
                .disabled(!rs.getBoolean("enabled"))
                .build())
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

}
