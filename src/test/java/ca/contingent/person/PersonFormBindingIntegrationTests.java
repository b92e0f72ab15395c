package ca.contingent.person;

import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Mass assignment: the forms bind to records holding only the fields they offer, so
 * parameters naming a column (id, agency_id, the generated search key, another record's
 * id) are ignored and change nothing.
 */
@IntegrationTest
@Transactional
class PersonFormBindingIntegrationTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("PROGRAM_OFFICER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private long otherAgencyId;

    private long otherPersonId;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-FA")
            .agency("T-FB")
            .mission("T-FM1", null)
            .mission("T-FM2", null)
            .person("T-FP1", "Lambert", "Anne", "F", "POLICE", "T-FA", "fr")
            .person("T-FP2", "Morin", "Luc", "M", "POLICE", "T-FB", "en")
            .deployment("T-FD1", "T-FP1", "T-FM1", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED");
        new Accounts(this.jdbc).headquarters();
        this.otherAgencyId = this.jdbc.sql("select id from agency where code = 'T-FB'").query(Long.class).single();
        this.otherPersonId = this.jdbc.sql("select id from person where external_id = 'T-FP2'")
            .query(Long.class)
            .single();
    }

    @Test
    void extraParametersOnAPersonEditChangeNothingTheyName() {
        Map<String, Object> before = person("T-FP1");
        Map<String, Object> other = person("T-FP2");
        assertThat(this.mvc.post()
            .uri("/people/T-FP1/edit")
            .with(OFFICER)
            .with(csrf())
            .param("externalId", "T-FP2")
            .param("familyName", "Lambert")
            .param("givenName", "Anne")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", "T-FA")
            .param("languages", "fr")
            .param("version", String.valueOf(before.get("version")))
            .param("id", String.valueOf(this.otherPersonId))
            .param("agencyId", String.valueOf(this.otherAgencyId))
            .param("agency_id", String.valueOf(this.otherAgencyId))
            .param("family_key", "zzz")
            .param("familyKey", "zzz")).hasStatus3xxRedirection();
        Map<String, Object> after = person("T-FP1");
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        assertThat(after.get("agency")).isEqualTo("T-FA");
        assertThat(after.get("family_key")).isEqualTo("lambert");
        assertThat(person("T-FP2")).isEqualTo(other);
    }

    @Test
    void extraParametersOnAPersonCreateAreIgnored() {
        assertThat(this.mvc.post()
            .uri("/people/new")
            .with(OFFICER)
            .with(csrf())
            .param("externalId", "T-FP3")
            .param("familyName", "Roy")
            .param("givenName", "Marie")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", "T-FA")
            .param("languages", "fr")
            .param("version", "7")
            .param("id", String.valueOf(this.otherPersonId))
            .param("agencyId", String.valueOf(this.otherAgencyId))
            .param("family_key", "zzz")).hasStatus3xxRedirection();
        Map<String, Object> created = person("T-FP3");
        assertThat(created.get("id")).isNotEqualTo(this.otherPersonId);
        assertThat(created).containsEntry("agency", "T-FA")
            .containsEntry("family_key", "roy")
            .containsEntry("version", 0);
        assertThat(person("T-FP2")).containsEntry("family_name", "Morin");
    }

    @Test
    void extraParametersOnADeploymentEditChangeNothingTheyName() {
        int version = new TestRecords(this.jdbc).version("deployment", "T-FD1");
        long otherMission = this.jdbc.sql("select id from mission where code = 'T-FM2'").query(Long.class).single();
        assertThat(this.mvc.post()
            .uri("/deployments/T-FD1/edit")
            .with(OFFICER)
            .with(csrf())
            .param("externalId", "T-OTHER")
            .param("person", "T-FP1")
            .param("mission", "T-FM1")
            .param("role", "Police Advisor")
            .param("term", "LONG")
            .param("startDate", "2030-04-01")
            .param("endDate", "2030-09-30")
            .param("status", "DEPLOYED")
            .param("version", String.valueOf(version))
            .param("id", "1")
            .param("personId", String.valueOf(this.otherPersonId))
            .param("missionId", String.valueOf(otherMission))).hasStatus3xxRedirection();
        Map<String, Object> deployment = this.jdbc.sql("""
                select p.external_id as person, m.code as mission from deployment d
                join person p on p.id = d.person_id join mission m on m.id = d.mission_id
                where d.external_id = 'T-FD1'""").query().singleRow();
        assertThat(deployment).containsEntry("person", "T-FP1").containsEntry("mission", "T-FM1");
        assertThat(new TestRecords(this.jdbc).count("deployment", "T-OTHER")).isZero();
    }

    private Map<String, Object> person(String externalId) {
        return this.jdbc.sql("""
                select p.id, p.family_name, p.family_key, p.version, a.code as agency
                from person p join agency a on a.id = p.agency_id where p.external_id = ?""")
            .param(externalId)
            .query()
            .singleRow();
    }

}
