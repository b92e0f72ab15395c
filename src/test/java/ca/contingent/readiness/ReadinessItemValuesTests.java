package ca.contingent.readiness;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which readiness import rows the readiness module writes: the validity window's rule.
 */
class ReadinessItemValuesTests {

    private static final LocalDate FROM = LocalDate.of(2030, 1, 1);

    @Test
    void aWindowMayBeOpenOrEndOnOrAfterItsStart() {
        assertThat(new ReadinessItemValues("P1", "MEDICAL", FROM, null).valid()).isTrue();
        assertThat(new ReadinessItemValues("P1", "MEDICAL", FROM, FROM).valid()).isTrue();
        assertThat(new ReadinessItemValues("P1", "MEDICAL", FROM, FROM.plusYears(1)).valid()).isTrue();
    }

    @Test
    void aWindowEndingBeforeItStartsIsNotWritten() {
        assertThat(new ReadinessItemValues("P1", "MEDICAL", FROM, FROM.minusDays(1)).valid()).isFalse();
        assertThat(ValidityWindow.isOrdered(FROM, FROM.minusDays(1))).isFalse();
    }

    @Test
    void aRowMissingAValueIsNotWritten() {
        assertThat(new ReadinessItemValues(null, "MEDICAL", FROM, null).valid()).isFalse();
        assertThat(new ReadinessItemValues("P1", null, FROM, null).valid()).isFalse();
        assertThat(new ReadinessItemValues("P1", "MEDICAL", null, null).valid()).isFalse();
        assertThat(
                new ReadinessItemValues("P1", "M".repeat(ReadinessItemValues.ITEM_MAX_LENGTH + 1), FROM, null).valid())
            .isFalse();
    }

}
