package ca.contingent.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FiscalYearTests {

    @Test
    void runsFromAprilFirstToMarchThirtyFirst() {
        FiscalYear year = FiscalYear.parse("2024-25");
        assertThat(year.from()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(year).hasToString("2024-25");
    }

    @Test
    void containsItsFirstAndLastDayAndNothingOutside() {
        FiscalYear year = FiscalYear.parse("2024-25");
        assertThat(year.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2025, 4, 1))).isFalse();
    }

    @Test
    void findsTheYearOfADay() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(FiscalYear.parse("2024-25"));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(FiscalYear.parse("2025-26"));
    }

    @Test
    void writesTheCenturyTurnWithTwoDigits() {
        assertThat(FiscalYear.parse("1999-00").to()).isEqualTo(LocalDate.of(2000, 3, 31));
        assertThat(new FiscalYear(2009)).hasToString("2009-10");
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "2024", "2024-26", "2024-2025", "24-25", "abcd-ef", "2024-25 x", "", "2024/25", "2025-24" })
    void refusesWhatIsNotAFiscalYear(String text) {
        assertThatExceptionOfType(InvalidFiscalYearException.class).isThrownBy(() -> FiscalYear.parse(text));
    }

    @Test
    void startsFromTheFirstToTheLastStartYear() {
        assertThat(FiscalYear.parse("1900-01").startYear()).isEqualTo(FiscalYear.FIRST_START_YEAR);
        assertThat(FiscalYear.parse("2998-99").startYear()).isEqualTo(FiscalYear.LAST_START_YEAR);
        assertThatExceptionOfType(InvalidFiscalYearException.class).isThrownBy(() -> FiscalYear.parse("1899-00"));
        assertThatExceptionOfType(InvalidFiscalYearException.class).isThrownBy(() -> FiscalYear.parse("2999-00"));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new FiscalYear(1899));
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new FiscalYear(2999));
    }

    @Test
    void refusesASecondYearThatDoesNotFollow() {
        // The database once took 2024-99 for a publication (issue 9).
        assertThatExceptionOfType(InvalidFiscalYearException.class).isThrownBy(() -> FiscalYear.parse("2024-99"))
            .satisfies((ex) -> assertThat(ex.text()).isEqualTo("2024-99"));
    }

    @Test
    void ignoresSpacesAroundIt() {
        assertThat(FiscalYear.parse(" 2024-25 ")).isEqualTo(new FiscalYear(2024));
    }

    @Test
    void stepsToTheYearsAround() {
        assertThat(FiscalYear.parse("1999-00").next()).hasToString("2000-01");
        assertThat(FiscalYear.parse("2000-01").previous()).hasToString("1999-00");
        assertThat(FiscalYear.parse("2024-25").compareTo(FiscalYear.parse("2025-26"))).isNegative();
    }

}
