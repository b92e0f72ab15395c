package ca.contingent.mission;

import java.util.HashMap;
import java.util.Map;

import ca.contingent.mission.MissionTree.Break;
import ca.contingent.mission.MissionTree.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Components are one level deep, whichever path asks. */
class MissionTreeTests {

    /** HAITI with two components, CPMU alone. */
    private final MissionTree tree = new MissionTree(
            parents("HAITI", null, "BINUH", "HAITI", "MINUJUSTH", "HAITI", "CPMU", null));

    private static Map<String, String> parents(String... codeAndParent) {
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < codeAndParent.length; i += 2) {
            parents.put(codeAndParent[i], codeAndParent[i + 1]);
        }
        return parents;
    }

    @Test
    void aTopLevelMissionOrNoParentIsAllowed() {
        assertThat(this.tree.breaks("CPMU", null)).isEmpty();
        assertThat(this.tree.breaks("CPMU", "HAITI")).isEmpty();
        assertThat(this.tree.breaks(null, "HAITI")).isEmpty();
        assertThat(this.tree.breaks("NEW", "CPMU")).isEmpty();
    }

    @Test
    void aMissionIsNotItsOwnParentAndNothingElseIsSaidThen() {
        assertThat(this.tree.breaks("HAITI", "HAITI")).containsExactly(new Break(Kind.OWN_PARENT, null, 0));
    }

    @Test
    void theParentExists() {
        assertThat(this.tree.breaks("CPMU", "NOPE")).containsExactly(new Break(Kind.UNKNOWN_PARENT, null, 0));
    }

    @Test
    void theParentIsNotAComponentAndItsOwnParentIsNamed() {
        assertThat(this.tree.breaks("CPMU", "BINUH")).containsExactly(new Break(Kind.PARENT_IS_COMPONENT, "HAITI", 0));
    }

    @Test
    void aMissionWithComponentsDoesNotBecomeOneAndBothRulesAreReported() {
        assertThat(this.tree.breaks("HAITI", "CPMU")).containsExactly(new Break(Kind.HAS_COMPONENTS, null, 2));
        assertThat(this.tree.breaks("HAITI", "BINUH")).containsExactly(new Break(Kind.PARENT_IS_COMPONENT, "HAITI", 0),
                new Break(Kind.HAS_COMPONENTS, null, 2));
    }

}
