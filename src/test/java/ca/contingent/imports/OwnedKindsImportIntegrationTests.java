package ca.contingent.imports;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The missions, deployments and activities imports hand their rows to the modules that
 * own them (issue 9): every problem still says what the import said, on the same row and
 * column, and a row is held to the same rules as the module's form. Rolled back after
 * each test.
 */
@IntegrationTest
@Transactional
class OwnedKindsImportIntegrationTests {

    private static final String MISSIONS = "code,name_en,name_fr,parent_code,organization,country,location,language,"
            + "armed,authorized_strength,start_date,end_date,required_readiness\n";

    private static final String DEPLOYMENTS = "external_id,person_id,mission_code,role,leadership,term,start_date,"
            + "end_date,status\n";

    private static final String ACTIVITIES = "external_id,mission_code,date,category,type,sessions,participants,"
            + "participants_women\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void headquarters() {
        new Accounts(this.jdbc).headquarters();
    }

    @Test
    void missionRowsSayWhatTheImportSaid() {
        // BINUH is a component of HAITI, which has components, in the reference data.
        MvcTestResult result = post(
                MISSIONS + "T-M1,Name,Nom,T-NOPE,UN,XX,Here,fr,false,,2030-05-01,2030-04-01,MEDICAL;SCUBA\n"
                        + "T-M2,Name,Nom,BINUH,UN,HT,Here,fr,false,,2030-01-01,,\n"
                        + "T-M3,Name,Nom,T-M3,UN,HT,Here,fr,false,,2030-01-01,,\n"
                        + "HAITI,Haiti,Haïti,CPMU,UN,HT,Port-au-Prince,fr,false,,2030-01-01,,\n",
                "missions", "en");
        assertThat(result).hasStatus(422);
        assertThat(errors(result)).containsExactly(
                tuple(1, "country", "“XX” is not an ISO 3166-1 alpha-2 country code (two capital letters)."),
                tuple(1, "end_date", "The end date 2030-04-01 is before the start date 2030-05-01."),
                tuple(1, "required_readiness", "There is no readiness item with the code “SCUBA”."),
                tuple(1, "parent_code", "There is no mission with the code “T-NOPE”."),
                tuple(2, "parent_code", "Mission BINUH is itself a component of HAITI: components are one level deep."),
                tuple(3, "parent_code", "Mission T-M3 cannot be a component of itself."),
                tuple(4, "parent_code", "Mission HAITI has components and cannot become a component."));
    }

    @Test
    void aComponentsParentMayComeLaterInTheFile() {
        MvcTestResult result = post(MISSIONS + "T-MC,Component,Composante,T-MP,UN,HT,Here,fr,false,,2030-01-01,,\n"
                + "T-MP,Parent,Parent,,UN,HT,Here,fr,false,,2030-01-01,,MEDICAL\n", "missions", "en");
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(this.jdbc.sql("select parent_code from mission_choice where code = 'T-MC'")
            .query(String.class)
            .single()).isEqualTo("T-MP");
    }

    @Test
    void deploymentRowsSayWhatTheImportSaidInFrenchToo() {
        // D0003: P0036 at PRMNY from 2022-08-15 to 2025-08-14 in the reference data.
        MvcTestResult result = post(DEPLOYMENTS + "T-D1,P9999,NOPE,Advisor,false,LONG,2030-02-01,2030-01-31,PLANNED\n"
                + "T-D2,P0036,CPMU,Advisor,false,SHORT,2025-08-14,2025-09-30,PLANNED\n"
                + "T-D3,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-06-30,PLANNED\n"
                + "T-D4,P0001,CPMU,Advisor,false,LONG,2030-06-30,2030-12-31,PLANNED\n", "deployments", "fr");
        assertThat(result).hasStatus(422);
        assertThat(errors(result)).containsExactly(
                tuple(1, "end_date", "La date de fin 2030-01-31 précède la date de début 2030-02-01."),
                tuple(1, "person_id", "Aucune personne n’a l’identifiant externe « P9999 »."),
                tuple(1, "mission_code", "Aucune mission n’a le code « NOPE »."),
                tuple(2, "start_date",
                        "Chevauche le déploiement enregistré D0003 de la même personne (du 2022-08-15 au 2025-08-14)."),
                tuple(4, "start_date",
                        "Chevauche le déploiement T-D3 de la même personne à la ligne 3 (du 2030-01-01 au 2030-06-30)."));
    }

    @Test
    void activityRowsSayWhatTheImportSaid() {
        MvcTestResult result = post(
                ACTIVITIES + "T-A1,NOPE,2030-05-01,TRAINING,Talk,1,10,11\n"
                        + "T-A2,CPMU,2030-05-01,TRAINING,Talk,1,,3\n" + "T-A3,CPMU,2030-05-01,TRAINING,Talk,1,many,3\n",
                "activities", "en");
        assertThat(result).hasStatus(422);
        // Row 3: participants that are no count are said to be so, and the women's count
        // is not compared with them.
        assertThat(errors(result)).containsExactly(
                tuple(1, "participants_women", "participants_women (11) is more than participants (10)."),
                tuple(1, "mission_code", "There is no mission with the code “NOPE”."),
                tuple(2, "participants_women", "participants_women (3) is more than participants (0)."),
                tuple(3, "participants", "“many” is not a whole number."));
    }

    @Test
    void aRowIsHeldToItsFormsRulesAsWell() {
        // The forms refuse these external ids; before issue 9 the imports took them.
        MvcTestResult deployment = post(
                DEPLOYMENTS + "T D1,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-06-30,PLANNED\n", "deployments",
                "en");
        assertThat(deployment).hasStatus(422);
        assertThat(errors(deployment)).singleElement()
            .satisfies((error) -> assertThat(error.toList()).startsWith(1, "external_id"));
        MvcTestResult activity = post(ACTIVITIES + "#A1,CPMU,2030-05-01,TRAINING,Talk,1,,\n", "activities", "en");
        assertThat(activity).hasStatus(422);
        assertThat(errors(activity)).containsExactly(tuple(1, "external_id",
                "Use letters, digits, hyphens, dots and underscores, starting with a letter or digit."));
        assertThat(this.jdbc.sql("select count(*) from deployment where external_id like 'T D%'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void aChangeOfRequiredReadinessIsAuditedAsOnTheMissionPage() {
        String mission = "T-RM,Test,Essai,,UN,HT,Haiti,fr,false,5,2030-01-01,,";
        assertThat(post(MISSIONS + mission + "MEDICAL\n", "missions", "en")).hasStatusOk();
        assertThat(post(MISSIONS + mission + "MEDICAL;PASSPORT\n", "missions", "en")).hasStatusOk()
            .bodyJson()
            .isEqualTo("""
                    {"kind":"missions","rows":1,"created":0,"updated":0,"unchanged":1}""");
        assertThat(this.jdbc.sql("""
                select action || ' ' || before::text || ' -> ' || after::text from audit_event
                where entity = 'mission' and key = 'T-RM' and after -> 'requiredReadiness' is not null
                order by id""").query(String.class).list()).containsExactly(
                "UPDATE {\"requiredReadiness\": []} -> {\"requiredReadiness\": [\"MEDICAL\"]}",
                "UPDATE {\"requiredReadiness\": [\"MEDICAL\"]} -> {\"requiredReadiness\": [\"MEDICAL\", \"PASSPORT\"]}");
    }

    private MvcTestResult post(String csv, String kind, String language) {
        return this.mvc.post()
            .uri("/api/v1/imports/{kind}", kind)
            .with(TestUsers.admin())
            .with(csrf())
            .header("Accept-Language", language)
            .contentType("text/csv")
            .content(csv)
            .exchange();
    }

    private static List<Tuple> errors(MvcTestResult result) {
        return ProblemErrors.of(result)
            .stream()
            .map((Map<String, Object> error) -> tuple(error.get("row"), error.get("column"), error.get("message")))
            .toList();
    }

}
