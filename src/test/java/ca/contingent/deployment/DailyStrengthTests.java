package ca.contingent.deployment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

import ca.contingent.deployment.DailyStrength.Excess;
import ca.contingent.deployment.DailyStrength.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strength per day: the candidate plus the deployments covering each day, against that
 * day's strength.
 */
class DailyStrengthTests {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private static Period p(String start, String end) {
        return new Period(d(start), d(end));
    }

    @Test
    void noStrengthMeansNoLimit() {
        assertThat(DailyStrength.exceeded(d("2030-01-01"), d("2030-01-10"),
                List.of(p("2030-01-01", "2030-01-10"), p("2030-01-01", "2030-01-10")), (day) -> null))
            .isEmpty();
    }

    @Test
    void onlyTheDaysOverStrengthAreReportedAsOneRun() {
        // Strength 2: one other all along, a second other from the 5th to the 7th makes
        // three on those days.
        List<Excess> runs = DailyStrength.exceeded(d("2030-01-01"), d("2030-01-10"),
                List.of(p("2029-12-01", "2030-02-01"), p("2030-01-05", "2030-01-07")), (day) -> 2);
        assertThat(runs).containsExactly(new Excess(d("2030-01-05"), d("2030-01-07"), 3, 2));
    }

    @Test
    void theLastPlaceCanBeTakenButNotOneMore() {
        assertThat(DailyStrength.exceeded(d("2030-01-01"), d("2030-01-31"), List.of(p("2030-01-01", "2030-01-31")),
                (day) -> 2))
            .isEmpty();
        assertThat(DailyStrength.exceeded(d("2030-01-01"), d("2030-01-31"), List.of(p("2030-01-31", "2030-03-31")),
                (day) -> 1))
            .containsExactly(new Excess(d("2030-01-31"), d("2030-01-31"), 2, 1));
        assertThat(DailyStrength.exceeded(d("2030-01-01"), d("2030-01-01"), List.of(), (day) -> 0))
            .containsExactly(new Excess(d("2030-01-01"), d("2030-01-01"), 1, 0));
    }

    @Test
    void aChangeOfStrengthAppliesFromItsDateOn() {
        NavigableMap<LocalDate, Integer> changes = new TreeMap<>(Map.of(d("2030-01-16"), 1));
        Function<LocalDate, Integer> strength = (day) -> {
            Map.Entry<LocalDate, Integer> change = changes.floorEntry(day);
            return change == null ? 2 : change.getValue();
        };
        assertThat(DailyStrength.exceeded(d("2030-01-01"), d("2030-01-31"), List.of(p("2030-01-01", "2030-01-31")),
                strength))
            .containsExactly(new Excess(d("2030-01-16"), d("2030-01-31"), 2, 1));
    }

    @Test
    void separateRunsAreReportedSeparately() {
        List<Excess> runs = DailyStrength.exceeded(d("2030-01-01"), d("2030-01-10"),
                List.of(p("2030-01-02", "2030-01-03"), p("2030-01-08", "2030-01-08")), (day) -> 1);
        assertThat(runs).extracting(Excess::from).containsExactly(d("2030-01-02"), d("2030-01-08"));
    }

}
