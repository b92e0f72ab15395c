package ca.contingent.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CountryCodeTests {

    @Test
    void knowsEveryCountryTheJdkKnowsAndNamesItInBothLanguages() {
        assertThat(CountryCode.all()).extracting(CountryCode::code)
            .containsExactlyInAnyOrder(Locale.getISOCountries())
            .isSorted();
        CountryCode haiti = CountryCode.of("HT");
        assertThat(haiti.name("en")).isEqualTo("Haiti");
        assertThat(haiti.name("fr")).isEqualTo("Haïti");
        assertThat(CountryCode.of("DE").name("fr")).isEqualTo("Allemagne");
        assertThat(haiti).hasToString("HT").isEqualTo(new CountryCode("HT"));
    }

    @Test
    void everyCodeIsTwoCapitalLettersAsTheDatabaseCheckRequires() {
        assertThat(CountryCode.all()).extracting(CountryCode::code).allMatch((code) -> code.matches("[A-Z]{2}"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "XX", "ZZ", "QQ", "ht", "Ht", "HTI", "H", "", " HT", "HT ", "H1" })
    void refusesWhatNamesNoCountryEvenInTheRightForm(String text) {
        assertThat(CountryCode.isKnown(text)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(text)).withMessageContaining(text);
    }

    @Test
    void refusesNothingAtAll() {
        assertThat(CountryCode.isKnown(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(null));
    }

    @Test
    void aFormFieldLeavesAnEmptyValueToItsRequiredRuleAndRefusesAnUnknownCode() {
        CountryCode.Known.Check check = new CountryCode.Known.Check();
        assertThat(check.isValid(null, null)).isTrue();
        assertThat(check.isValid("", null)).isTrue();
        assertThat(check.isValid("HT", null)).isTrue();
        assertThat(check.isValid("XX", null)).isFalse();
        assertThat(check.isValid("ht", null)).isFalse();
    }

}
