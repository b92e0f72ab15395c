package ca.contingent.person;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ca.contingent.MessageBundles;
import ca.contingent.deployment.DeploymentStatus;
import ca.contingent.deployment.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every person.* and deployment.* message that the people and deployment pages use exists
 * in English and in French: an untranslated screen fails here, not in front of a user.
 * (Key parity and "translated, not copied" are checked for every bundle by MessagesTests;
 * this module asks for more.)
 */
class PeopleMessagesTests {

    private static final Pattern USED_KEY = Pattern
        .compile("(?<![$*])[{\"]((?:person|deployment)\\.[A-Za-z.]*[A-Za-z])[}\"(]");

    @Test
    void everyKeyUsedByTheTemplatesAndTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] { "src/main/resources/templates/person",
                "src/main/resources/templates/deployment", "src/main/java/ca/contingent/person",
                "src/main/java/ca/contingent/deployment" }) {
            used.addAll(MessageBundles.usedKeys(Path.of(folder), USED_KEY));
        }
        Stream.of(Gender.values()).forEach((value) -> used.add("person.gender." + value));
        Stream.of(PersonCategory.values()).forEach((value) -> used.add("person.category." + value));
        Stream.of(Term.values()).forEach((value) -> used.add("deployment.term." + value));
        Arrays.stream(DeploymentStatus.values()).forEach((value) -> used.add("deployment.status." + value));
        assertThat(used).contains("person.familyName.required", "deployment.overlap", "deployment.new");
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_fr.properties").stringPropertyNames()).containsAll(used);
    }

    /** The person and deployment bundles together, in one language. */
    private static Properties bundle(String file) {
        Properties both = new Properties();
        both.putAll(MessageBundles.load("i18n/person/" + file));
        both.putAll(MessageBundles.load("i18n/deployment/" + file));
        return both;
    }

    /**
     * Stricter than the check every bundle gets: on these pages even short labels must be
     * translated.
     */
    @Test
    void frenchMessagesAreTranslated() {
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

}
