package ca.contingent.personnel;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ca.contingent.deployment.DeploymentStatus;
import ca.contingent.deployment.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every person.* and deployment.* message that the people and deployment pages use exists in English and in French,
 * and the two bundles have the same keys: an untranslated screen fails here, not in front of a user.
 */
class PeopleMessagesTests {

    private static final Pattern USED_KEY = Pattern.compile("(?<![$*])[{\"]((?:person|deployment)\\.[A-Za-z.]*[A-Za-z])[}\"(]");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_fr.properties").stringPropertyNames())
            .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedByTheTemplatesAndTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] { "src/main/resources/templates/person",
                "src/main/resources/templates/deployment", "src/main/java/ca/contingent/personnel",
                "src/main/java/ca/contingent/deployment" }) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.toList()) {
                    Matcher matcher = USED_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        Stream.of(Gender.values()).forEach((value) -> used.add("person.gender." + value));
        Stream.of(PersonCategory.values()).forEach((value) -> used.add("person.category." + value));
        Stream.of(Term.values()).forEach((value) -> used.add("deployment.term." + value));
        Arrays.stream(DeploymentStatus.values()).forEach((value) -> used.add("deployment.status." + value));
        assertThat(used).contains("person.familyName.required", "deployment.overlap", "deployment.new");
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_fr.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void frenchMessagesAreTranslated() throws IOException {
        Properties english = bundle("messages.properties");
        Properties french = bundle("messages_fr.properties");
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(french.getProperty(key)) && english.getProperty(key).length() > 8) {
                same.add(key);
            }
        }
        assertThat(same).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/people", name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

}
