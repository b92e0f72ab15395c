package ca.contingent.person;

import java.util.List;
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
 * Every write of a person and of a deployment leaves exactly one event with the values
 * before and after, and a person's record read from outside headquarters leaves a READ
 * event that names the record without copying it. The events are written in the test's
 * transaction, so they roll back with it; every query names the test's own keys.
 */
@IntegrationTest
@Transactional
class PersonAuditIntegrationTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("PROGRAM_OFFICER");

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-UA")
            .agency("T-UB")
            .mission("T-UM1", null)
            .mission("T-UM2", null)
            .person("T-UP1", "Leclerc", "Anne", "F", "POLICE", "T-UA", "fr")
            .person("T-UP2", "Moreau", "Luc", "M", "POLICE", "T-UB", "en")
            .deployment("T-UD1", "T-UP1", "T-UM1", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED");
        new Accounts(this.jdbc).headquarters().coordinator("t-coord-ua", "T-UA").commander("t-cmdr-um1", "T-UM1");
    }

    @Test
    void creatingAPersonRecordsTheNewValues() {
        assertThat(this.mvc.post()
            .uri("/people/new")
            .with(OFFICER)
            .with(csrf())
            .param("externalId", "T-UP9")
            .param("familyName", "Girard")
            .param("givenName", "Rose")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", "T-UA")
            .param("languages", "fr")).hasStatus3xxRedirection();
        List<Map<String, Object>> events = events("person", "T-UP9");
        assertThat(events).singleElement().satisfies((event) -> {
            assertThat(event).containsEntry("action", "CREATE")
                .containsEntry("username", "officer")
                .containsEntry("before", null)
                .containsEntry("after_name", "Girard");
        });
    }

    @Test
    void updatingAPersonRecordsBeforeAndAfter() {
        int version = new TestRecords(this.jdbc).version("person", "T-UP1");
        assertThat(this.mvc.post()
            .uri("/people/T-UP1/edit")
            .with(ADMIN)
            .with(csrf())
            .param("externalId", "T-UP1")
            .param("familyName", "Leclerc-Roy")
            .param("givenName", "Anne")
            .param("gender", "F")
            .param("category", "POLICE")
            .param("agency", "T-UA")
            .param("languages", "fr")
            .param("version", String.valueOf(version))).hasStatus3xxRedirection();
        assertThat(events("person", "T-UP1")).singleElement().satisfies((event) -> {
            assertThat(event).containsEntry("action", "UPDATE")
                .containsEntry("before_name", "Leclerc")
                .containsEntry("after_name", "Leclerc-Roy");
        });
    }

    @Test
    void deletingAPersonRecordsWhatWasDeleted() {
        assertThat(this.mvc.post().uri("/people/T-UP2/delete").with(ADMIN).with(csrf())).hasStatus3xxRedirection();
        assertThat(events("person", "T-UP2")).singleElement().satisfies((event) -> {
            assertThat(event).containsEntry("action", "DELETE")
                .containsEntry("before_name", "Moreau")
                .containsEntry("after", null);
        });
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        // T-UP1 has a deployment, so the delete is refused and nothing happened to log.
        this.mvc.post().uri("/people/T-UP1/delete").with(ADMIN).with(csrf()).exchange();
        assertThat(new TestRecords(this.jdbc).count("person", "T-UP1")).isEqualTo(1);
        assertThat(events("person", "T-UP1")).isEmpty();
    }

    @Test
    void creatingUpdatingAndDeletingADeploymentRecordEachOneEvent() {
        assertThat(this.mvc.post()
            .uri("/deployments/new")
            .with(OFFICER)
            .with(csrf())
            .param("externalId", "T-UD9")
            .param("person", "T-UP2")
            .param("mission", "T-UM2")
            .param("role", "Mentor")
            .param("term", "SHORT")
            .param("startDate", "2031-01-01")
            .param("endDate", "2031-03-31")
            .param("status", "PLANNED")).hasStatus3xxRedirection();
        assertThat(events("deployment", "T-UD9")).singleElement().satisfies((event) -> {
            assertThat(event).containsEntry("action", "CREATE")
                .containsEntry("before", null)
                .containsEntry("after_role", "Mentor");
        });

        int version = new TestRecords(this.jdbc).version("deployment", "T-UD9");
        assertThat(this.mvc.post()
            .uri("/deployments/T-UD9/edit")
            .with(ADMIN)
            .with(csrf())
            .param("externalId", "T-UD9")
            .param("person", "T-UP2")
            .param("mission", "T-UM2")
            .param("role", "Senior Mentor")
            .param("term", "SHORT")
            .param("startDate", "2031-01-01")
            .param("endDate", "2031-03-31")
            .param("status", "PLANNED")
            .param("version", String.valueOf(version))).hasStatus3xxRedirection();
        assertThat(this.mvc.post().uri("/deployments/T-UD9/delete").with(ADMIN).with(csrf())).hasStatus3xxRedirection();

        List<Map<String, Object>> events = events("deployment", "T-UD9");
        assertThat(events).extracting((event) -> event.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(events.get(1)).containsEntry("before_role", "Mentor").containsEntry("after_role", "Senior Mentor");
        assertThat(events.get(2)).containsEntry("before_role", "Senior Mentor").containsEntry("after", null);
    }

    @Test
    void aCoordinatorsReadOfAPersonIsLoggedWithoutTheRecordsData() {
        assertThat(this.mvc.get().uri("/people/T-UP1").with(user("t-coord-ua").roles("AGENCY_COORDINATOR")))
            .hasStatusOk();
        assertThat(events("person", "T-UP1")).singleElement().satisfies((event) -> {
            assertThat(event).containsEntry("action", "READ")
                .containsEntry("username", "t-coord-ua")
                .containsEntry("before", null)
                .containsEntry("after", null);
            assertThat(String.valueOf(event.get("detail"))).doesNotContain("Leclerc", "Anne");
        });
    }

    @Test
    void aCommandersReadThroughTheApiIsLogged() {
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-UP1").with(user("t-cmdr-um1").roles("MISSION_COMMANDER")))
            .hasStatusOk();
        assertThat(events("person", "T-UP1")).extracting((event) -> event.get("action")).containsExactly("READ");
    }

    @Test
    void headquartersReadsAreNotLogged() {
        assertThat(this.mvc.get().uri("/people/T-UP1").with(ADMIN)).hasStatusOk();
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-UP1").with(OFFICER)).hasStatusOk();
        assertThat(events("person", "T-UP1")).isEmpty();
    }

    /**
     * The test's record's events in order, with the name (or role) before and after
     * pulled out of the JSON.
     */
    private List<Map<String, Object>> events(String entity, String key) {
        String field = "person".equals(entity) ? "familyName" : "role";
        String label = "person".equals(entity) ? "name" : "role";
        return this.jdbc.sql("""
                select action, username, before::text as before, after::text as after, detail,
                       before ->> '%1$s' as before_%2$s, after ->> '%1$s' as after_%2$s
                from audit_event where entity = ? and key = ? order by id""".formatted(field, label))
            .params(entity, key)
            .query()
            .listOfRows();
    }

}
