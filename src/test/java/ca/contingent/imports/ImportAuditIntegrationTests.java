package ca.contingent.imports;

import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every record an import creates or changes leaves one audit event, with the importing
 * user and the values before and after; unchanged rows, dry runs and refused files leave
 * none. Everything rolls back.
 */
@IntegrationTest
@Transactional
class ImportAuditIntegrationTests {

    private static final String AGENCIES = "code,name_en,name_fr,type,province,partner_since\n";

    private static final String MISSIONS = "code,name_en,name_fr,parent_code,organization,country,location,language,"
            + "armed,authorized_strength,start_date,end_date\n";

    private static final String PERSONNEL = "external_id,family_name,given_name,gender,category,agency_code,rank,"
            + "languages\n";

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
        new ca.contingent.person.Accounts(this.jdbc).headquarters();
    }

    @Test
    void createdRecordsOfEveryKindGiveOneCreateEventEach() {
        importAll();
        assertThat(events("agency", "T-AUD-AG")).containsExactly("admin CREATE null -> "
                + "{\"code\": \"T-AUD-AG\", \"type\": \"FEDERAL\", \"name_en\": \"Agency\", \"name_fr\": \"Agence\", "
                + "\"province\": null, \"partner_since\": \"2030-01-01\"}");
        assertThat(events("mission", "T-AUD-M")).hasSize(1);
        assertThat(after("mission", "T-AUD-MC", "parent_code")).isEqualTo("T-AUD-M");
        assertThat(after("mission", "T-AUD-MC", "authorized_strength")).isEqualTo("4");
        assertThat(after("person", "T-AUD-P", "agency_code")).isEqualTo("T-AUD-AG");
        assertThat(after("deployment", "T-AUD-D", "person_id")).isEqualTo("T-AUD-P");
        assertThat(after("deployment", "T-AUD-D", "mission_code")).isEqualTo("T-AUD-MC");
        assertThat(after("deployment", "T-AUD-D", "leadership")).isEqualTo("true");
        assertThat(after("activity", "T-AUD-ACT", "mission_code")).isEqualTo("T-AUD-MC");
        // Numbers stay numbers, so that before and after compare alike.
        assertThat(this.jdbc
            .sql("select jsonb_typeof(after -> 'sessions') from audit_event where entity = 'activity'"
                    + " and key = 'T-AUD-ACT'")
            .query(String.class)
            .single()).isEqualTo("number");
        for (String[] record : List.of(new String[] { "agency", "T-AUD-AG" }, new String[] { "mission", "T-AUD-M" },
                new String[] { "mission", "T-AUD-MC" }, new String[] { "person", "T-AUD-P" },
                new String[] { "deployment", "T-AUD-D" }, new String[] { "activity", "T-AUD-ACT" })) {
            assertThat(events(record[0], record[1])).as(record[1])
                .singleElement()
                .asString()
                .startsWith("admin CREATE null -> {");
        }
    }

    @Test
    void unchangedRowsGiveNoEventAndChangedOnesAnUpdateWithBeforeAndAfter() {
        importAll();
        importAll();
        assertThat(count("T-AUD-%")).isEqualTo(6);

        assertThat(post("agencies",
                AGENCIES + "T-AUD-AG,Agency,Agence,FEDERAL,,2030-01-01\n"
                        + "T-AUD-AG2,Other,Autre,MUNICIPAL,QC,2030-02-01\n",
                user("officer").roles("PROGRAM_OFFICER")))
            .hasStatusOk();
        assertThat(post("personnel", PERSONNEL + "T-AUD-P,Roy,Anne,F,POLICE,T-AUD-AG2,Sergeant,fr;en\n")).hasStatusOk()
            .bodyJson()
            .extractingPath("$.updated")
            .isEqualTo(1);

        assertThat(events("agency", "T-AUD-AG")).hasSize(1);
        assertThat(events("agency", "T-AUD-AG2")).singleElement().asString().startsWith("officer CREATE null -> ");
        assertThat(events("person", "T-AUD-P"))
            .containsExactly("admin CREATE null -> " + person("T-AUD-AG", "Constable", "fr"), "admin UPDATE "
                    + person("T-AUD-AG", "Constable", "fr") + " -> " + person("T-AUD-AG2", "Sergeant", "fr;en"));
    }

    @Test
    void aDryRunGivesNoEvent() {
        assertThat(post("agencies?dryRun=true", AGENCIES + "T-AUD-AG,Agency,Agence,FEDERAL,,2030-01-01\n"))
            .hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(1);
        assertThat(count("T-AUD-%")).isZero();
    }

    @Test
    void aRejectedImportGivesNoEvent() {
        assertThat(post("agencies", AGENCIES + "T-AUD-AG,Agency,Agence,FEDERAL,,2030-01-01\n"
                + "T-AUD-AG2,Other,Autre,NATIONAL,,2030-01-01\n"))
            .hasStatus(422);
        assertThat(count("T-AUD-%")).isZero();
    }

    @Test
    void aFileTheDatabaseRefusesGivesNoEvent() {
        importAll();
        assertThat(post("deployments",
                DEPLOYMENTS + "T-AUD-D2,T-AUD-P,T-AUD-MC,Advisor,false,LONG,2030-09-01," + "2030-09-30,PLANNED\n"))
            .hasStatusOk();
        long before = count("T-AUD-%");
        // Two deployments that swap their periods pass the checks, but mid-statement the
        // one moved first overlaps
        // the other: the database's exclusion constraint refuses the file after some rows
        // were written.
        assertThat(post("deployments",
                DEPLOYMENTS + "T-AUD-D,T-AUD-P,T-AUD-MC,Advisor,true,LONG,2030-09-01,2030-09-30,PLANNED\n"
                        + "T-AUD-D2,T-AUD-P,T-AUD-MC,Advisor,false,LONG,2030-02-01,2030-08-01,PLANNED\n"))
            .hasStatus(422);
        assertThat(count("T-AUD-%")).isEqualTo(before);
    }

    @Test
    void theReferenceDataLoadedAtStartGaveNoEvent() {
        assertThat(this.jdbc
            .sql("select count(*) from audit_event where action = 'CREATE'"
                    + " and (entity, key) in (('agency', 'RCMP'), ('mission', 'CPMU'), ('person', 'P0001'))")
            .query(Long.class)
            .single()).isZero();
    }

    private void importAll() {
        assertThat(post("agencies", AGENCIES + "T-AUD-AG,Agency,Agence,FEDERAL,,2030-01-01\n")).hasStatusOk();
        assertThat(
                post("missions",
                        MISSIONS + "T-AUD-MC,Component,Composante,T-AUD-M,UN,HT,Haiti,fr,false,4,"
                                + "2030-01-01,\nT-AUD-M,Mission,Mission,,UN,HT,Haiti,fr,false,10,2030-01-01,\n"))
            .hasStatusOk();
        assertThat(post("personnel", PERSONNEL + "T-AUD-P,Roy,Anne,F,POLICE,T-AUD-AG,Constable,fr\n")).hasStatusOk();
        assertThat(post("deployments",
                DEPLOYMENTS + "T-AUD-D,T-AUD-P,T-AUD-MC,Advisor,true,LONG,2030-02-01," + "2030-08-01,PLANNED\n"))
            .hasStatusOk();
        assertThat(post("activities", ACTIVITIES + "T-AUD-ACT,T-AUD-MC,2030-03-01,TRAINING,Talk,3,20,8\n"))
            .hasStatusOk();
    }

    private static String person(String agency, String rank, String languages) {
        return "{\"rank\": \"" + rank + "\", \"gender\": \"F\", \"category\": \"POLICE\", \"languages\": \"" + languages
                + "\", \"given_name\": \"Anne\", \"agency_code\": \"" + agency
                + "\", \"external_id\": \"T-AUD-P\", \"family_name\": \"Roy\"}";
    }

    private List<String> events(String entity, String key) {
        return this.jdbc.sql("""
                select username || ' ' || action || ' ' || coalesce(before::text, 'null') || ' -> '
                       || coalesce(after::text, 'null')
                from audit_event where entity = ? and key = ? order by id""")
            .params(entity, key)
            .query(String.class)
            .list();
    }

    private String after(String entity, String key, String field) {
        return this.jdbc.sql("select after ->> ? from audit_event where entity = ? and key = ?")
            .params(field, entity, key)
            .query(String.class)
            .single();
    }

    private long count(String keyPattern) {
        return this.jdbc.sql("select count(*) from audit_event where key like ?")
            .param(keyPattern)
            .query(Long.class)
            .single();
    }

    private MvcTestResult post(String kindAndQuery, String csv) {
        return post(kindAndQuery, csv, TestUsers.admin());
    }

    private MvcTestResult post(String kindAndQuery, String csv,
            org.springframework.test.web.servlet.request.RequestPostProcessor user) {
        return this.mvc.post()
            .uri("/api/v1/imports/" + kindAndQuery)
            .with(user)
            .with(csrf())
            .contentType("text/csv")
            .content(csv)
            .exchange();
    }

}
