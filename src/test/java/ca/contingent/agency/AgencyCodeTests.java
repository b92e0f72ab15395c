package ca.contingent.agency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The agency code's rule: capital letters, digits, hyphens and underscores, 20 at most.
 */
class AgencyCodeTests {

    @ParameterizedTest
    @ValueSource(strings = { "RCMP", "OPP", "SQ", "0", "9-1_A", "A_", "A-", "ABCDEFGHIJ0123456789" })
    void acceptsCapitalsDigitsHyphensAndUnderscores(String code) {
        assertThat(AgencyCode.isValid(code)).isTrue();
        assertThat(AgencyCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "rcmp", "Rcmp", "-RCMP", "_RCMP", "RC MP", "RCMP.", "RÇMP", "ABCDEFGHIJ01234567890",
            "RCMP\u200B", " RCMP" })
    void refusesAnythingElse(String code) {
        assertThat(AgencyCode.isValid(code)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode(code));
    }

    @Test
    void refusesNothing() {
        assertThat(AgencyCode.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyCode.of(null));
    }

    @Test
    void ofIgnoresSurroundingSpacesAsFormsDo() {
        assertThat(AgencyCode.of("  SPVM ")).isEqualTo(new AgencyCode("SPVM"));
        assertThat(AgencyCode.of("  SPVM ")).hasToString("SPVM");
    }

    @Test
    void theLongestCodeIsTwentyCharacters() {
        assertThat(AgencyCode.isValid("A".repeat(AgencyCode.MAX_LENGTH))).isTrue();
        assertThat(AgencyCode.isValid("A".repeat(AgencyCode.MAX_LENGTH + 1))).isFalse();
    }

}
