package ca.contingent.person;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of scope covers, without a database: the agencies a caller may enter
 * people of and the missions whose records they may import, which the imports take from
 * here.
 */
class ScopeTests {

    @Test
    void headquartersCoverEveryAgencyAndMission() {
        assertThat(Scope.everything().coversAgency(7)).isTrue();
        assertThat(Scope.everything().coversMission(7)).isTrue();
    }

    @Test
    void aCoordinatorCoversTheirAgencyAndNoMission() {
        Scope scope = Scope.agency(7);
        assertThat(scope.coversAgency(7)).isTrue();
        assertThat(scope.coversAgency(8)).isFalse();
        assertThat(scope.coversMission(7)).isFalse();
    }

    @Test
    void aCommanderCoversTheirMissionsAndNoAgency() {
        Scope scope = Scope.missions(List.of(3L, 4L));
        assertThat(scope.coversMission(3)).isTrue();
        assertThat(scope.coversMission(4)).isTrue();
        assertThat(scope.coversMission(5)).isFalse();
        assertThat(scope.coversAgency(3)).isFalse();
    }

    @Test
    void aCommanderWithoutMissionsAndAMemberCoverNothingToImport() {
        assertThat(Scope.missions(List.of())).isSameAs(Scope.nothing());
        assertThat(Scope.person(9).coversAgency(9)).isFalse();
        assertThat(Scope.person(9).coversMission(9)).isFalse();
        assertThat(Scope.nothing().coversAgency(1)).isFalse();
        assertThat(Scope.nothing().coversMission(1)).isFalse();
    }

    @Test
    void aCommandersPeopleAreFoundThroughThePublishedDeployments() {
        List<Object> params = new ArrayList<>();
        String condition = Scope.missions(List.of(3L, 4L)).people("p", params);
        assertThat(condition).isEqualTo("exists (select 1 from person_deployment scope_d where scope_d.person_id = p.id"
                + " and scope_d.mission_id in (?, ?))");
        assertThat(params).containsExactly(3L, 4L);
    }

}
