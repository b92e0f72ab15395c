package ca.contingent.mission;

import java.util.ArrayList;
import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.person.Accounts;
import ca.contingent.web.Flash;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The mission module's API for others: the one list of missions to choose from (in Java
 * and as the view {@code mission_choice}), and what refers to a mission, read from the
 * counts the other modules publish. Rolled back.
 */
@IntegrationTest
@Transactional
class MissionChoicesIntegrationTests {

    @Autowired
    MissionService missions;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachTopLevelMissionIsFollowedByItsComponentsAndEveryMissionIsThereOnce() {
        insert("T-CH-B", null);
        insert("T-CH-A2", "T-CH-B");
        insert("T-CH-A1", "T-CH-B");
        List<MissionChoice> choices = this.missions.choices();
        assertThat(choices).extracting(MissionChoice::code)
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(this.jdbc.sql("select code from mission").query(String.class).list());
        List<String> expected = new ArrayList<>();
        for (MissionChoice top : choices.stream().filter((choice) -> !choice.isComponent()).toList()) {
            expected.add(top.code());
            choices.stream()
                .filter((choice) -> top.code().equals(choice.parent()))
                .map(MissionChoice::code)
                .sorted()
                .forEach(expected::add);
        }
        assertThat(choices).extracting(MissionChoice::code).containsExactlyElementsOf(expected);
        assertThat(String.join(",", expected)).contains("T-CH-B,T-CH-A1,T-CH-A2").contains("HAITI,BINUH,HAITI-SUPPORT");
        assertThat(this.missions.topLevel()).extracting(MissionChoice::code)
            .containsExactlyElementsOf(
                    choices.stream().filter((choice) -> !choice.isComponent()).map(MissionChoice::code).toList());
    }

    @Test
    void theViewNamesTheSameMissionsWithTheSameParents() {
        insert("T-CH-P", null);
        insert("T-CH-C", "T-CH-P");
        assertThat(this.jdbc.sql("select code, name_en, name_fr, parent_code from mission_choice")
            .query((rs, n) -> new MissionChoice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
            .list()).containsExactlyInAnyOrderElementsOf(this.missions.choices());
        assertThat(this.missions.choices())
            .contains(new MissionChoice("T-CH-C", "Test T-CH-C", "Essai T-CH-C", "T-CH-P"));
    }

    @Test
    void theDeploymentAndActivityFormsOfferTheList() {
        insert("T-CH-OFFER", null);
        for (String page : List.of("/deployments/new", "/activities/new", "/deployments", "/activities")) {
            assertThat(this.mvc.get().uri(page).with(admin()).exchange()).bodyText()
                .as(page)
                .contains("value=\"T-CH-OFFER\"")
                .contains("value=\"BINUH\"");
        }
    }

    @Test
    void deploymentsAndUserAccountsKeepAMissionFromBeingDeletedAndThePageCountsThem() {
        long mission = insert("T-CH-USED", null);
        this.jdbc.sql("""
                insert into deployment (external_id, person_id, mission_id, role, leadership, term, start_date,
                                        end_date, status)
                values ('T-CH-D1', (select id from person where external_id = 'P0001'), ?, 'Advisor', false, 'LONG',
                        date '2031-01-01', date '2031-06-30', 'PLANNED')""").param(mission).update();
        assertThat(this.mvc.get().uri("/missions/T-CH-USED").with(admin()).exchange()).bodyText()
            .containsPattern("id=\"deployment-count\"[^>]*>1<");
        assertThat(deleteRefusal("T-CH-USED")).isEqualTo("mission.delete.referencedByDeployments");

        insert("T-CH-LED", null);
        new Accounts(this.jdbc).commander("t-ch-commander", "T-CH-LED");
        assertThat(this.missions.counts(this.missions.get("T-CH-LED"))).isEqualTo(new MissionCounts(0, 0, 0, 1));
        assertThat(deleteRefusal("T-CH-LED")).isEqualTo("mission.delete.referencedByUsers");
        assertThat(this.jdbc.sql("select count(*) from mission where code like 'T-CH-%'").query(Integer.class).single())
            .isEqualTo(2);
    }

    private String deleteRefusal(String code) {
        MvcTestResult result = this.mvc.post()
            .uri("/missions/{code}/delete", code)
            .with(admin())
            .with(csrf())
            .exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/missions/" + code);
        return ((Flash) result.getMvcResult().getFlashMap().get("flash")).key();
    }

    private long insert(String code, String parentCode) {
        return this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language,
                                     armed, start_date)
                values (:code, 'Test ' || :code, 'Essai ' || :code, (select id from mission where code = :parent),
                        'UN', 'HT', 'Here', 'en', false, date '2030-04-01')
                returning id""").param("code", code).param("parent", parentCode).query(Long.class).single();
    }

}
