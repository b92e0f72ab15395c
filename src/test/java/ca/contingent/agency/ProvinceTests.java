package ca.contingent.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The provinces and territories: one list of thirteen codes, named in both languages. */
class ProvinceTests {

    @Test
    void theThirteenProvincesAndTerritoriesInTheOrderOfTheirCodes() {
        assertThat(Province.codes()).containsExactly("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC",
                "SK", "YT");
        assertThat(Province.codes()).isSorted();
    }

    @ParameterizedTest
    @EnumSource(Province.class)
    void eachCodeNamesItsProvince(Province province) {
        assertThat(Province.of(province.code())).isSameAs(province);
        assertThat(Province.find(province.code())).contains(province);
        assertThat(Province.isCode(province.code())).isTrue();
        assertThat(province.nameEn()).isNotBlank();
        assertThat(province.nameFr()).isNotBlank();
    }

    @Test
    void namesAreInTheReadersLanguage() {
        assertThat(Province.QC.name("en")).isEqualTo("Quebec");
        assertThat(Province.QC.name("fr")).isEqualTo("Québec");
        assertThat(Province.BC.name("fr")).isEqualTo("Colombie-Britannique");
        assertThat(Province.NL.name("en")).isEqualTo("Newfoundland and Labrador");
        assertThat(Province.PE.name("fr")).isEqualTo("Île-du-Prince-Édouard");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "on", "Qc", "ONT", "PQ", "NF", "XX", " ON" })
    void refusesWhatIsNotACode(String code) {
        assertThat(Province.isCode(code)).isFalse();
        assertThat(Province.find(code)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Province.of(code));
    }

    @Test
    void refusesNothing() {
        assertThat(Province.isCode(null)).isFalse();
        assertThat(Province.find(null)).isEmpty();
        assertThat(new ProvinceCode.Validator().isValid(null, null)).as("the form leaves an empty province alone")
            .isTrue();
    }

    @Test
    void theFormsCheckIsTheList() {
        ProvinceCode.Validator validator = new ProvinceCode.Validator();
        assertThat(Province.codes()).allMatch((code) -> validator.isValid(code, null));
        assertThat(validator.isValid("PQ", null)).isFalse();
        assertThat(validator.isValid("on", null)).isFalse();
    }

}
