package ca.contingent.readiness;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Validity windows: both ends inclusive, open-ended until, renewals that follow each
 * other cover as one.
 */
class ValidityWindowTests {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void bothEndsAreInclusive() {
        ValidityWindow window = new ValidityWindow(d("2030-01-01"), d("2030-12-31"));
        assertThat(window.validOn(d("2029-12-31"))).isFalse();
        assertThat(window.validOn(d("2030-01-01"))).isTrue();
        assertThat(window.validOn(d("2030-12-31"))).isTrue();
        assertThat(window.validOn(d("2031-01-01"))).isFalse();
    }

    @Test
    void withoutUntilAWindowIsValidForever() {
        ValidityWindow window = new ValidityWindow(d("2030-01-01"), null);
        assertThat(window.validOn(d("2999-12-31"))).isTrue();
        assertThat(window.validOn(d("2029-12-31"))).isFalse();
        assertThat(ValidityWindow.firstUncovered(List.of(window), d("2030-01-01"), d("2090-01-01"))).isEmpty();
    }

    @Test
    void untilBeforeFromIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ValidityWindow(d("2030-01-02"), d("2030-01-01")));
        assertThat(new ValidityWindow(d("2030-01-01"), d("2030-01-01")).validOn(d("2030-01-01"))).isTrue();
    }

    @Test
    void aPeriodIsCoveredWhenEveryDayIsValid() {
        List<ValidityWindow> windows = List.of(new ValidityWindow(d("2030-01-01"), d("2030-06-30")));
        assertThat(ValidityWindow.firstUncovered(windows, d("2030-01-01"), d("2030-06-30"))).isEmpty();
        assertThat(ValidityWindow.firstUncovered(windows, d("2030-03-01"), d("2030-07-01"))).contains(d("2030-07-01"));
        assertThat(ValidityWindow.firstUncovered(windows, d("2029-12-31"), d("2030-03-01"))).contains(d("2029-12-31"));
        assertThat(ValidityWindow.firstUncovered(List.of(), d("2030-01-01"), d("2030-01-01")))
            .contains(d("2030-01-01"));
    }

    @Test
    void aRenewalTheDayAfterContinuesTheCoverButAGapDoesNot() {
        List<ValidityWindow> renewed = List.of(new ValidityWindow(d("2030-07-01"), d("2030-12-31")),
                new ValidityWindow(d("2030-01-01"), d("2030-06-30")));
        assertThat(ValidityWindow.firstUncovered(renewed, d("2030-02-01"), d("2030-11-30"))).isEmpty();
        List<ValidityWindow> gap = List.of(new ValidityWindow(d("2030-01-01"), d("2030-06-30")),
                new ValidityWindow(d("2030-07-02"), null));
        assertThat(ValidityWindow.firstUncovered(gap, d("2030-02-01"), d("2030-11-30"))).contains(d("2030-07-01"));
    }

    @Test
    void statesOnAGivenDay() {
        LocalDate today = d("2030-01-01");
        assertThat(Readiness.state(new ValidityWindow(d("2029-01-01"), null), today))
            .isEqualTo(ReadinessStatus.State.VALID);
        assertThat(Readiness.state(new ValidityWindow(d("2029-01-01"), d("2030-03-31")), today))
            .isEqualTo(ReadinessStatus.State.EXPIRING);
        assertThat(Readiness.state(new ValidityWindow(d("2029-01-01"), d("2030-03-31").plusDays(1)), today))
            .isEqualTo(ReadinessStatus.State.VALID);
        assertThat(Readiness.state(new ValidityWindow(d("2029-01-01"), d("2029-12-31")), today))
            .isEqualTo(ReadinessStatus.State.EXPIRED);
        assertThat(Readiness.state(new ValidityWindow(d("2030-01-02"), null), today))
            .isEqualTo(ReadinessStatus.State.NOT_YET_VALID);
    }

}
