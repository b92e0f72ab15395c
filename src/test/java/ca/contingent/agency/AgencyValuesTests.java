package ca.contingent.agency;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which import rows the agency module writes: complete ones, names within their length.
 */
class AgencyValuesTests {

    private static final LocalDate SINCE = LocalDate.of(2030, 1, 1);

    private static AgencyValues agency(String nameEn, AgencyType type, Province province) {
        return new AgencyValues(AgencyCode.of("T-AV"), nameEn, "Nom", type, province, SINCE);
    }

    @Test
    void aCompleteRowIsValidWithOrWithoutAProvince() {
        assertThat(agency("Name", AgencyType.MUNICIPAL, Province.ON).valid()).isTrue();
        assertThat(agency("Name", AgencyType.FEDERAL, null).valid()).isTrue();
    }

    @Test
    void aRowMissingARequiredValueIsNot() {
        assertThat(new AgencyValues(null, "Name", "Nom", AgencyType.FEDERAL, null, SINCE).valid()).isFalse();
        assertThat(agency(null, AgencyType.FEDERAL, null).valid()).isFalse();
        assertThat(agency("  ", AgencyType.FEDERAL, null).valid()).isFalse();
        assertThat(agency("Name", null, null).valid()).isFalse();
        assertThat(new AgencyValues(AgencyCode.of("T-AV"), "Name", "Nom", AgencyType.FEDERAL, null, null).valid())
            .isFalse();
    }

    @Test
    void namesAreTwoHundredCharactersAtMost() {
        assertThat(agency("n".repeat(AgencyValues.NAME_MAX_LENGTH), AgencyType.FEDERAL, null).valid()).isTrue();
        assertThat(agency("n".repeat(AgencyValues.NAME_MAX_LENGTH + 1), AgencyType.FEDERAL, null).valid()).isFalse();
    }

}
