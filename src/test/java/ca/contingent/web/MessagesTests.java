package ca.contingent.web;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user-visible string exists in English and in French. */
class MessagesTests {

    static final Path RESOURCES = Path.of("src/main/resources");

    static Stream<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter((file) -> file.getFileName().toString().equals("messages.properties"))
                .toList()
                .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void everyKeyExistsInBothLanguages(Path english) throws IOException {
        Path french = english.resolveSibling("messages_fr.properties");
        assertThat(french).as("French twin of " + english).exists();
        Set<String> en = load(english).stringPropertyNames();
        Set<String> fr = load(french).stringPropertyNames();
        assertThat(difference(en, fr)).as("keys of " + english + " missing in French").isEmpty();
        assertThat(difference(fr, en)).as("keys of " + french + " missing in English").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void frenchMessagesAreTranslatedNotCopied(Path english) throws IOException {
        Properties en = load(english);
        Properties fr = load(english.resolveSibling("messages_fr.properties"));
        long same = en.stringPropertyNames()
            .stream()
            .filter((key) -> en.getProperty(key).length() > 12 && en.getProperty(key).equals(fr.getProperty(key)))
            .count();
        assertThat(same).as("long messages identical in " + english + " and its French twin").isZero();
    }

    /**
     * MessageFormat reads an ASCII apostrophe as a quote: in French text it must be the
     * typographic one.
     */
    @ParameterizedTest
    @MethodSource("englishBundles")
    void frenchUsesTypographicApostrophes(Path english) throws IOException {
        Properties fr = load(english.resolveSibling("messages_fr.properties"));
        assertThat(fr.stringPropertyNames())
            .allSatisfy((key) -> assertThat(fr.getProperty(key)).as(key).doesNotContain("'"));
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path bundle : englishBundles().toList()) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(RESOURCES.relativize(template) + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
