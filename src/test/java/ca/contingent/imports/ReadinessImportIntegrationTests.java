package ca.contingent.imports;

import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.ProblemErrors;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
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
 * The {@code readiness} kind and the missions file's {@code required_readiness} column.
 */
@IntegrationTest
@Transactional
class ReadinessImportIntegrationTests {

    private static final String HEADER = "person_id,item,valid_from,valid_until\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-RA").person("T-RP1", "Prêt", "Anne", "F", "POLICE", "T-RA", "fr");
        new Accounts(this.jdbc).headquarters().coordinator("t-ri-coord", "T-RA");
    }

    @Test
    void importsWindowsKeyedByPersonItemAndStartAndUpdatesTheEnd() {
        String file = HEADER + """
                T-RP1,MEDICAL,2030-01-01,2030-12-31
                T-RP1,MEDICAL,2031-01-01,
                T-RP1,PASSPORT,2030-01-01,2039-12-31
                """;
        assertThat(post("readiness", file, TestUsers.programOfficer())).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"readiness","rows":3,"created":3,"updated":0,"unchanged":0}""");
        assertThat(post("readiness", file, TestUsers.admin())).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"readiness","rows":3,"created":0,"updated":0,"unchanged":3}""");
        assertThat(post("readiness", HEADER + "T-RP1,MEDICAL,2031-01-01,2031-12-31\n", TestUsers.admin())).hasStatusOk()
            .bodyJson()
            .isEqualTo("""
                    {"kind":"readiness","rows":1,"created":0,"updated":1,"unchanged":0}""");
        assertThat(this.jdbc.sql("""
                select item || ' ' || valid_from || ' ' || coalesce(valid_until::text, '-') from readiness_item
                where person_id = (select id from person where external_id = 'T-RP1') order by item, valid_from""")
            .query(String.class)
            .list()).containsExactly("MEDICAL 2030-01-01 2030-12-31", "MEDICAL 2031-01-01 2031-12-31",
                    "PASSPORT 2030-01-01 2039-12-31");
        assertThat(
                this.jdbc.sql("select count(*) from audit_event where entity = 'readiness_item' and key like 'T-RP1|%'")
                    .query(Integer.class)
                    .single())
            .isEqualTo(4);
    }

    @Test
    void unknownItemsUnknownPeopleAndAnEndBeforeTheStartAreRowErrorsAndNothingIsWritten() {
        MvcTestResult result = post("readiness", HEADER + """
                T-RP1,MEDICAL,2030-01-01,
                T-NOBODY,MEDICAL,2030-01-01,
                T-RP1,SCUBA,2030-01-01,
                T-RP1,PASSPORT,2030-06-01,2030-05-31
                T-RP1,MEDICAL,2030-01-01,2031-01-01
                """, TestUsers.admin());
        assertThat(result).hasStatus(422);
        List<Map<String, Object>> errors = ProblemErrors.of(result);
        assertThat(errors).extracting((e) -> e.get("row"), (e) -> e.get("column"))
            .containsExactlyInAnyOrder(tuple(2, "person_id"), tuple(3, "item"), tuple(4, "valid_until"),
                    tuple(5, "person_id"));
        assertThat(errors).filteredOn((e) -> e.get("row").equals(3))
            .singleElement()
            .satisfies((e) -> assertThat((String) e.get("message")).contains("SCUBA"));
        assertThat(this.jdbc
            .sql("select count(*) from readiness_item r join person p on p.id = r.person_id "
                    + "where p.external_id = 'T-RP1'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void onlyHeadquartersImportReadiness() {
        assertThat(post("readiness", HEADER + "T-RP1,MEDICAL,2030-01-01,\n",
                user("t-ri-coord").roles("AGENCY_COORDINATOR")))
            .hasStatus(403);
    }

    @Test
    void theMissionsFileSetsTheRequiredItemsWhenItHasTheColumn() {
        String header = "code,name_en,name_fr,parent_code,organization,country,location,language,armed,"
                + "authorized_strength,start_date,end_date,required_readiness\n";
        assertThat(post("missions", header + "T-RM,Test,Essai,,UN,HT,Haiti,fr,false,5,2030-01-01,,MEDICAL; PASSPORT\n",
                TestUsers.admin()))
            .hasStatusOk();
        assertThat(required("T-RM")).containsExactly("MEDICAL", "PASSPORT");
        assertThat(post("missions", header + "T-RM,Test,Essai,,UN,HT,Haiti,fr,false,5,2030-01-01,,FIREARMS\n",
                TestUsers.admin()))
            .hasStatusOk();
        assertThat(required("T-RM")).containsExactly("FIREARMS");
        MvcTestResult unknown = post("missions",
                header + "T-RM,Test,Essai,,UN,HT,Haiti,fr,false,5,2030-01-01,,FIREARMS;SCUBA\n", TestUsers.admin());
        assertThat(unknown).hasStatus(422);
        assertThat(ProblemErrors.of(unknown)).extracting((e) -> e.get("column")).containsExactly("required_readiness");
        String withoutColumn = "code,name_en,name_fr,parent_code,organization,country,location,language,armed,"
                + "authorized_strength,start_date,end_date\nT-RM,Test,Essai,,UN,HT,Haiti,fr,false,6,2030-01-01,\n";
        assertThat(post("missions", withoutColumn, TestUsers.admin())).hasStatusOk();
        assertThat(required("T-RM")).containsExactly("FIREARMS");
    }

    private List<String> required(String mission) {
        return this.jdbc.sql("""
                select r.item from mission_required_readiness r join mission m on m.id = r.mission_id
                where m.code = ? order by r.item""").param(mission).query(String.class).list();
    }

    private MvcTestResult post(String kind, String csv, RequestPostProcessor caller) {
        return this.mvc.post()
            .uri("/api/v1/imports/{kind}", kind)
            .with(caller)
            .with(csrf())
            .contentType("text/csv")
            .content(csv)
            .exchange();
    }

}
