package ca.contingent.monthly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import ca.contingent.MessageBundles;
import ca.contingent.activity.ActivityCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every monthly report message the pages and the code use exists in English and in
 * French, those built from a status, a category, a step or a CSV column included.
 */
class MonthlyMessagesTests {

    private static final Pattern CODE_KEY = Pattern.compile("\"(monthly\\.[\\w.]*\\w)\"");

    private final Properties root = MessageBundles.load("messages.properties");

    private final Properties english = MessageBundles.load("i18n/monthly/messages.properties");

    private final Properties french = MessageBundles.load("i18n/monthly/messages_fr.properties");

    @Test
    void everyKeyTheTemplatesAndCodeUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(
                MessageBundles.usedKeys(Path.of("src/main/resources/templates/monthly"), MessageBundles.TEMPLATE_KEY));
        used.addAll(MessageBundles.usedKeys(Path.of("src/main/java/ca/contingent/monthly"), CODE_KEY));
        for (MonthlyReportStatus status : MonthlyReportStatus.values()) {
            used.add("monthly.status." + status);
        }
        for (ActivityCategory category : ActivityCategory.values()) {
            used.add("monthly.category." + category);
        }
        for (Step step : Step.values()) {
            used.add("monthly.step." + step.path());
            used.add("monthly.step.done." + step.path());
            if (step.needsComment()) {
                used.add("monthly." + step.commentField());
                used.add("monthly." + step.commentField() + ".required");
            }
        }
        for (String column : new String[] { "person", "familyName", "givenName", "mission", "month", "status" }) {
            used.add("monthly.csv." + column);
        }
        // Prefixes the code completes at run time ("monthly.step.done." + step) are not
        // keys themselves.
        used.removeIf((key) -> key.endsWith(".") || !this.english.containsKey(key) && !this.root.containsKey(key)
                && this.english.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key + ".")));
        assertThat(used).isNotEmpty()
            .allSatisfy((key) -> assertThat(
                    this.english.containsKey(key) && this.french.containsKey(key) || this.root.containsKey(key))
                .as("message key %s", key)
                .isTrue());
    }

}
