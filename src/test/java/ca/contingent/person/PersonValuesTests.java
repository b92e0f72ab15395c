package ca.contingent.person;

import java.util.List;

import ca.contingent.shared.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which import rows the person module writes, and how their languages are stored. */
class PersonValuesTests {

    private static final List<Language> EN_FR = List.of(Language.of("en"), Language.of("fr"));

    private static PersonValues person(String externalId, String familyName, String rank, List<Language> languages) {
        return new PersonValues(externalId, familyName, "Given", Gender.F, PersonCategory.POLICE, "RCMP", rank,
                languages);
    }

    @Test
    void languagesAreStoredAsTheRosterStoresThemInTheOrderGiven() {
        assertThat(person("T-1", "Family", null, EN_FR).languageCodes()).isEqualTo("en;fr");
        assertThat(person("T-1", "Family", null, List.of(Language.of("fr"), Language.of("en"))).languageCodes())
            .isEqualTo("fr;en");
        assertThat(person("T-1", "Family", null, null).languageCodes()).isNull();
    }

    @Test
    void aCompleteRowIsValidWithOrWithoutARank() {
        assertThat(person("T-1", "Family", null, EN_FR).valid()).isTrue();
        assertThat(person("T-1", "Family", "Sergeant", EN_FR).valid()).isTrue();
    }

    @Test
    void aRowMissingARequiredValueIsNot() {
        assertThat(person(null, "Family", null, EN_FR).valid()).isFalse();
        assertThat(person("T-1", null, null, EN_FR).valid()).isFalse();
        assertThat(person("T-1", "Family", null, null).valid()).isFalse();
        assertThat(person("T-1", "Family", null, List.of()).valid()).isFalse();
        assertThat(new PersonValues("T-1", "Family", "Given", null, PersonCategory.POLICE, "RCMP", null, EN_FR).valid())
            .isFalse();
        assertThat(new PersonValues("T-1", "Family", "Given", Gender.X, PersonCategory.CIVILIAN, null, null, EN_FR)
            .valid()).isFalse();
    }

    @Test
    void eachValueWithinTheLengthTheFormAllows() {
        assertThat(person("x".repeat(PersonValues.EXTERNAL_ID_MAX_LENGTH), "n".repeat(PersonValues.NAME_MAX_LENGTH),
                "r".repeat(PersonValues.RANK_MAX_LENGTH), EN_FR)
            .valid()).isTrue();
        assertThat(person("x".repeat(PersonValues.EXTERNAL_ID_MAX_LENGTH + 1), "Family", null, EN_FR).valid())
            .isFalse();
        assertThat(person("T-1", "n".repeat(PersonValues.NAME_MAX_LENGTH + 1), null, EN_FR).valid()).isFalse();
        assertThat(person("T-1", "Family", "r".repeat(PersonValues.RANK_MAX_LENGTH + 1), EN_FR).valid()).isFalse();
        // 21 languages make "xx;" * 20 + "xx" = 62 characters, over the column's 60.
        assertThat(person("T-1", "Family", null, java.util.Collections.nCopies(21, Language.of("en"))).valid())
            .isFalse();
    }

}
