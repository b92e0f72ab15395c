package ca.contingent.security;

import ca.contingent.user.AccountChanged;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of a user at once, for example when they are disabled or their role
 * changes ({@link AccountChanged}): the registry marks them expired and the session
 * filters of both chains refuse them at the next request.
 */
@Component
public class Sessions {

    private final SessionRegistry registry;

    Sessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * A changed account's sessions end while the change is made, in its transaction's
     * thread, as when the user module called this directly.
     */
    @EventListener
    void accountChanged(AccountChanged event) {
        endAllBut(event.username(), event.keptSessionId());
    }

    /** Ends every session of the user. */
    public void endAll(String username) {
        endAllBut(username, null);
    }

    /**
     * Ends every session of the user except the one with the given id (null: none is
     * kept).
     */
    public void endAllBut(String username, String keptSessionId) {
        for (Object principal : this.registry.getAllPrincipals()) {
            // A user signed in through the identity provider is an OidcUser, named after
            // the username claim.
            String name = (principal instanceof UserDetails user) ? user.getUsername()
                    : (principal instanceof AuthenticatedPrincipal named) ? named.getName() : String.valueOf(principal);
            if (name.equals(username)) {
                for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                    }
                }
            }
        }
    }

}
