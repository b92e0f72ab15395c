package ca.contingent.rotation;

import java.time.LocalDate;

import ca.contingent.shared.FiscalYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonDaysTests {

    @Test
    void aDeploymentAcrossMarch31SplitsBetweenTheTwoFiscalYears() {
        LocalDate start = LocalDate.of(2031, 3, 1);
        LocalDate end = LocalDate.of(2031, 4, 30);

        // March 1 to 31 (31 days) in 2030-31, April 1 to 30 (30 days) in 2031-32: every
        // day counted once.
        assertThat(PersonDays.daysWithin(FiscalYear.parse("2030-31"), start, end)).isEqualTo(31);
        assertThat(PersonDays.daysWithin(FiscalYear.parse("2031-32"), start, end)).isEqualTo(30);
        assertThat(PersonDays.daysWithin(FiscalYear.parse("2029-30"), start, end)).isZero();
    }

    @Test
    void theBoundaryDaysThemselvesCount() {
        FiscalYear year = FiscalYear.parse("2030-31");
        assertThat(PersonDays.daysWithin(year, LocalDate.of(2031, 3, 31), LocalDate.of(2031, 4, 1))).isEqualTo(1);
        assertThat(PersonDays.daysWithin(year.next(), LocalDate.of(2031, 3, 31), LocalDate.of(2031, 4, 1)))
            .isEqualTo(1);
        assertThat(PersonDays.daysWithin(year, LocalDate.of(2030, 4, 1), LocalDate.of(2030, 4, 1))).isEqualTo(1);
    }

    @Test
    void aWholeYearIsOneFullTimeEquivalentLeapYearsIncluded() {
        FiscalYear leap = FiscalYear.parse("2031-32");
        assertThat(PersonDays.daysIn(leap)).isEqualTo(366);
        assertThat(PersonDays.daysIn(FiscalYear.parse("2030-31"))).isEqualTo(365);
        long days = PersonDays.daysWithin(leap, LocalDate.of(2031, 1, 1), LocalDate.of(2032, 12, 31));
        assertThat(PersonDays.Figure.of(days, PersonDays.daysIn(leap)).fte()).isEqualByComparingTo("1.00");
        assertThat(PersonDays.Figure.of(183, 366).fte()).isEqualByComparingTo("0.50");
    }

}
