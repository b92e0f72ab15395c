package ca.contingent.document;

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
 * The documents speak both languages: every key their template and code use exists in
 * English and in French.
 */
class DocumentMessagesTests {

    private static final Pattern CODE_KEY = Pattern.compile("\"((?:document|report)\\.[\\w.]*\\w)\"");

    private final Properties english = new Properties();

    private final Properties french = new Properties();

    DocumentMessagesTests() {
        for (String bundle : DocumentTexts.BUNDLES) {
            this.english.putAll(MessageBundles.load(bundle + ".properties"));
            this.french.putAll(MessageBundles.load(bundle + "_fr.properties"));
        }
    }

    @Test
    void everyKeyTheDocumentsUseExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(
                MessageBundles.usedKeys(Path.of("src/main/resources/templates/document"), MessageBundles.TEMPLATE_KEY));
        used.addAll(MessageBundles.usedKeys(Path.of("src/main/java/ca/contingent/document"), CODE_KEY));
        // Keys built from a prefix and a value: every value must have its message.
        for (String category : new String[] { "TRAINING", "MENTORING", "INVESTIGATION", "ADVISORY", "OTHER" }) {
            used.add("report.category." + category);
        }
        used.add("document.results.unit.COUNT");
        used.add("document.results.unit.PERCENT");
        used.removeIf((key) -> key.endsWith(".") || !this.english.containsKey(key)
                && this.english.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key + ".")));
        assertThat(used).contains("document.title", "document.sheet.glance", "report.served")
            .allSatisfy((key) -> assertThat(this.english.containsKey(key) && this.french.containsKey(key))
                .as("message key %s", key)
                .isTrue());
    }

    @Test
    void sheetNamesAreValidInBothLanguages() {
        for (Properties bundle : new Properties[] { this.english, this.french }) {
            bundle.stringPropertyNames()
                .stream()
                .filter((key) -> key.startsWith("document.sheet."))
                .forEach((key) -> assertThat(bundle.getProperty(key)).as(key)
                    .hasSizeLessThanOrEqualTo(31)
                    .isNotBlank()
                    .doesNotContainPattern("[\\[\\]:*?/\\\\]"));
        }
    }

}
