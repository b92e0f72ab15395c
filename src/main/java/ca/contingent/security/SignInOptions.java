package ca.contingent.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * What the sign-in page offers: the password form unless
 * {@code contingent.security.local-passwords=false}, and one link per identity provider
 * registered under {@code spring.security.oauth2.client.registration.*}. The page reads
 * it as {@code @signInOptions}, so that the web module needs to know nothing of OAuth2.
 */
@Component("signInOptions")
public class SignInOptions {

    private final boolean localPasswords;

    private final List<Provider> providers;

    SignInOptions(ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${contingent.security.local-passwords:true}") boolean localPasswords) {
        this.localPasswords = localPasswords;
        List<Provider> found = new ArrayList<>();
        // Boot's repository is in memory and iterable; another kind would have to list
        // its registrations itself.
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object one : all) {
                if (one instanceof ClientRegistration registration) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
        if (!localPasswords && this.providers.isEmpty()) {
            // Nobody could sign in at all; better to say so at startup than to serve a
            // page without a way in.
            throw new IllegalStateException("contingent.security.local-passwords=false needs an identity provider:"
                    + " set spring.security.oauth2.client.registration.<id>.* (see the README)");
        }
    }

    public boolean localPasswords() {
        return this.localPasswords;
    }

    public List<Provider> providers() {
        return this.providers;
    }

    /** An identity provider: its link is {@code /oauth2/authorization/{id}}. */
    public record Provider(String id, String name) {
    }

}
