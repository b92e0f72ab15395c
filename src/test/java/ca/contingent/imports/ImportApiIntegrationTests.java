package ca.contingent.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.ProblemErrors;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the import API does with bad input and with roles. Rolled back after each test.
 */
@IntegrationTest
@Transactional
class ImportApiIntegrationTests {

    private static final String AGENCY_HEADER = "code,name_en,name_fr,type,province,partner_since\n";

    private static final String DEPLOYMENT_HEADER = "external_id,person_id,mission_code,role,leadership,term,start_date,end_date,status\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Test
    void rejectsUnknownColumnNamingIt() {
        MvcTestResult result = post("agencies",
                "code,name_en,name_fr,type,province,partner_since,colour\n" + "T-X,X,X,FEDERAL,,2030-01-01,blue\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn).containsExactly(tuple(0, "colour"));
    }

    @Test
    void rejectsMissingRequiredColumnNamingIt() {
        MvcTestResult result = post("agencies",
                "code,name_en,type,province,partner_since\nT-X,X,FEDERAL,,2030-01-01\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn).containsExactly(tuple(0, "name_fr"));
    }

    @Test
    void acceptsColumnsInAnyOrderAndLeavesOutOptionalOnes() {
        assertThat(post("agencies", "partner_since,type,name_fr,name_en,code\n2030-01-01,FEDERAL,Fr,En,T-X\n"))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(1);
        assertThat(this.jdbc.sql("select province from agency where code = 'T-X'").query(String.class).optional())
            .isEmpty();
    }

    @Test
    void skipsRowsOfEmptyCellsThatSpreadsheetsLeave() {
        assertThat(post("agencies", AGENCY_HEADER + "T-X,X,X,FEDERAL,,2030-01-01\n,,,,,\n   \n")).hasStatusOk()
            .bodyJson()
            .isEqualTo("""
                    {"kind":"agencies","rows":1,"created":1,"updated":0,"unchanged":0}""");
    }

    @Test
    void rejectsWrongEnumerationBadDateAndNumbers() {
        MvcTestResult result = post("agencies", AGENCY_HEADER + "T-X,X,X,federal,on,2030-02-30\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn)
            .containsExactly(tuple(1, "type"), tuple(1, "province"), tuple(1, "partner_since"));
        assertThat(message(result, 0)).contains("federal").contains("FEDERAL, PROVINCIAL");
        assertThat(message(result, 2)).contains("YYYY-MM-DD");
    }

    @Test
    void rejectsEndBeforeStart() {
        MvcTestResult result = post("deployments",
                DEPLOYMENT_HEADER + "T-D1,P0001,CPMU,Advisor,false,LONG,2030-05-01,2030-04-30,PLANNED\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn).containsExactly(tuple(1, "end_date"));
    }

    @Test
    void rejectsUnknownReferences() {
        MvcTestResult result = post("deployments",
                DEPLOYMENT_HEADER + "T-D1,T-NOBODY,T-NOWHERE,Advisor,false,LONG,2030-05-01,2030-06-30,PLANNED\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn)
            .containsExactly(tuple(1, "person_id"), tuple(1, "mission_code"));
    }

    @Test
    void resolvesParentsFromEarlierRowsAndRefusesAParentThatIsAComponent() {
        String header = "code,name_en,name_fr,parent_code,organization,country,location,language,armed,authorized_strength,start_date,end_date\n";
        assertThat(post("missions",
                header + "T-TOP,Top,Haut,,UN,HT,Haiti,fr,false,5,2030-01-01,\n"
                        + "T-SUB,Sub,Sous,T-TOP,UN,HT,Haiti,fr,false,,2030-01-01,\n"))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(2);
        MvcTestResult result = post("missions", header + "T-SUB2,Sub,Sous,T-SUB,UN,HT,Haiti,fr,false,,2030-01-01,\n"
                + "HAITI,Haiti,Haïti,CPMU,UN,HT,Haiti,fr,false,48,2019-10-16,\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn)
            .containsExactly(tuple(1, "parent_code"), tuple(2, "parent_code"));
    }

    @Test
    void rejectsOverlappingDeploymentsWithinTheFile() {
        MvcTestResult result = post("deployments",
                DEPLOYMENT_HEADER + "T-D1,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-06-30,PLANNED\n"
                        + "T-D2,P0001,CPMU,Advisor,false,LONG,2030-06-30,2030-12-31,PLANNED\n"
                        + "T-D3,P0001,CPMU,Advisor,false,LONG,2030-03-01,2030-03-31,CANCELLED\n"
                        + "T-D4,P0002,CPMU,Advisor,false,LONG,2030-03-01,2030-03-31,PLANNED\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn).containsExactly(tuple(2, "start_date"));
        assertThat(message(result, 0)).contains("T-D1");
    }

    @Test
    void rejectsDeploymentOverlappingAStoredOne() {
        // D0003: P0036 at PRMNY from 2022-08-15 to 2025-08-14, COMPLETED, in the
        // reference data.
        MvcTestResult result = post("deployments",
                DEPLOYMENT_HEADER + "T-D1,P0036,CPMU,Advisor,false,SHORT,2025-08-14,2025-09-30,PLANNED\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn).containsExactly(tuple(1, "start_date"));
        assertThat(message(result, 0)).contains("D0003");
    }

    @Test
    void updatedDeploymentIsNotComparedWithItsStoredSelf() {
        MvcTestResult result = post("deployments", DEPLOYMENT_HEADER
                + "D0003,P0036,PRMNY,Senior Police and Corrections Adviser,true,LONG,2022-08-15,2025-08-20,COMPLETED\n");
        assertThat(result).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"deployments","rows":1,"created":0,"updated":1,"unchanged":0}""");
    }

    /**
     * Each row is valid against the file's final state, but the set-based write meets one
     * stored deployment before the other has moved: the database's exclusion constraint
     * refuses it, and the answer is still a 422.
     */
    @Test
    void databaseRefusalIsA422NotA500() {
        assertThat(post("deployments",
                DEPLOYMENT_HEADER + "T-D1,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-01-31,PLANNED\n"
                        + "T-D2,P0001,CPMU,Advisor,false,LONG,2030-03-01,2030-03-31,PLANNED\n"))
            .hasStatusOk();
        MvcTestResult swapped = post("deployments",
                DEPLOYMENT_HEADER + "T-D1,P0001,CPMU,Advisor,false,LONG,2030-03-01,2030-03-31,PLANNED\n"
                        + "T-D2,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-01-31,PLANNED\n");
        assertThat(swapped).hasStatus(422);
        assertThat(ProblemErrors.of(swapped)).extracting(this::rowAndColumn).containsExactly(tuple(0, ""));
        assertThat(message(swapped, 0)).contains("deployment_no_overlap");
        assertThat(this.jdbc.sql("select start_date::text from deployment where external_id = 'T-D1'")
            .query(String.class)
            .single()).isEqualTo("2030-01-01");
    }

    @Test
    void rejectsDuplicateKeysInOneFile() {
        MvcTestResult result = post("agencies", AGENCY_HEADER
                + "T-X,X,X,FEDERAL,,2030-01-01\nT-Y,Y,Y,FEDERAL,,2030-01-01\nT-X,X,X,FEDERAL,,2030-01-01\n");
        assertThat(result).hasStatus(422);
        assertThat(ProblemErrors.of(result)).extracting(this::rowAndColumn).containsExactly(tuple(3, "code"));
        assertThat(message(result, 0)).contains("1");
    }

    @Test
    void rejectsBinaryBody() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        MvcTestResult result = this.mvc.post()
            .uri("/api/v1/imports/agencies")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("application/octet-stream")
            .content(png)
            .exchange();
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("binary");
    }

    @Test
    void rejectsTextThatIsNotUtf8() {
        byte[] latin1 = (AGENCY_HEADER + "T-X,Sûreté,Sûreté,FEDERAL,,2030-01-01\n")
            .getBytes(StandardCharsets.ISO_8859_1);
        MvcTestResult result = this.mvc.post()
            .uri("/api/v1/imports/agencies")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("text/csv")
            .content(latin1)
            .exchange();
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("UTF-8");
    }

    @Test
    void rejectsEmptyBody() {
        assertThat(post("agencies", "")).hasStatus(400)
            .bodyJson()
            .extractingPath("$.detail")
            .asString()
            .contains("empty");
        assertThat(post("agencies", "\uFEFF \n")).hasStatus(400);
    }

    @Test
    void rejectsBrokenQuoting() {
        assertThat(post("agencies", AGENCY_HEADER + "T-X,\"never closed,X,FEDERAL,,2030-01-01\n")).hasStatus(400);
    }

    @Test
    void rejectsBodyOverTheLimitWith413AndWritesNothing() {
        int before = this.jdbc.sql("select count(*) from agency").query(Integer.class).single();
        StringBuilder csv = new StringBuilder(AGENCY_HEADER);
        String row = "T-BIG,Big,Big,FEDERAL,,2030-01-01\n";
        char[] padding = new char[(int) this.imports.maxBytes()];
        Arrays.fill(padding, ' ');
        csv.append(row).append(padding);
        MvcTestResult result = post("agencies", csv.toString());
        assertThat(result).hasStatus(413).bodyJson().extractingPath("$.detail").asString().isNotBlank();
        assertThat(this.jdbc.sql("select count(*) from agency").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void analystMayNotImport() {
        assertThat(post("agencies", AGENCY_HEADER + "T-X,X,X,FEDERAL,,2030-01-01\n", TestUsers.analyst()))
            .hasStatus(403);
    }

    @Test
    void coordinatorMayImportPersonnelOnly() {
        new Accounts(this.jdbc).coordinator("coordinator", "RCMP");
        RequestPostProcessor coordinator = user("coordinator").roles("AGENCY_COORDINATOR");
        String missions = "code,name_en,name_fr,organization,country,location,language,armed,start_date\n"
                + "T-M,M,M,UN,HT,Haiti,fr,false,2030-01-01\n";
        assertThat(post("missions", missions, coordinator)).hasStatus(403);
        assertThat(this.jdbc.sql("select count(*) from mission where code = 'T-M'").query(Integer.class).single())
            .isZero();
        assertThat(post("personnel", "external_id,family_name,given_name,gender,category,agency_code,languages\n"
                + "T-P,Roy,Anne,F,POLICE,RCMP,fr\n", coordinator))
            .hasStatusOk();
    }

    @Test
    void commanderMayImportActivitiesOnly() {
        new Accounts(this.jdbc).commander("commander", "CPMU");
        RequestPostProcessor commander = user("commander").roles("MISSION_COMMANDER");
        assertThat(post("agencies", AGENCY_HEADER + "T-X,X,X,FEDERAL,,2030-01-01\n", commander)).hasStatus(403);
        assertThat(post("activities",
                "external_id,mission_code,date,category,type,sessions\n" + "T-A,CPMU,2030-01-01,TRAINING,Talk,1\n",
                commander))
            .hasStatusOk();
    }

    @Test
    void apiDescriptionDocumentsTheCsvBody() {
        assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
            .bodyJson()
            .extractingPath("$.paths['/api/v1/imports/{kind}'].post.requestBody.content")
            .asMap()
            .containsKey("text/csv");
    }

    @Test
    void unknownKindIsNotFound() {
        assertThat(post("weapons", "code\nX\n")).hasStatus(404);
    }

    @Test
    void parsesQuotedCommasQuotesNewlinesAndByteOrderMark() {
        String csv = "\uFEFF" + AGENCY_HEADER
                + "T-Q,\"Police, \"\"Regional\"\"\nService\",\"Service de police\",REGIONAL,QC,2030-01-01\r\n";
        MvcTestResult result = this.mvc.post()
            .uri("/api/v1/imports/agencies")
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("text/plain")
            .content(csv.getBytes(StandardCharsets.UTF_8))
            .exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(1);
        assertThat(this.jdbc.sql("select name_en from agency where code = 'T-Q'").query(String.class).single())
            .isEqualTo("Police, \"Regional\"\nService");
    }

    @Test
    void answersInFrenchWithAcceptLanguageFr() {
        MvcTestResult result = this.mvc.post()
            .uri("/api/v1/imports/agencies")
            .with(TestUsers.admin())
            .with(csrf())
            .header("Accept-Language", "fr")
            .contentType("text/csv")
            .content(AGENCY_HEADER + "T-X,X,X,FEDERAL,,2030-01-32\n")
            .exchange();
        assertThat(result).hasStatus(422);
        assertThat(message(result, 0)).isEqualTo("« 2030-01-32 » n’est pas une date : écrivez AAAA-MM-JJ.");
        assertThat(JsonPath.<String>read(ImportKindsIntegrationTests.body(result), "$.detail")).contains("rien");
    }

    @Test
    void errorAnswerIsAProblemWithTheErrorsList() {
        MvcTestResult result = post("agencies", AGENCY_HEADER + "T-X,,X,FEDERAL,,2030-01-01\n");
        assertThat(result).hasStatus(422).bodyJson().isLenientlyEqualTo("""
                {"status":422,"errors":[{"row":1,"column":"name_en","message":"A value is required."}]}""");
    }

    private MvcTestResult post(String kind, String csv) {
        return post(kind, csv, TestUsers.admin());
    }

    private MvcTestResult post(String kind, String csv, RequestPostProcessor user) {
        return this.mvc.post()
            .uri("/api/v1/imports/{kind}", kind)
            .with(user)
            .with(csrf())
            .contentType("text/csv")
            .content(csv)
            .exchange();
    }

    private static String message(MvcTestResult result, int index) {
        return (String) ProblemErrors.of(result).get(index).get("message");
    }

    private org.assertj.core.groups.Tuple rowAndColumn(Map<String, Object> error) {
        return tuple(error.get("row"), error.get("column"));
    }

}
