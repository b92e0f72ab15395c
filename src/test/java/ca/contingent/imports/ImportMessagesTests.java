package ca.contingent.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of the imports module exists in English and in French. */
class ImportMessagesTests {

    @Test
    void everyKeyIsTranslated() throws IOException {
        Set<String> english = keys("i18n/imports/messages.properties");
        Set<String> french = keys("i18n/imports/messages_fr.properties");
        assertThat(english).isNotEmpty();
        assertThat(french).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void everyKindHasItsName() throws IOException {
        Set<String> english = keys("i18n/imports/messages.properties");
        for (ImportKind kind : ImportKind.values()) {
            assertThat(english).contains("import.kind." + kind.path());
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

}
