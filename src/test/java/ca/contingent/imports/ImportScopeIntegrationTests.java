package ca.contingent.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.ProblemErrors;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A coordinator imports the people of their agency only, a commander the activities of
 * their missions (components included) only; a file with any row beyond that is refused
 * whole, naming those rows. Headquarters are not limited. Two agencies and two missions
 * of test data; everything rolls back.
 */
@IntegrationTest
@Transactional
class ImportScopeIntegrationTests {

    private static final String PERSONNEL = "external_id,family_name,given_name,gender,category,agency_code,languages\n";

    private static final String ACTIVITIES = "external_id,mission_code,date,category,type,sessions\n";

    private static final RequestPostProcessor COORDINATOR = user("t-coord").roles("AGENCY_COORDINATOR");

    private static final RequestPostProcessor COMMANDER = user("t-cmd").roles("MISSION_COMMANDER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoAgenciesTwoMissions() {
        new Accounts(this.jdbc).headquarters();
        assertThat(post("agencies",
                "code,name_en,name_fr,type,partner_since\n"
                        + "T-SC-A1,One,Une,FEDERAL,2030-01-01\nT-SC-A2,Two,Deux,FEDERAL,2030-01-01\n",
                TestUsers.admin()))
            .hasStatusOk();
        assertThat(post("missions",
                "code,name_en,name_fr,parent_code,organization,country,location,language,armed,"
                        + "start_date\nT-SC-M1,One,Une,,UN,HT,Haiti,fr,false,2030-01-01\n"
                        + "T-SC-M1C,Part,Partie,T-SC-M1,UN,HT,Haiti,fr,false,2030-01-01\n"
                        + "T-SC-M2,Two,Deux,,UN,ML,Mali,fr,false,2030-01-01\n",
                TestUsers.admin()))
            .hasStatusOk();
        assertThat(post("personnel", PERSONNEL + "T-SC-P2,Other,Person,M,POLICE,T-SC-A2,en\n", TestUsers.admin()))
            .hasStatusOk();
        assertThat(post("activities", ACTIVITIES + "T-SC-ACT2,T-SC-M2,2030-02-01,TRAINING,Talk,1\n", TestUsers.admin()))
            .hasStatusOk();
        new Accounts(this.jdbc).coordinator("t-coord", "T-SC-A1").commander("t-cmd", "T-SC-M1");
    }

    @Test
    void coordinatorImportsThePeopleOfTheirAgencyInTheirOwnName() {
        assertThat(post("personnel", PERSONNEL + "T-SC-P1,Roy,Anne,F,POLICE,T-SC-A1,fr\n", COORDINATOR)).hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(1);
        assertThat(this.jdbc.sql("select username from audit_event where entity = 'person' and key = 'T-SC-P1'")
            .query(String.class)
            .single()).isEqualTo("t-coord");
    }

    @Test
    void coordinatorFileWithAnotherAgencysRowsIsRefusedNamingThemAndWritesNothing() {
        MvcTestResult result = post("personnel", PERSONNEL + "T-SC-P1,Roy,Anne,F,POLICE,T-SC-A1,fr\n"
                + "T-SC-P3,Lee,Sam,M,POLICE,T-SC-A2,en\n" + "T-SC-P4,Lee,Kim,F,POLICE,RCMP,en\n", COORDINATOR);
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(ImportScopeIntegrationTests::rowAndColumn)
            .containsExactly(tuple(2, "agency_code"), tuple(3, "agency_code"));
        assertThat(message(result, 0)).contains("T-SC-A2");
        assertThat(people("T-SC-P%")).containsExactly("T-SC-P2");
        assertThat(events("T-SC-P1")).isZero();
    }

    @Test
    void coordinatorCannotChangeOrMoveAPersonOfAnotherAgency() {
        MvcTestResult result = post("personnel", PERSONNEL + "T-SC-P2,Taken,Over,M,POLICE,T-SC-A1,en\n", COORDINATOR,
                "fr");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(ImportScopeIntegrationTests::rowAndColumn)
            .containsExactly(tuple(1, "external_id"));
        assertThat(message(result, 0)).contains("« T-SC-P2 »").contains("hors de ce que vous pouvez importer");
        assertThat(this.jdbc
            .sql("select a.code || ' ' || p.family_name from person p join agency a"
                    + " on a.id = p.agency_id where p.external_id = 'T-SC-P2'")
            .query(String.class)
            .single()).isEqualTo("T-SC-A2 Other");
    }

    @Test
    void aCoordinatorWithoutAUserRecordImportsNothing() {
        MvcTestResult result = post("personnel", PERSONNEL + "T-SC-P1,Roy,Anne,F,POLICE,T-SC-A1,fr\n",
                user("t-ghost").roles("AGENCY_COORDINATOR"));
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(ImportScopeIntegrationTests::rowAndColumn)
            .containsExactly(tuple(1, "agency_code"));
        assertThat(people("T-SC-P1")).isEmpty();
    }

