package ca.contingent.results;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of an outcome's parent and level, which the logic model's pages and the
 * {@code outcomes} import both ask.
 */
class OutcomeTests {

    @Test
    void theUltimateOutcomeHasNoParent() {
        assertThat(Outcome.parentProblem("U", Level.ULTIMATE, false, null, null)).isEmpty();
        assertThat(key(Outcome.parentProblem("U", Level.ULTIMATE, true, "X", Level.ULTIMATE)))
            .isEqualTo("results.outcome.ultimateHasNoParent");
        // A parent cell with a refused code is still a parent given.
        assertThat(key(Outcome.parentProblem("U", Level.ULTIMATE, true, null, null)))
            .isEqualTo("results.outcome.ultimateHasNoParent");
    }

    @Test
    void otherLevelsNeedAParentOfTheLevelAbove() {
        assertThat(Outcome.parentProblem("I", Level.INTERMEDIATE, true, "U", Level.ULTIMATE)).isEmpty();
        assertThat(Outcome.parentProblem("M", Level.IMMEDIATE, true, "I", Level.INTERMEDIATE)).isEmpty();
        RuleBreak missing = Outcome.parentProblem("M", Level.IMMEDIATE, false, null, null).orElseThrow();
        assertThat(missing.messageKey()).isEqualTo("results.outcome.parentRequired");
        assertThat(missing.arguments()).containsExactly(Level.IMMEDIATE, Level.INTERMEDIATE);
        RuleBreak wrongLevel = Outcome.parentProblem("M", Level.IMMEDIATE, true, "U", Level.ULTIMATE).orElseThrow();
        assertThat(wrongLevel.messageKey()).isEqualTo("results.outcome.parentLevel");
        assertThat(wrongLevel.arguments()).containsExactly("U", Level.ULTIMATE, Level.IMMEDIATE, Level.INTERMEDIATE);
    }

    @Test
    void aParentMustExistAndNotBeTheOutcomeItself() {
        RuleBreak unknown = Outcome.parentProblem("I", Level.INTERMEDIATE, true, "NONE", null).orElseThrow();
        assertThat(unknown.messageKey()).isEqualTo("results.outcome.unknown");
        assertThat(unknown.arguments()).containsExactly("NONE");
        assertThat(key(Outcome.parentProblem("I", Level.INTERMEDIATE, true, "I", Level.ULTIMATE)))
            .isEqualTo("results.outcome.parentLevel");
    }

    @Test
    void aRefusedParentCodeIsNotReportedTwice() {
        assertThat(Outcome.parentProblem("M", Level.IMMEDIATE, true, null, null)).isEmpty();
    }

    @Test
    void anOutcomeWithOutcomesUnderItKeepsItsLevel() {
        assertThat(key(Outcome.levelChangeProblem("I", Level.INTERMEDIATE, Level.ULTIMATE, () -> true)))
            .isEqualTo("results.outcome.levelWithChildren");
        assertThat(Outcome.levelChangeProblem("I", Level.INTERMEDIATE, Level.ULTIMATE, () -> false)).isEmpty();
        assertThat(Outcome.levelChangeProblem("I", Level.INTERMEDIATE, Level.INTERMEDIATE, () -> true)).isEmpty();
    }

    private static String key(Optional<RuleBreak> rule) {
        return rule.orElseThrow().messageKey();
    }

}
