package ca.contingent.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ca.contingent.MessageBundles;
import ca.contingent.shared.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user pages and messages speak both languages, and the French text uses the
 * typographic apostrophe.
 */
class UserMessagesTests {

    private static final Pattern CODE_KEY = Pattern.compile("\"((?:user|account)\\.[\\w.]*\\w)\"");

    private final Properties root = MessageBundles.load("messages.properties");

    private final Properties english = MessageBundles.load("i18n/user/messages.properties");

    private final Properties french = MessageBundles.load("i18n/user/messages_fr.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(this.french.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
        assertThat(this.french.values()).allMatch((value) -> !value.toString().isBlank());
    }

    @Test
    void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(MessageBundles.usedKeys(Path.of("src/main/resources/templates/user"), MessageBundles.TEMPLATE_KEY));
        used.addAll(MessageBundles.usedKeys(Path.of("src/main/java/ca/contingent/user"), CODE_KEY));
        used.add("account.password.required");
        for (Role role : Role.values()) {
            used.add("user.role." + role);
        }
        used.removeIf((key) -> this.english.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key + "."))
                && !this.english.containsKey(key));
        assertThat(used).isNotEmpty()
            .allSatisfy((key) -> assertThat(
                    this.english.containsKey(key) && this.french.containsKey(key) || this.root.containsKey(key))
                .as("message key %s", key)
                .isTrue());
    }

}
