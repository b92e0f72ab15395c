package ca.contingent.mission;

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
import ca.contingent.activity.ActivityCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missions and activities pages speak both languages: every key their templates and
 * code use exists in English and in French, and the French text uses the typographic
 * apostrophe.
 */
class MissionMessagesTests {

    private static final Pattern CODE_KEY = Pattern.compile("\"\\{?((?:mission|activity)\\.[\\w.]*\\w)\\}?\"");

    private final Properties root = MessageBundles.load("messages.properties");

    private final Properties english = both("messages.properties");

    private final Properties french = both("messages_fr.properties");

    /** The mission and activity bundles together, in one language. */
    private static Properties both(String file) {
        Properties both = new Properties();
        both.putAll(MessageBundles.load("i18n/mission/" + file));
        both.putAll(MessageBundles.load("i18n/activity/" + file));
        return both;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(this.french.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
        assertThat(this.english.stringPropertyNames())
            .allMatch((key) -> key.startsWith("mission.") || key.startsWith("activity.") || key.startsWith("nav."));
        assertThat(this.french.values()).allMatch((value) -> !value.toString().isBlank());
    }

    @Test
    void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(
                MessageBundles.usedKeys(Path.of("src/main/resources/templates/mission"), MessageBundles.TEMPLATE_KEY));
        used.addAll(
                MessageBundles.usedKeys(Path.of("src/main/resources/templates/activity"), MessageBundles.TEMPLATE_KEY));
        used.addAll(MessageBundles.usedKeys(Path.of("src/main/java/ca/contingent/mission"), CODE_KEY));
        used.addAll(MessageBundles.usedKeys(Path.of("src/main/java/ca/contingent/activity"), CODE_KEY));
        for (Organization organization : Organization.values()) {
            used.add("mission.organization." + organization);
        }
        for (ActivityCategory category : ActivityCategory.values()) {
            used.add("activity.category." + category);
        }
        used.add("mission.language.en");
        used.add("mission.language.fr");
        // Prefixes of keys completed at run time ('mission.organization.' + ${o}) are not
        // keys themselves.
        used.removeIf((key) -> this.english.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key + "."))
                && !this.english.containsKey(key));

        assertThat(used).isNotEmpty()
            .allSatisfy((key) -> assertThat(
                    this.english.containsKey(key) && this.french.containsKey(key) || this.root.containsKey(key))
                .as("message key %s", key)
                .isTrue());
    }

}
