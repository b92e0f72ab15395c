package ca.contingent.audit;

import java.util.List;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every write path of missions and activities, taken through the pages, leaves exactly
 * one event with who did it, the record and its values before and after; a refused write
 * leaves none. Everything rolls back.
 */
@IntegrationTest
@Transactional
class AuditedWritesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void creatingEditingAndDeletingAMissionLeavesOneEventEach() {
        mission("T-AUD-PARENT");
        assertThat(this.mvc.post()
            .uri("/missions/new")
            .with(user("creator").roles("PROGRAM_OFFICER"))
            .with(csrf())
            .params(missionForm("nameEn", "Audited mission", "parent", "T-AUD-PARENT"))).hasStatus3xxRedirection();
        assertThat(events("mission", "T-AUD-M")).containsExactly(
                "creator CREATE null -> {code=T-AUD-M, nameEn=Audited mission, parent=T-AUD-PARENT, version=0}");

        assertThat(this.mvc.post()
            .uri("/missions/T-AUD-M/edit")
            .with(user("editor").roles("ADMIN"))
            .with(csrf())
            .params(missionForm("nameEn", "Renamed mission", "parent", "", "version", "0"))).hasStatus3xxRedirection();
        assertThat(this.mvc.post()
            .uri("/missions/T-AUD-M/delete")
            .with(user("remover").roles("PROGRAM_OFFICER"))
            .with(csrf())).hasStatus3xxRedirection();

