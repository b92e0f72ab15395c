package ca.contingent.publication;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import ca.contingent.MessageBundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every publication.* message the publication page, the annual report page and the code
 * use exists in English and in French, including those whose key is built from a value
 * (totals, actions, entities, categories).
 */
class PublicationMessagesTests {

    private static final Pattern USED_KEY = Pattern.compile("(?<![$*])[{\"](publication\\.[A-Za-z.]*[A-Za-z])[}\"(]");

    @Test
    void everyKeyUsedByTheTemplatesAndTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String folder : new String[] { "src/main/resources/templates/publication",
                "src/main/resources/templates/reporting", "src/main/java/ca/contingent/publication" }) {
            used.addAll(MessageBundles.usedKeys(Path.of(folder), USED_KEY));
        }
        Comparison.TOTALS.forEach((name) -> used.add("publication.total." + name));
        for (String action : new String[] { "CREATE", "UPDATE", "DELETE" }) {
            used.add("publication.action." + action);
        }
        for (String entity : new String[] { "deployment", "activity", "person", "agency", "mission" }) {
            used.add("publication.entity." + entity);
        }
        for (String category : new String[] { "TRAINING", "MENTORING", "INVESTIGATION", "ADVISORY", "OTHER" }) {
            used.add("publication.category." + category);
        }
        assertThat(used).contains("publication.note", "publication.link", "publication.already");
        assertThat(MessageBundles.load("i18n/publication/messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(MessageBundles.load("i18n/publication/messages_fr.properties").stringPropertyNames())
            .containsAll(used);
    }

    @Test
    void frenchMessagesAreTranslated() {
        Properties english = MessageBundles.load("i18n/publication/messages.properties");
        Properties french = MessageBundles.load("i18n/publication/messages_fr.properties");
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).equals(french.getProperty(key)) && english.getProperty(key).length() > 8) {
                same.add(key);
            }
        }
        assertThat(same).isEmpty();
    }

}
