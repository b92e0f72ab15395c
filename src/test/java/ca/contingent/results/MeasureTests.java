package ca.contingent.results;

import ca.contingent.activity.ActivityCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureTests {

    @Test
    void readsAMeasureWithAndWithoutFilters() {
        assertThat(Measure.parse("SESSIONS")).isEqualTo(new Measure(Measure.Kind.SESSIONS, null, null));
        assertThat(Measure.parse("PARTICIPANTS_WOMEN:TRAINING"))
            .isEqualTo(new Measure(Measure.Kind.PARTICIPANTS_WOMEN, ActivityCategory.TRAINING, null));
        assertThat(Measure.parse(" SESSIONS:INVESTIGATION:Sexual and gender-based violence investigation support "))
            .isEqualTo(new Measure(Measure.Kind.SESSIONS, ActivityCategory.INVESTIGATION,
                    "Sexual and gender-based violence investigation support"));
        // Everything after the second colon is the type, colons included.
        assertThat(Measure.parse("PARTICIPANTS:TRAINING:Course: part 2").type()).isEqualTo("Course: part 2");
        assertThat(Measure.parse("WOMEN_IN_LEADERSHIP").kind().activitySum()).isFalse();
    }

    @Test
    void writesItselfBackAsRead() {
        for (String text : new String[] { "PERSONNEL", "WOMEN", "PARTICIPANTS:MENTORING",
                "SESSIONS:TRAINING:Immediate action rapid deployment" }) {
            assertThat(Measure.parse(text)).hasToString(text);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = { "TRAININGS|results.measure.unknown", "sessions|results.measure.unknown",
            "|results.measure.unknown", "SESSIONS:WORKSHOP|results.measure.unknownCategory",
            "SESSIONS:training|results.measure.unknownCategory", "PERSONNEL:TRAINING|results.measure.noFilters",
            "WOMEN:TRAINING:Workshop|results.measure.noFilters", "WOMEN_IN_LEADERSHIP:OTHER|results.measure.noFilters",
            "SESSIONS:TRAINING:|results.measure.emptyType" })
    void refusesWhatTheContractDoesNotAllow(String text, String reason) {
        assertThatThrownBy(() -> Measure.parse(text)).isInstanceOf(InvalidMeasureException.class)
            .extracting((ex) -> ((InvalidMeasureException) ex).messageKey())
            .isEqualTo(reason);
        assertThat(Measure.isValid(text)).isFalse();
    }

}
