package ca.contingent.agency;

import java.util.Locale;

import ca.contingent.shared.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared conflict messages, as AgencyService raises them, read well in both
 * languages: the record by its key, never the entity as an English word inside a French
 * sentence.
 */
class AgencyConflictMessagesTests {

    private final ResourceBundleMessageSource messages = messages();

    @Test
    void staleEditNamesTheRecordByItsKey() {
        ConflictException stale = ConflictException.staleVersion("agency", "T-RCMP");

        assertThat(render(stale, Locale.ENGLISH)).isEqualTo(
                "“T-RCMP” was changed by someone else since you opened it. Reload it and make your change again.");
        assertThat(render(stale, Locale.FRENCH)).isEqualTo("La fiche « T-RCMP » a été modifiée par quelqu’un"
                + " d’autre depuis que vous l’avez ouverte. Rechargez-la et refaites votre modification.");
    }

    @Test
    void duplicateKeyNamesTheRecordByItsKey() {
        ConflictException duplicate = ConflictException.duplicateKey("agency", "T-O'NEIL");

        assertThat(render(duplicate, Locale.ENGLISH)).isEqualTo("“T-O'NEIL” already exists.");
        assertThat(render(duplicate, Locale.FRENCH)).isEqualTo("« T-O'NEIL » existe déjà.");
    }

    private String render(ConflictException ex, Locale locale) {
        return this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

}