        assertThat(events("mission", "T-AUD-M")).containsExactly(
                "creator CREATE null -> {code=T-AUD-M, nameEn=Audited mission, parent=T-AUD-PARENT, version=0}",
                "editor UPDATE {code=T-AUD-M, nameEn=Audited mission, parent=T-AUD-PARENT, version=0}"
                        + " -> {code=T-AUD-M, nameEn=Renamed mission, parent=null, version=1}",
                "remover DELETE {code=T-AUD-M, nameEn=Renamed mission, parent=null, version=1} -> null");
        assertThat(this.jdbc
            .sql("select after ->> 'startDate' from audit_event where entity = 'mission'"
                    + " and key = 'T-AUD-M' and action = 'CREATE'")
            .query(String.class)
            .single()).isEqualTo("2030-04-01");
    }

    @Test
    void creatingEditingAndDeletingAnActivityLeavesOneEventEach() {
        mission("T-AUD-A1");
        mission("T-AUD-A2");
        assertThat(this.mvc.post()
            .uri("/activities/new")
            .with(user("creator").roles("ADMIN"))
            .with(csrf())
            .params(activityForm("externalId", "T-AUD-ACT"))).hasStatus3xxRedirection();
        assertThat(this.mvc.post()
            .uri("/activities/T-AUD-ACT/edit")
            .with(user("editor").roles("PROGRAM_OFFICER"))
            .with(csrf())
            .params(activityForm("externalId", "T-AUD-ACT", "mission", "T-AUD-A2", "type", "Changed", "version", "0")))
            .hasStatus3xxRedirection();
        assertThat(
                this.mvc.post().uri("/activities/T-AUD-ACT/delete").with(user("remover").roles("ADMIN")).with(csrf()))
            .hasStatus3xxRedirection();

        assertThat(activityEvents("T-AUD-ACT")).containsExactly(
                "creator CREATE null"
                        + " -> {id=T-AUD-ACT, mission=T-AUD-A1, type=Audited training, sessions=3, version=0}",
                "editor UPDATE {id=T-AUD-ACT, mission=T-AUD-A1, type=Audited training, sessions=3, version=0}"
                        + " -> {id=T-AUD-ACT, mission=T-AUD-A2, type=Changed, sessions=3, version=1}",
                "remover DELETE {id=T-AUD-ACT, mission=T-AUD-A2, type=Changed, sessions=3, version=1} -> null");
    }

    @Test
    void anActivityWithAGeneratedIdIsLoggedUnderThatId() {
        mission("T-AUD-A1");
        MvcTestResult created = this.mvc.post()
            .uri("/activities/new")
            .with(user("creator").roles("ADMIN"))
            .with(csrf())
            .params(activityForm("type", "Audited generated id"))
            .exchange();
        String id = this.jdbc.sql("select external_id from activity where type = 'Audited generated id'")
            .query(String.class)
            .single();

        assertThat(created).hasRedirectedUrl("/activities/" + id);
        assertThat(activityEvents(id)).containsExactly("creator CREATE null -> {id=" + id
                + ", mission=T-AUD-A1, type=Audited generated id, sessions=3, version=0}");
    }

    @Test
    void refusedWritesLeaveNoEvent() {
        mission("T-AUD-A1");
        assertThat(this.mvc.post()
            .uri("/activities/new")
            .with(user("creator").roles("ADMIN"))
            .with(csrf())
            .params(activityForm("externalId", "T-AUD-KEPT"))).hasStatus3xxRedirection();

        // A stale edit, a duplicate id and a delete of a mission still in use are all
        // refused.
        assertThat(this.mvc.post()
            .uri("/activities/T-AUD-KEPT/edit")
            .with(user("late").roles("ADMIN"))
            .with(csrf())
            .params(activityForm("externalId", "T-AUD-KEPT", "type", "Too late", "version", "7"))).hasStatusOk();
        assertThat(this.mvc.post()
            .uri("/activities/new")
            .with(user("twice").roles("ADMIN"))
            .with(csrf())
            .params(activityForm("externalId", "T-AUD-KEPT"))).hasStatusOk();
        assertThat(this.mvc.post().uri("/missions/T-AUD-A1/delete").with(user("remover").roles("ADMIN")).with(csrf()))
            .hasStatus3xxRedirection()
            .hasRedirectedUrl("/missions/T-AUD-A1");

        assertThat(activityEvents("T-AUD-KEPT")).hasSize(1).allMatch((event) -> event.startsWith("creator CREATE"));
        assertThat(events("mission", "T-AUD-A1")).isEmpty();
    }

    /**
     * Each event as "user ACTION before -> after", with the fields these tests look at.
     */
    private List<String> events(String entity, String key) {
        return this.jdbc.sql("""
                select username, action, before, after from audit_event where entity = ? and key = ? order by id""")
            .params(entity, key)
            .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + missionValues(rs.getString(3)) + " -> "
                    + missionValues(rs.getString(4)))
            .list();
    }

    private List<String> activityEvents(String externalId) {
        return this.jdbc.sql("""
                select username, action, before, after from audit_event where entity = 'activity' and key = ?
                order by id""")
            .param(externalId)
            .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + activityValues(rs.getString(3)) + " -> "
                    + activityValues(rs.getString(4)))
            .list();
    }

    private String missionValues(String json) {
        if (json == null) {
            return "null";
        }
        return this.jdbc.sql("""
                select format('{code=%s, nameEn=%s, parent=%s, version=%s}', j ->> 'code', j ->> 'nameEn',
                              coalesce(j ->> 'parent', 'null'), j ->> 'version')
                from (select cast(? as jsonb) as j) v""").param(json).query(String.class).single();
    }

    private String activityValues(String json) {
        if (json == null) {
            return "null";
        }
        return this.jdbc.sql("""
                select format('{id=%s, mission=%s, type=%s, sessions=%s, version=%s}', j ->> 'externalId',
                              j ->> 'mission', j ->> 'type', j ->> 'sessions', j ->> 'version')
                from (select cast(? as jsonb) as j) v""").param(json).query(String.class).single();
    }

    private void mission(String code) {
        this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, organization, country, location, language, armed,
                                     start_date)
                values (?, ?, ?, 'UN', 'HT', 'Testville', 'en', false, date '2030-04-01')""")
            .params(code, "Test mission " + code, "Mission d’épreuve " + code)
            .update();
    }

    private static MultiValueMap<String, String> missionForm(String... replaced) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("code", "T-AUD-M");
        params.add("nameEn", "Test mission");
        params.add("nameFr", "Mission d’épreuve");
        params.add("parent", "");
        params.add("organization", "UN");
        params.add("country", "HT");
        params.add("location", "Port-au-Prince");
        params.add("language", "fr");
        params.add("armed", "false");
        params.add("authorizedStrength", "12");
        params.add("startDate", "2030-04-01");
        params.add("endDate", "");
        return replace(params, replaced);
    }

    private static MultiValueMap<String, String> activityForm(String... replaced) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("externalId", "");
        params.add("mission", "T-AUD-A1");
        params.add("date", "2030-07-01");
        params.add("category", "TRAINING");
        params.add("type", "Audited training");
        params.add("sessions", "3");
        params.add("participants", "10");
        params.add("participantsWomen", "5");
        return replace(params, replaced);
    }

    private static MultiValueMap<String, String> replace(MultiValueMap<String, String> params, String... replaced) {
        for (int i = 0; i < replaced.length; i += 2) {
            params.set(replaced[i], replaced[i + 1]);
        }
        return params;
    }

}
