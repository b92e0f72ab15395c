package ca.contingent.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Languages by their ISO 639-1 codes, as the JDK lists and names them. */
class LanguageTests {

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr", "es", "ar", "pt", "sw", "ht", "uk" })
    void acceptsTheCodesOfLanguages(String code) {
        assertThat(Language.isCode(code)).isTrue();
        assertThat(Language.of(code).code()).isEqualTo(code);
        assertThat(Language.of(code)).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "xx", "qq", "EN", "Fr", "eng", "e", "en;fr", " en", "fr-CA" })
    void refusesWhatIsNotTheCodeOfALanguage(String code) {
        assertThat(Language.isCode(code)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Language.of(code));
    }

    @Test
    void refusesNothing() {
        assertThat(Language.isCode(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Language.of(null));
    }

    @Test
    void everyLanguageTheJdkListsIsOneAndTwoLettersLong() {
        assertThat(Locale.getISOLanguages()).allSatisfy((code) -> {
            assertThat(Language.isCode(code)).isTrue();
            assertThat(code).matches("[a-z]{2}");
        });
    }

    @Test
    void namesComeFromTheJdkInEnglishAndFrench() {
        assertThat(Language.of("fr").nameEn()).isEqualTo("French");
        assertThat(Language.of("fr").nameFr()).isEqualTo("français");
        assertThat(Language.of("en").nameFr()).isEqualTo("anglais");
        assertThat(Language.of("de").name("en")).isEqualTo("German");
        assertThat(Language.of("de").name("fr")).isEqualTo("allemand");
    }

}
