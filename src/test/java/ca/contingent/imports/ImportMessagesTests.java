package ca.contingent.imports;

import java.util.Set;

import ca.contingent.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every import kind has its name (key parity of the bundle is checked for all modules by
 * MessagesTests).
 */
class ImportMessagesTests {

    @Test
    void everyKindHasItsName() {
        Set<String> english = MessageBundles.load("i18n/imports/messages.properties").stringPropertyNames();
        for (ImportKind kind : ImportKind.values()) {
            assertThat(english).contains("import.kind." + kind.path());
        }
    }

}
