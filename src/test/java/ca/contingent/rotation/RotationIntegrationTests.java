package ca.contingent.rotation;

import java.time.LocalDate;
import java.util.List;

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
 * The rotation plan, its exports, the due-home list and the person-days report against
 * the database. Mission T-RM1 (authorized strength 2, component T-RM1-C) has an advisor
 * handing over to a successor in the component, a planned trainer, and a cancelled stay
 * that must never show; T-RM2 has one deployment that belongs to another commander.
 */
@IntegrationTest
@Transactional
class RotationIntegrationTests {

    private static final String WINDOW = "?from=2030-01-01&to=2030-12-31";

    private static final RequestPostProcessor COMMANDER_1 = user("t-rot-cmdr-1").roles("MISSION_COMMANDER");

    private static final RequestPostProcessor COMMANDER_2 = user("t-rot-cmdr-2").roles("MISSION_COMMANDER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RotationPlans plans;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-RA")
            .agency("T-RB")
            .mission("T-RM1", null)
            .mission("T-RM1-C", "T-RM1")
            .mission("T-RM2", null)
            .person("T-RP1", "Rotfirst", "Aline", "F", "POLICE", "T-RA", "fr")
            .person("T-RP2", "Rotsecond", "Bruno", "M", "POLICE", "T-RA", "fr")
            .person("T-RP3", "=Rotformula", "Chloé", "F", "POLICE", "T-RB", "en")
            .person("T-RP4", "Rotfourth", "Denis", "M", "CIVILIAN", "T-RB", "en")
            .deployment("T-RD1", "T-RP1", "T-RM1", "LONG", "2030-01-01", "2030-06-30", "COMPLETED")
            .deployment("T-RD2", "T-RP2", "T-RM1-C", "LONG", "2030-06-21", "2031-05-31", "DEPLOYED")
            .deployment("T-RD3", "T-RP3", "T-RM1", "SHORT", "2030-03-01", "2030-03-31", "PLANNED")
            .deployment("T-RD4", "T-RP4", "T-RM1", "SHORT", "2030-04-01", "2030-04-30", "CANCELLED")
            .deployment("T-RD5", "T-RP4", "T-RM2", "LONG", "2030-01-01", "2030-12-31", "DEPLOYED");
        this.jdbc.sql("update deployment set role = 'Trainer' where external_id in ('T-RD3', 'T-RD4')").update();
        this.jdbc.sql("update mission set authorized_strength = 2 where code = 'T-RM1'").update();
        new Accounts(this.jdbc).headquarters().commander("t-rot-cmdr-1", "T-RM1").commander("t-rot-cmdr-2", "T-RM2");
    }

    @Test
    void thePlanShowsEachRoleItsSuccessorAndTheHandoverAndHidesCancelledStays() {
        assertThat(this.mvc.get().uri("/missions/T-RM1/rotation" + WINDOW).with(TestUsers.programOfficer()))
            .hasStatusOk()
            .bodyText()
            .contains("Rotation plan T-RM1", "Rotfirst, Aline", "Rotsecond, Bruno", "T-RD1", "T-RD2", "T-RD3",
                    "T-RM1-C", "Replaced by", "Rotsecond, Bruno (T-RD2)",
                    "aria-label=\"Rotfirst, Aline, Police Advisor")
            .doesNotContain("T-RD4", "T-RD5", "Rotfourth", "style=");
        RotationPlan plan = this.plans.plan(this.plans.mission("T-RM1", Scope.everything(), "en"),
                new Period(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31)));
        RotationPlan.Line advisor = plan.lines().get(0);
        assertThat(advisor.stay().externalId()).isEqualTo("T-RD1");
        assertThat(advisor.successor().externalId()).isEqualTo("T-RD2");
        assertThat(advisor.handoverDays()).isEqualTo(10);
        // Two people are authorized: one is short every day but the handover and March
        // (the trainer).
        assertThat(plan.gapDays()).isEqualTo(365 - 10 - 31);
    }

    @Test
    void thePlanIsInFrench() {
        assertThat(this.mvc.get().uri("/missions/T-RM1/rotation" + WINDOW + "&lang=fr").with(TestUsers.admin()))
            .hasStatusOk()
            .bodyText()
            .contains("Plan de rotation T-RM1", "Remplacé par", "Chronologie", "Terminé")
            .doesNotContain("Replaced by");
    }

    @Test
    void theCsvNeutralisesEveryCellAndHoldsTheSameStays() {
        assertThat(this.mvc.get().uri("/missions/T-RM1/rotation.csv" + WINDOW).with(TestUsers.admin())).hasStatusOk()
            .hasContentTypeCompatibleWith("text/csv")
            .hasHeader("Content-Disposition", "attachment; filename=\"rotation-T-RM1.csv\"")
            .bodyText()
            .contains("role,deployment,person,mission,status,arrives,leaves,replaced_by,handover_overlap_days")
            .contains("Police Advisor,T-RD1,\"Rotfirst, Aline\",T-RM1,COMPLETED,2030-01-01,2030-06-30,T-RD2,10")
            .contains("'=Rotformula")
            .doesNotContain(",=Rotformula", "T-RD4", "T-RD5");
    }

    @Test
    void theCalendarHasAnArrivalAndADepartureForEachStay() throws Exception {
        String ics = this.mvc.get()
            .uri("/missions/T-RM1/rotation.ics" + WINDOW)
            .with(TestUsers.admin())
            .exchange()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(this.mvc.get().uri("/missions/T-RM1/rotation.ics" + WINDOW).with(TestUsers.admin())).hasStatusOk()
            .hasContentTypeCompatibleWith("text/calendar");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
            .contains("UID:T-RD1-arrival@contingent\r\n", "UID:T-RD1-departure@contingent\r\n",
                    "DTSTART;VALUE=DATE:20300101\r\n", "SUMMARY:Arrival: Rotfirst\\, Aline (Police Advisor\\, T-RM1)")
            .doesNotContain("T-RD4", "T-RD5");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(1 + 3 * 2);
    }

    @Test
    void aCommanderPlansTheirOwnMissionAndGetsNotFoundForAnother() {
        assertThat(this.mvc.get().uri("/missions/T-RM1/rotation" + WINDOW).with(COMMANDER_1)).hasStatusOk()
            .bodyText()
            .contains("T-RD2");
        for (String uri : List.of("/missions/T-RM1/rotation", "/missions/T-RM1/rotation.csv",
                "/missions/T-RM1/rotation.ics")) {
            assertThat(this.mvc.get().uri(uri + WINDOW).with(COMMANDER_2)).as(uri)
                .hasStatus(404)
                .bodyText()
                .doesNotContain("Rotfirst");
        }
        assertThat(this.mvc.get().uri("/missions/T-NO-SUCH/rotation").with(TestUsers.admin())).hasStatus(404);
    }

    @Test
    void anAnalystMayNotSeeRotationPlans() {
        for (String uri : List.of("/missions/T-RM1/rotation", "/missions/T-RM1/rotation.csv",
                "/missions/T-RM1/rotation.ics", "/rotation")) {
            assertThat(this.mvc.get().uri(uri).with(TestUsers.analyst())).as(uri).hasStatus(403);
        }
    }

    @Test
    void dueHomeListsDeployedPeopleLeavingWithin90DaysInTheCallersScope() {
        LocalDate today = LocalDate.of(2030, 10, 10);
        assertThat(this.plans.dueHome(today, Scope.everything()))
            .filteredOn((due) -> due.externalId().startsWith("T-R"))
            .extracting(RotationPlans.DueHome::externalId, RotationPlans.DueHome::daysLeft)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("T-RD5", 82L));
        List<Long> commander1 = this.jdbc.sql("select id from mission where code in ('T-RM1', 'T-RM1-C')")
            .query(Long.class)
            .list();
        assertThat(this.plans.dueHome(today, Scope.missions(commander1))).isEmpty();
        assertThat(this.plans.dueHome(LocalDate.of(2031, 3, 5), Scope.missions(commander1)))
            .extracting(RotationPlans.DueHome::externalId)
            .containsExactly("T-RD2");
    }

    @Test
    void theProgramPageListsWhoIsDueHomeInBothLanguages() {
        assertThat(this.mvc.get().uri("/rotation").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Due home in the next 90 days");
        assertThat(this.mvc.get().uri("/rotation?lang=fr").with(COMMANDER_1)).hasStatusOk()
            .bodyText()
            .contains("Retours prévus dans les 90 prochains jours");
    }

    @Test
    void personDaysSplitAtTheFiscalYearAndRollComponentsUpToTheirMission() {
        assertThat(this.mvc.get().uri("/api/v1/reports/person-days/2030-31?day=2030-06-25").with(TestUsers.analyst()))
            .hasStatusOk()
            .bodyJson()
            .hasPathSatisfying("$.daysInYear", (v) -> v.assertThat().isEqualTo(365))
            // T-RD1 from April 1 (91 days) and T-RD2 to March 31 (284 days); T-RD3 is
            // only planned.
            .hasPathSatisfying("$.byMission[?(@.code == 'T-RM1')].figure.personDays",
                    (v) -> v.assertThat().isEqualTo(List.of(375)))
            .hasPathSatisfying("$.byMission[?(@.code == 'T-RM1')].components[*].code",
                    (v) -> v.assertThat().isEqualTo(List.of("T-RM1-C")))
            .hasPathSatisfying("$.byMission[?(@.code == 'T-RM1')].components[*].figure.personDays",
                    (v) -> v.assertThat().isEqualTo(List.of(284)))
            .hasPathSatisfying("$.byMission[?(@.code == 'T-RM2')].figure.personDays",
                    (v) -> v.assertThat().isEqualTo(List.of(275)))
            .hasPathSatisfying("$.byAgency[?(@.code == 'T-RA')].figure.personDays",
                    (v) -> v.assertThat().isEqualTo(List.of(375)))
            .hasPathSatisfying("$.byAgency[?(@.code == 'T-RB')].figure.fte",
                    (v) -> v.assertThat().isEqualTo(List.of(0.75)))
            .hasPathSatisfying("$.headcount.cap", (v) -> v.assertThat().isEqualTo(150));
        // The rest of T-RD2, April 1 to May 31, is the next year's.
        assertThat(this.mvc.get().uri("/api/v1/reports/person-days/2031-32").with(TestUsers.analyst())).bodyJson()
            .hasPathSatisfying("$.byMission[?(@.code == 'T-RM1')].figure.personDays",
                    (v) -> v.assertThat().isEqualTo(List.of(61)));
    }

    @Test
    void theHeadcountCountsPeopleDeployedOnTheDayAndPoliceOfficersAgainstTheCap() {
        long before = this.jdbc.sql("""
                select count(distinct person_id) from deployment
                where status in ('DEPLOYED', 'COMPLETED') and date '2030-06-25' between start_date and end_date
                  and external_id not like 'T-RD%'""").query(Long.class).single();
        long policeBefore = this.jdbc.sql("""
                select count(distinct d.person_id) from deployment d join person p on p.id = d.person_id
                where d.status in ('DEPLOYED', 'COMPLETED') and date '2030-06-25' between d.start_date and d.end_date
                  and d.external_id not like 'T-RD%' and p.category = 'POLICE'""").query(Long.class).single();
        // On June 25, 2030: T-RD1, T-RD2 (handover) and T-RD5, whose person is a civilian
        // expert.
        assertThat(this.mvc.get().uri("/api/v1/reports/person-days/2030-31?day=2030-06-25").with(TestUsers.analyst()))
            .bodyJson()
            .hasPathSatisfying("$.headcount.people", (v) -> v.assertThat().isEqualTo((int) before + 3))
            .hasPathSatisfying("$.headcount.police", (v) -> v.assertThat().isEqualTo((int) policeBefore + 2))
            .hasPathSatisfying("$.headcount.overCap", (v) -> v.assertThat().isEqualTo(policeBefore + 2 > 150));
    }

    @Test
    void thePersonDaysPageShowsAggregatesOnlyInBothLanguages() {
        assertThat(this.mvc.get().uri("/reports/person-days?fy=2030-31&day=2030-06-25").with(TestUsers.analyst()))
            .hasStatusOk()
            .bodyText()
            .contains("Person-days and FTE 2030-31", "T-RM1", "of which T-RM1-C", "T-RA", "Long")
            .doesNotContain("Rotfirst", "Rotsecond", "Rotformula", "Rotfourth", "Aline", "Bruno");
        assertThat(this.mvc.get().uri("/reports/person-days?fy=2030-31&lang=fr").with(TestUsers.analyst()))
            .hasStatusOk()
            .bodyText()
            .contains("Jours-personnes et ETP 2030-31", "dont T-RM1-C", "Longue");
        assertThat(this.mvc.get().uri("/reports/person-days?fy=2030-32").with(TestUsers.analyst())).hasStatus(400);
        assertThat(this.mvc.get().uri("/api/v1/reports/person-days/2030-32").with(TestUsers.analyst())).hasStatus(400);
    }

}
