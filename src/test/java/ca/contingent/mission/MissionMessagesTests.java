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

import ca.contingent.activity.ActivityCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The missions and activities pages speak both languages: every key their templates and code use exists in English
 * and in French, and the French text uses the typographic apostrophe.
 */
class MissionMessagesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])");

    private static final Pattern CODE_KEY = Pattern.compile("\"\\{?((?:mission|activity)\\.[\\w.]*\\w)\\}?\"");

    private final Properties root = load("messages.properties");

    private final Properties english = load("i18n/missions/messages.properties");

    private final Properties french = load("i18n/missions/messages_fr.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(this.french.stringPropertyNames()).isEqualTo(this.english.stringPropertyNames());
        assertThat(this.english.stringPropertyNames()).allMatch((key) -> key.startsWith("mission.")
                || key.startsWith("activity."));
        assertThat(this.french.values()).allMatch((value) -> !value.toString().isBlank());
    }

    @Test
    void frenchUsesTypographicApostrophes() {
        assertThat(this.french.stringPropertyNames())
            .allSatisfy((key) -> assertThat(this.french.getProperty(key)).as(key).doesNotContain("'"));
    }

    @Test
    void everyKeyTheTemplatesAndCodeUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keys(Path.of("src/main/resources/templates/mission"), TEMPLATE_KEY));
        used.addAll(keys(Path.of("src/main/resources/templates/activity"), TEMPLATE_KEY));
        used.addAll(keys(Path.of("src/main/java/ca/contingent/mission"), CODE_KEY));
        used.addAll(keys(Path.of("src/main/java/ca/contingent/activity"), CODE_KEY));
        for (Organization organization : Organization.values()) {
            used.add("mission.organization." + organization);
        }
        for (ActivityCategory category : ActivityCategory.values()) {
            used.add("activity.category." + category);
        }
        used.add("mission.language.en");
        used.add("mission.language.fr");
        // Prefixes of keys completed at run time ('mission.organization.' + ${o}) are not keys themselves.
        used.removeIf((key) -> this.english.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key + "."))
                && !this.english.containsKey(key));

        assertThat(used).isNotEmpty().allSatisfy((key) -> assertThat(
                this.english.containsKey(key) && this.french.containsKey(key) || this.root.containsKey(key))
            .as("message key %s", key).isTrue());
    }

    private static Set<String> keys(Path folder, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MissionMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new IllegalStateException(resource, ex);
        }
        return properties;
    }

}
