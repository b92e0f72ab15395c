package ca.contingent.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.contingent.audit.AuditAction;
import ca.contingent.audit.AuditLog;
import ca.contingent.shared.Role;
import ca.contingent.user.SignInAccounts;
import ca.contingent.user.SignInAccounts.SignInAccount;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a person the identity provider vouched for into a Contingent user. The IdP proves
 * who they are; what they may see stays with the {@code app_user} row an administrator
 * created under the same user name, so that scope (agency, missions) has a home and
 * disabling a user works as for a password user. The role is the row's role, and only
 * when the roles claim carries that same role: either side alone can take a role away,
 * neither can add one. No row, or a disabled one, refuses sign-in; a claim without the
 * row's role signs in with no role, which every page but the home page denies. Used only
 * when an OpenID Connect registration is configured.
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

    private final OidcClaims claims;

    private final SignInAccounts accounts;

    private final AuditLog audit;

    OidcAccounts(SignInAccounts accounts, AuditLog audit,
            @Value("${contingent.security.oidc.username-claim:preferred_username}") String usernameClaim,
            @Value("${contingent.security.oidc.roles-claim:roles}") String rolesClaim,
            @Value("${contingent.security.oidc.role-prefix:}") String rolePrefix) {
        this.provider = new OidcUserService();
        this.claims = new OidcClaims(usernameClaim, rolesClaim, rolePrefix);
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        // The default service has verified the ID token and, when the provider has a
        // user-info endpoint, merged its
        // claims: the roles may come from either.
        OidcUser user = this.provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        String username = this.claims.username(user.getClaims());
        if (username == null) {
            throw refused("(none)", registration, "no " + this.claims.usernameClaim() + " claim");
        }
        Optional<SignInAccount> account = this.accounts.find(username);
        if (account.isEmpty()) {
            throw refused(username, registration, "no such user");
        }
        if (!account.get().enabled()) {
            throw refused(username, registration, "user disabled");
        }
        Role role = account.get().role();
        Set<Role> claimed = this.claims.roles(user.getClaims());
        List<GrantedAuthority> authorities = claimed.contains(role)
                ? List.of(new SimpleGrantedAuthority(role.authority())) : List.of();
        this.audit.event(username, AuditAction.SIGN_IN, "user", username,
                "through " + registration + "; " + (authorities.isEmpty()
                        ? "no role: the " + this.claims.rolesClaim() + " claim lacks " + role : "role " + role));
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), this.claims.usernameClaim());
    }

    private OAuth2AuthenticationException refused(String username, String registration, String why) {
        this.audit.event(username, AuditAction.SIGN_IN_FAILED, "user", username,
                "refused through " + registration + ": " + why);
        // The description stays in the log; the sign-in page shows one message whatever
        // the reason.
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }

}
