package ca.contingent.mission;

import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.ProblemErrors;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Changing a mission's authorized strength from a date on, through the page and the API:
 * the history is kept, bad input is refused naming the field with nothing written, every
 * change is audited, and the deploy check and the rotation plan use the strength in force
 * on each day.
 */
@IntegrationTest
@Transactional
class MissionStrengthIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        new TestRecords(this.jdbc).agency("T-SA")
            .mission("T-SM", null)
            .mission("T-SM-C", "T-SM")
            .person("T-SP1", "Effectif", "Anne", "F", "POLICE", "T-SA", "fr")
            .person("T-SP2", "Effectif", "Bruno", "M", "POLICE", "T-SA", "fr")
            .deployment("T-SD1", "T-SP1", "T-SM-C", "LONG", "2032-01-01", "2032-12-31", "DEPLOYED")
            .deployment("T-SD2", "T-SP2", "T-SM", "LONG", "2032-01-01", "2032-12-31", "PLANNED");
        this.jdbc.sql("update mission set authorized_strength = 2 where code = 'T-SM'").update();
    }

    @Test
    void aChangeFromADateIsKeptInTheHistoryAndAudited() {
        MvcTestResult result = postJson("/api/v1/missions/T-SM/strength",
                "{\"effectiveFrom\":\"2032-07-01\",\"strength\":1}");
        assertThat(result).hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.authorizedStrength", (v) -> v.assertThat().isEqualTo(2))
            .hasPathSatisfying("$.changes[0].effectiveFrom", (v) -> v.assertThat().isEqualTo("2032-07-01"))
            .hasPathSatisfying("$.changes[0].strength", (v) -> v.assertThat().isEqualTo(1));
        // A second change on the same day replaces it; another day adds one.
        assertThat(postJson("/api/v1/missions/T-SM/strength", "{\"effectiveFrom\":\"2032-07-01\",\"strength\":3}"))
            .hasStatusOk();
        assertThat(postJson("/api/v1/missions/T-SM/strength", "{\"effectiveFrom\":\"2033-01-01\",\"strength\":0}"))
            .hasStatusOk();
        assertThat(this.mvc.get().uri("/api/v1/missions/T-SM/strength").with(TestUsers.admin())).bodyJson()
            .hasPathSatisfying("$.changes[*].strength", (v) -> v.assertThat().isEqualTo(List.of(3, 0)));
        assertThat(this.jdbc.sql("""
                select action from audit_event where entity = 'mission_strength' and key = 'T-SM@2032-07-01'
                order by id""").query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void aStrengthBelowZeroOrWithoutADateIsRefusedNamingTheFieldAndNothingIsWritten() {
        MvcTestResult negative = postJson("/api/v1/missions/T-SM/strength",
                "{\"effectiveFrom\":\"2032-07-01\",\"strength\":-1}");
        assertThat(negative).hasStatus(422).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ProblemErrors.of(negative)).extracting((e) -> e.get("field") + ": " + e.get("message"))
            .containsExactly("strength: The authorized strength cannot be below zero (got -1).");
        MvcTestResult empty = postJson("/api/v1/missions/T-SM/strength", "{}");
        assertThat(empty).hasStatus(422);
        assertThat(ProblemErrors.of(empty)).extracting((e) -> (String) e.get("field"))
            .containsExactly("effectiveFrom", "strength");
        assertThat(postJson("/api/v1/missions/T-NOPE/strength", "{\"effectiveFrom\":\"2032-07-01\",\"strength\":1}"))
            .hasStatus(404);
        assertThat(changes()).isZero();
        assertThat(this.jdbc.sql("select count(*) from audit_event where entity = 'mission_strength'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void thePageRecordsAChangeShowsTheHistoryAndRemovesIt() {
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/strength")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .param("effectiveFrom", "2032-07-01")
            .param("strength", "1")).hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/missions/T-SM").with(TestUsers.programOfficer())).hasStatusOk()
            .bodyText()
            .contains("Authorized strength over time", "2032-07-01");
        assertThat(this.mvc.get().uri("/missions/T-SM?lang=fr").with(TestUsers.programOfficer())).hasStatusOk()
            .bodyText()
            .contains("Effectif autorisé dans le temps");
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/strength/2032-07-01/delete")
            .with(TestUsers.programOfficer())
            .with(csrf())).hasStatus3xxRedirection();
        assertThat(changes()).isZero();
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/strength/2032-07-01/delete")
            .with(TestUsers.programOfficer())
            .with(csrf())).hasStatus(404);
    }

    @Test
    void thePageRefusesANegativeStrengthWithAFieldErrorInTheReadersLanguage() {
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/strength?lang=fr")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .param("effectiveFrom", "2032-07-01")
            .param("strength", "-4")).hasStatusOk().bodyText().contains("Entrez un nombre entier, 0 ou plus.");
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/strength")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .param("strength", "3")).hasStatusOk()
            .bodyText()
            .contains("Enter the date from which the strength applies.");
        assertThat(changes()).isZero();
    }

    @Test
    void deployingIsCheckedAgainstTheStrengthInForceFromTheDateOfTheChange() {
        // T-SM requires no readiness item, so the strength is the only rule in play. Two
        // places until June: T-SD1 (in the component) and T-SD2 fit; one place from July
        // on.
        assertThat(postJson("/api/v1/missions/T-SM/strength", "{\"effectiveFrom\":\"2032-07-01\",\"strength\":1}"))
            .hasStatusOk();
        MvcTestResult refused = postJson("/api/v1/deployments/T-SD2/deploy", null);
        assertThat(refused).hasStatus(409);
        assertThat(ProblemErrors.of(refused)).extracting((e) -> e.get("code") + " " + e.get("date"))
            .containsExactly("STRENGTH_EXCEEDED 2032-07-01");
        // Back to two from July: the same step passes.
        assertThat(postJson("/api/v1/missions/T-SM/strength", "{\"effectiveFrom\":\"2032-07-01\",\"strength\":2}"))
            .hasStatusOk();
        assertThat(postJson("/api/v1/deployments/T-SD2/deploy", null)).hasStatusOk();
    }

    @Test
    void theRotationPlanMeasuresEachDayAgainstTheStrengthInForce() {
        assertThat(postJson("/api/v1/missions/T-SM/strength", "{\"effectiveFrom\":\"2032-07-01\",\"strength\":1}"))
            .hasStatusOk();
        // T-SD1 (deployed) and T-SD2 (planned) all year: over a strength of one from July
        // 1 to December 31.
        assertThat(this.mvc.get()
            .uri("/missions/T-SM/rotation?from=2032-01-01&to=2032-12-31")
            .with(TestUsers.programOfficer())).hasStatusOk()
            .bodyText()
            .contains("Days over authorized strength (planned and deployed): 184", "From 2032-07-01 to 2032-12-31");
    }

    @Test
    void thePageSetsTheReadinessAMissionRequiresAndAComponentShowsItsParents() {
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/readiness")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .param("items", "MEDICAL")
            .param("items", "PASSPORT")).hasStatus3xxRedirection();
        assertThat(required("T-SM")).containsExactly("MEDICAL", "PASSPORT");
        assertThat(this.mvc.get().uri("/missions/T-SM-C").with(TestUsers.programOfficer())).hasStatusOk()
            .bodyText()
            .contains("Also required through the parent mission T-SM: MEDICAL, PASSPORT");
        // Unticking everything requires nothing; an unknown code changes nothing.
        assertThat(this.mvc.post()
            .uri("/missions/T-SM/readiness")
            .with(TestUsers.programOfficer())
            .with(csrf())
            .param("items", "MEDICAL")
            .param("items", "NO_SUCH_ITEM")).hasStatus3xxRedirection();
        assertThat(required("T-SM")).containsExactly("MEDICAL", "PASSPORT");
        assertThat(this.mvc.post().uri("/missions/T-SM/readiness").with(TestUsers.programOfficer()).with(csrf()))
            .hasStatus3xxRedirection();
        assertThat(required("T-SM")).isEmpty();
        assertThat(this.jdbc.sql("select count(*) from audit_event where entity = 'mission' and key = 'T-SM'")
            .query(Integer.class)
            .single()).isEqualTo(2);
    }

    private List<String> required(String mission) {
        return this.jdbc.sql("""
                select r.item from mission_required_readiness r join mission m on m.id = r.mission_id
                where m.code = ? order by r.item""").param(mission).query(String.class).list();
    }

    private int changes() {
        return this.jdbc.sql("""
                select count(*) from mission_strength s join mission m on m.id = s.mission_id
                where m.code like 'T-S%'""").query(Integer.class).single();
    }

    private MvcTestResult postJson(String uri, String body) {
        var request = this.mvc.post().uri(uri).with(TestUsers.programOfficer()).with(csrf());
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request.exchange();
    }

}
