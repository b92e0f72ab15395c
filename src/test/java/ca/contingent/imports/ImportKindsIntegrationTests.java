package ca.contingent.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The same five behaviours for every kind: a valid file, a file with invalid rows, a dry
 * run, a second identical import, a changed row. Rolled back after each test, and written
 * with T- keys and dates from 2030 on besides.
 */
@IntegrationTest
@Transactional
class ImportKindsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    /**
     * A kind's files: two valid rows, the same with the second row changed, and invalid
     * rows with their problems.
     */
    record KindCase(String kind, String table, String keyColumn, String valid, String changed, String invalid,
            List<Object[]> expectedErrors) {

        @Override
        public String toString() {
            return this.kind;
        }

    }

    static Stream<KindCase> kinds() {
        return Stream.of(new KindCase("agencies", "agency", "code", """
                code,name_en,name_fr,type,province,partner_since
                T-AG1,Test Agency One,Organisme d'essai un,MUNICIPAL,ON,2030-01-01
                T-AG2,"Test Agency, Two","Organisme ""deux"" essai",FEDERAL,,2030-06-01
                """, """
                code,name_en,name_fr,type,province,partner_since
                T-AG1,Test Agency One,Organisme d'essai un,MUNICIPAL,ON,2030-01-01
                T-AG2,"Test Agency, Two","Organisme ""deux"" essai",REGIONAL,,2030-06-01
                """, """
                code,name_en,name_fr,type,province,partner_since
                t-bad,,Nom,COUNTY,XX,2030-13-01
                T-AG3,Name,Nom,FEDERAL,,2030-01-01
                """, List.of(e(1, "code"), e(1, "name_en"), e(1, "type"), e(1, "province"), e(1, "partner_since"))),
                new KindCase("missions", "mission", "code",
                        """
                                code,name_en,name_fr,parent_code,organization,country,location,language,armed,authorized_strength,start_date,end_date
                                T-MIS,Test Mission,Mission d'essai,,UN,HT,"Port-au-Prince, Haiti",fr,false,10,2030-01-01,
                                T-MIS-C,Test Component,Composante d'essai,T-MIS,UN,HT,Haiti,fr,true,,2030-02-01,2031-01-31
                                """,
                        """
                                code,name_en,name_fr,parent_code,organization,country,location,language,armed,authorized_strength,start_date,end_date
                                T-MIS,Test Mission,Mission d'essai,,UN,HT,"Port-au-Prince, Haiti",fr,false,10,2030-01-01,
                                T-MIS-C,Test Component,Composante d'essai,T-MIS,UN,HT,Haiti,fr,true,7,2030-02-01,2031-01-31
                                """,
                        """
                                code,name_en,name_fr,parent_code,organization,country,location,language,armed,authorized_strength,start_date,end_date
                                T-M1,Name,Nom,T-NOPE,NATO,Haiti,Haiti,es,maybe,-1,2030-05-01,2030-04-01
                                T-M2,Name,Nom,BINUH,UN,HT,Haiti,fr,false,,2030-01-01,
                                """,
                        List.of(e(1, "organization"), e(1, "country"), e(1, "language"), e(1, "armed"),
                                e(1, "authorized_strength"), e(1, "end_date"), e(1, "parent_code"),
                                e(2, "parent_code"))),
                new KindCase("personnel", "person", "external_id", """
                        external_id,family_name,given_name,gender,category,agency_code,rank,languages
                        T-P1,Tremblay,Marie-Ève,F,POLICE,RCMP,Sergeant,fr;en
                        T-P2,"O'Brien, Jr.",Sean,M,CIVILIAN,SQ,,en
                        """, """
                        external_id,family_name,given_name,gender,category,agency_code,rank,languages
                        T-P1,Tremblay,Marie-Ève,F,POLICE,RCMP,Sergeant,fr;en
                        T-P2,"O'Brien, Jr.",Sean,M,CIVILIAN,SQ,Analyst,en
                        """, """
                        external_id,family_name,given_name,gender,category,agency_code,rank,languages
                        T-P3,,Ann,W,POLICE,NOPE,,english
                        T-P4,Smith,John,M,ARMY,RCMP,,en;xx
                        """,
                        List.of(e(1, "family_name"), e(1, "gender"), e(1, "languages"), e(1, "agency_code"),
                                e(2, "category"), e(2, "languages"))),
                new KindCase("deployments", "deployment", "external_id", """
                        external_id,person_id,mission_code,role,leadership,term,start_date,end_date,status
                        T-D1,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-12-31,PLANNED
                        T-D2,P0001,HAITI,Mentor,true,SHORT,2031-01-01,2031-03-31,PLANNED
                        """, """
                        external_id,person_id,mission_code,role,leadership,term,start_date,end_date,status
                        T-D1,P0001,CPMU,Advisor,false,LONG,2030-01-01,2030-12-31,PLANNED
                        T-D2,P0001,HAITI,Senior Mentor,true,SHORT,2031-01-01,2031-03-31,PLANNED
                        """, """
                        external_id,person_id,mission_code,role,leadership,term,start_date,end_date,status
                        T-D3,P9999,NOPE,Advisor,yes,MEDIUM,2030-01-01,2029-12-31,ACTIVE
                        T-D4,P0002,CPMU,,false,LONG,01/02/2030,2030-03-01,PLANNED
                        """,
                        List.of(e(1, "leadership"), e(1, "term"), e(1, "status"), e(1, "end_date"), e(1, "person_id"),
                                e(1, "mission_code"), e(2, "role"), e(2, "start_date"))),
                new KindCase("activities", "activity", "external_id", """
                        external_id,mission_code,date,category,type,sessions,participants,participants_women
                        T-A1,CPMU,2030-05-01,TRAINING,"Crowd control, advanced",3,40,12
                        T-A2,HAITI,2030-06-01,MENTORING,Mentoring,0,,
                        """, """
                        external_id,mission_code,date,category,type,sessions,participants,participants_women
                        T-A1,CPMU,2030-05-01,TRAINING,"Crowd control, advanced",3,40,12
                        T-A2,HAITI,2030-06-01,MENTORING,Mentoring,2,,
                        """, """
                        external_id,mission_code,date,category,type,sessions,participants,participants_women
                        T-A3,NOPE,2030-02-30,LECTURE,Talk,-1,10,11
                        T-A4,CPMU,2030-05-01,TRAINING,Talk,1.5,,3
                        """, List.of(e(1, "date"), e(1, "category"), e(1, "sessions"), e(1, "participants_women"),
                        e(1, "mission_code"), e(2, "sessions"), e(2, "participants_women"))));
    }

    private static Object[] e(int row, String column) {
        return new Object[] { row, column };
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void importsAValidFile(KindCase kind) {
        int before = count(kind);
        MvcTestResult result = post(kind.kind(), kind.valid(), false);
        assertThat(result).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"%s","rows":2,"created":2,"updated":0,"unchanged":0}""".formatted(kind.kind()));
        assertThat(count(kind)).isEqualTo(before + 2);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void listsEveryInvalidRowAndWritesNothing(KindCase kind) {
        int before = count(kind);
        MvcTestResult result = post(kind.kind(), kind.invalid(), false);
        assertThat(result).hasStatus(422);
        List<Map<String, Object>> errors = JsonPath.read(body(result), "$.errors");
        assertThat(errors).allSatisfy((error) -> {
            assertThat(error).containsOnlyKeys("row", "column", "message");
            assertThat((String) error.get("message")).isNotBlank();
        });
        assertThat(errors).extracting((error) -> error.get("row"), (error) -> error.get("column"))
            .containsExactlyInAnyOrderElementsOf(
                    kind.expectedErrors().stream().map((expected) -> tuple(expected[0], expected[1])).toList());
        assertThat(count(kind)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void dryRunCountsWithoutWriting(KindCase kind) {
        int before = count(kind);
        assertThat(post(kind.kind(), kind.valid(), true)).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"%s","rows":2,"created":2,"updated":0,"unchanged":0}""".formatted(kind.kind()));
        assertThat(count(kind)).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void secondIdenticalImportChangesNothing(KindCase kind) {
        assertThat(post(kind.kind(), kind.valid(), false)).hasStatusOk();
        assertThat(post(kind.kind(), kind.valid(), false)).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"%s","rows":2,"created":0,"updated":0,"unchanged":2}""".formatted(kind.kind()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void changedRowUpdatesAndIncrementsItsVersion(KindCase kind) {
        assertThat(post(kind.kind(), kind.valid(), false)).hasStatusOk();
        assertThat(post(kind.kind(), kind.changed(), true)).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"%s","rows":2,"created":0,"updated":1,"unchanged":1}""".formatted(kind.kind()));
        assertThat(post(kind.kind(), kind.changed(), false)).hasStatusOk().bodyJson().isEqualTo("""
                {"kind":"%s","rows":2,"created":0,"updated":1,"unchanged":1}""".formatted(kind.kind()));
        String secondKey = kind.changed().lines().skip(2).findFirst().orElseThrow().split(",")[0];
        assertThat(this.jdbc.sql("select version from " + kind.table() + " where " + kind.keyColumn() + " = ?")
            .param(secondKey)
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

    private MvcTestResult post(String kind, String csv, boolean dryRun) {
        return this.mvc.post()
            .uri("/api/v1/imports/{kind}?dryRun={dryRun}", kind, dryRun)
            .with(TestUsers.admin())
            .with(csrf())
            .contentType("text/csv")
            .content(csv)
            .exchange();
    }

    private int count(KindCase kind) {
        return this.jdbc.sql("select count(*) from " + kind.table()).query(Integer.class).single();
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
        catch (java.io.UnsupportedEncodingException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