    @Test
    void commanderImportsActivitiesOfTheirMissionsAndTheirComponents() {
        assertThat(post("activities",
                ACTIVITIES + "T-SC-ACT1,T-SC-M1,2030-02-01,TRAINING,Talk,1\n"
                        + "T-SC-ACT1C,T-SC-M1C,2030-02-02,MENTORING,Talk,2\n",
                COMMANDER))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(2);
        assertThat(this.jdbc.sql("select username from audit_event where entity = 'activity' and key = 'T-SC-ACT1C'")
            .query(String.class)
            .single()).isEqualTo("t-cmd");
    }

    @Test
    void commanderFileWithAnotherMissionsRowsIsRefusedNamingThemAndWritesNothing() {
        MvcTestResult result = post("activities", ACTIVITIES + "T-SC-ACT1,T-SC-M1,2030-02-01,TRAINING,Talk,1\n"
                + "T-SC-ACT3,T-SC-M2,2030-02-01,TRAINING,Talk,1\n" + "T-SC-ACT2,T-SC-M1,2030-02-01,TRAINING,Talk,1\n",
                COMMANDER, "en");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(ImportScopeIntegrationTests::rowAndColumn)
            .containsExactly(tuple(2, "mission_code"), tuple(3, "external_id"));
        assertThat(message(result, 0)).isEqualTo("“T-SC-M2” is outside what you may import.");
        assertThat(activities()).containsExactly("T-SC-ACT2 T-SC-M2");
        assertThat(events("T-SC-ACT1")).isZero();
    }

    @Test
    void headquartersAreNotLimited() {
        assertThat(
                post("personnel",
                        PERSONNEL + "T-SC-P1,Roy,Anne,F,POLICE,T-SC-A1,fr\n"
                                + "T-SC-P2,Other,Person,M,POLICE,T-SC-A1,en\n",
                        TestUsers.programOfficer()))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.updated")
            .isEqualTo(1);
        assertThat(post("activities", ACTIVITIES + "T-SC-ACT2,T-SC-M1,2030-02-01,TRAINING,Talk,1\n", TestUsers.admin()))
            .hasStatusOk();
    }

    @Test
    void theImportPageAppliesTheSameScope() {
        MvcTestResult refused = upload(PERSONNEL + "T-SC-P3,Lee,Sam,M,POLICE,T-SC-A2,en\n");
        assertThat(refused).hasStatus(422).bodyText().contains("T-SC-A2").contains("agency_code");
        assertThat(people("T-SC-P3")).isEmpty();
        assertThat(upload(PERSONNEL + "T-SC-P1,Roy,Anne,F,POLICE,T-SC-A1,fr\n")).hasStatusOk();
        assertThat(people("T-SC-P1")).containsExactly("T-SC-P1");
        assertThat(this.jdbc.sql("select username || ' ' || action from audit_event where key = 'T-SC-P1'")
            .query(String.class)
            .list()).containsExactly("t-coord CREATE");
    }

    @Test
    void aDryRunIsRefusedAlikeAndACommanderCannotMoveAnotherMissionsActivity() {
        assertThat(post("personnel?dryRun=true", PERSONNEL + "T-SC-P3,Lee,Sam,M,POLICE,T-SC-A2,en\n", COORDINATOR))
            .hasStatus(422);
        MvcTestResult moved = post("activities", ACTIVITIES + "T-SC-ACT2,T-SC-M1C,2030-02-01,TRAINING,Talk,1\n",
                COMMANDER);
        assertThat(moved).hasStatus(422);
        assertThat(ProblemErrors.of(moved)).extracting(ImportScopeIntegrationTests::rowAndColumn)
            .containsExactly(tuple(1, "external_id"));
        assertThat(activities()).containsExactly("T-SC-ACT2 T-SC-M2");
    }

    private MvcTestResult upload(String csv) {
        return this.mvc.post()
            .uri("/imports")
            .with(COORDINATOR)
            .with(csrf())
            .multipart()
            .file(new MockMultipartFile("file", "personnel.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("kind", "personnel")
            .param("action", "import")
            .exchange();
    }

    private List<String> people(String pattern) {
        return this.jdbc.sql("select external_id from person where external_id like ? order by external_id")
            .param(pattern)
            .query(String.class)
            .list();
    }

    private List<String> activities() {
        return this.jdbc
            .sql("select a.external_id || ' ' || m.code from activity a join mission m"
                    + " on m.id = a.mission_id where a.external_id like 'T-SC-%' order by 1")
            .query(String.class)
            .list();
    }

    private long events(String key) {
        return this.jdbc.sql("select count(*) from audit_event where key = ?").param(key).query(Long.class).single();
    }

    private MvcTestResult post(String kind, String csv, RequestPostProcessor user) {
        return post(kind, csv, user, "en");
    }

    private MvcTestResult post(String kind, String csv, RequestPostProcessor user, String language) {
        return this.mvc.post()
            .uri("/api/v1/imports/" + kind)
            .with(user)
            .with(csrf())
            .contentType("text/csv")
            .header("Accept-Language", language)
            .content(csv)
            .exchange();
    }

    private static String message(MvcTestResult result, int index) {
        return (String) ProblemErrors.of(result).get(index).get("message");
    }

    private static Tuple rowAndColumn(Map<String, Object> error) {
        return tuple(error.get("row"), error.get("column"));
    }

}
