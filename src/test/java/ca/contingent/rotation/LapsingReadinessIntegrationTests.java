package ca.contingent.rotation;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import ca.contingent.person.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The rotation page's list of planned deployments whose required readiness lapses before
 * they end. Mission T-XM requires MEDICAL and PASSPORT; T-XP1 is covered (the passport by
 * two windows that follow on), T-XP2 lacks the medical and holds a passport that lapses;
 * T-XM2 belongs to another commander.
 */
@IntegrationTest
@Transactional
class LapsingReadinessIntegrationTests {

    private static final RequestPostProcessor COMMANDER = user("t-lap-cmdr").roles("MISSION_COMMANDER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RotationPlans plans;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-XA")
            .mission("T-XM", null)
            .mission("T-XM-C", "T-XM")
            .mission("T-XM2", null)
            .person("T-XP1", "Couvert", "Alain", "M", "POLICE", "T-XA", "fr")
            .person("T-XP2", "Lapsus", "Berthe", "F", "POLICE", "T-XA", "fr")
            .person("T-XP3", "Ailleurs", "Carl", "M", "POLICE", "T-XA", "fr")
            .deployment("T-XD1", "T-XP1", "T-XM-C", "SHORT", "2031-01-01", "2031-06-30", "PLANNED")
            .deployment("T-XD2", "T-XP2", "T-XM", "SHORT", "2031-01-01", "2031-06-30", "PLANNED")
            .deployment("T-XD3", "T-XP3", "T-XM2", "SHORT", "2031-01-01", "2031-06-30", "PLANNED");
        this.jdbc.sql("""
                insert into mission_required_readiness (mission_id, item)
                select id, unnest(array['MEDICAL', 'PASSPORT']) from mission where code in ('T-XM', 'T-XM2')""")
            .update();
        item("T-XP1", "MEDICAL", "2030-01-01", null);
        item("T-XP1", "PASSPORT", "2030-01-01", "2031-02-28");
        item("T-XP1", "PASSPORT", "2031-03-01", "2036-02-28");
        item("T-XP2", "PASSPORT", "2030-01-01", "2031-03-31");
        new Accounts(this.jdbc).headquarters().commander("t-lap-cmdr", "T-XM2");
    }

    @Test
    void listsAMissingItemAndALapseButNotACoveredDeployment() {
        assertThat(this.plans.lapsing(Scope.everything())).filteredOn((gap) -> gap.externalId().startsWith("T-X"))
            .extracting(RotationPlans.Lapsing::externalId, RotationPlans.Lapsing::item, RotationPlans.Lapsing::missing,
                    (gap) -> String.valueOf(gap.firstUncovered()))
            .containsExactly(org.assertj.core.groups.Tuple.tuple("T-XD2", "MEDICAL", true, "2031-01-01"),
                    org.assertj.core.groups.Tuple.tuple("T-XD2", "PASSPORT", false, "2031-04-01"),
                    org.assertj.core.groups.Tuple.tuple("T-XD3", "MEDICAL", true, "2031-01-01"),
                    org.assertj.core.groups.Tuple.tuple("T-XD3", "PASSPORT", true, "2031-01-01"));
    }

    @Test
    void thePageShowsTheListInBothLanguagesWithinTheCallersScope() {
        assertThat(this.mvc.get().uri("/rotation").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Readiness lapsing before the end of a planned deployment", "T-XD2", "Not valid from 2031-04-01")
            .doesNotContain("T-XD1");
        assertThat(this.mvc.get().uri("/rotation?lang=fr").with(TestUsers.programOfficer())).hasStatusOk()
            .bodyText()
            .contains("Préparation échue avant la fin d’un déploiement prévu", "Manquant");
        assertThat(this.mvc.get().uri("/rotation").with(COMMANDER)).hasStatusOk()
            .bodyText()
            .contains("T-XD3")
            .doesNotContain("T-XD2", "T-XD1");
    }

    private void item(String person, String item, String from, String until) {
        this.jdbc.sql("""
                insert into readiness_item (person_id, item, valid_from, valid_until)
                values ((select id from person where external_id = ?), ?, cast(? as date), cast(? as date))""")
            .params(person, item, from, until)
            .update();
    }

}
