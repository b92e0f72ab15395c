package ca.contingent.monthly;

import java.util.ArrayList;
import java.util.List;

import ca.contingent.activity.ActivityCategory;
import ca.contingent.shared.UnprocessableException.FieldError;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report's lines follow the activity module's rules (each approved line becomes an
 * activity): checked here with a plain Bean Validation validator, no Spring. The messages
 * name the field and the line.
 */
class LineRulesTests {

    private static ValidatorFactory validation;

    private static LineRules rules;

    @BeforeAll
    static void validator() {
        validation = Validation.buildDefaultValidatorFactory();
        rules = new LineRules(validation.getValidator());
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @Test
    void aLineOfEveryActivityCategoryIsAccepted() {
        for (ActivityCategory category : ActivityCategory.values()) {
            assertThat(errors(new ReportLine(category.name(), "Workshop", 1, 10, 4))).as(category.name()).isEmpty();
        }
    }

    @Test
    void aCategoryMustBeOneOfTheActivityCategories() {
        assertThat(errors(new ReportLine("PATROL", "Workshop", 1, null, null))).singleElement().satisfies((error) -> {
            assertThat(error.field()).isEqualTo("lines[0].category");
            assertThat(error.messageKey()).isEqualTo("monthly.line.category.unknown");
            assertThat(error.arguments()).containsExactly(1, "PATROL",
                    "TRAINING, MENTORING, INVESTIGATION, ADVISORY, OTHER");
        });
        assertThat(errors(new ReportLine("training", "Workshop", 1, null, null))).as("the names, as written")
            .extracting(FieldError::messageKey)
            .containsExactly("monthly.line.category.unknown");
        assertThat(errors(new ReportLine(null, "Workshop", 1, null, null))).extracting(FieldError::messageKey)
            .containsExactly("monthly.line.category.required");
    }

    @Test
    void womenAreNeverMoreThanParticipantsAnEmptyCountBeingZero() {
        assertThat(errors(new ReportLine("TRAINING", "Workshop", 1, 10, 10))).isEmpty();
        assertThat(errors(new ReportLine("TRAINING", "Workshop", 1, 10, 11))).singleElement().satisfies((error) -> {
            assertThat(error.field()).isEqualTo("lines[0].participantsWomen");
            assertThat(error.messageKey()).isEqualTo("monthly.line.womenAboveParticipants");
            assertThat(error.arguments()).containsExactly(1, 11, 10);
        });
        assertThat(errors(new ReportLine("TRAINING", "Workshop", 1, null, 1))).singleElement()
            .satisfies((error) -> assertThat(error.arguments()).containsExactly(1, 1, 0));
        assertThat(errors(new ReportLine("TRAINING", "Workshop", 1, null, 0))).isEmpty();
    }

    @Test
    void theTypeIsRequiredAndAtMostTheActivitysLength() {
        assertThat(errors(new ReportLine("TRAINING", "x".repeat(200), 1, null, null))).isEmpty();
        assertThat(errors(new ReportLine("TRAINING", "x".repeat(201), 1, null, null))).singleElement()
            .satisfies((error) -> {
                assertThat(error.messageKey()).isEqualTo("monthly.line.type.tooLong");
                assertThat(error.arguments()).containsExactly(1, 200);
            });
        assertThat(errors(new ReportLine("TRAINING", "  ", 1, null, null))).extracting(FieldError::messageKey)
            .containsExactly("monthly.line.type.required");
    }

    @Test
    void sessionsAreRequiredAndNoCountIsNegative() {
        assertThat(errors(new ReportLine("TRAINING", "Workshop", null, null, null))).extracting(FieldError::messageKey)
            .containsExactly("monthly.line.sessions.required");
        assertThat(errors(new ReportLine("TRAINING", "Workshop", -1, -2, -3))).extracting(FieldError::field)
            .containsExactly("lines[0].sessions", "lines[0].participants", "lines[0].participantsWomen");
        assertThat(errors(new ReportLine("TRAINING", "Workshop", 0, 0, 0))).isEmpty();
    }

    @Test
    void everyBrokenRuleOfEveryLineIsNamedInTheOrderOfTheLinesAndTheirColumns() {
        List<FieldError> errors = errors(new ReportLine("TRAINING", "Workshop", 1, 10, 4),
                new ReportLine("TRAINING", "Workshop", 2, 10, 12),
                new ReportLine("MENTORING", "Mentoring", -1, null, null), new ReportLine("PATROL", null, 1, null, 1));
        assertThat(errors).extracting(FieldError::field)
            .containsExactly("lines[1].participantsWomen", "lines[2].sessions", "lines[3].category", "lines[3].type",
                    "lines[3].participantsWomen");
        assertThat(errors).extracting((error) -> error.arguments()[0]).containsExactly(2, 3, 4, 4, 4);
    }

    private static List<FieldError> errors(ReportLine... lines) {
        List<FieldError> errors = new ArrayList<>();
        rules.check(List.of(lines), errors);
        return errors;
    }

}
