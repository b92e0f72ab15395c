package ca.contingent.activity;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static ca.contingent.TestUsers.programOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The activity pages. Every test works on its own T- missions and activities dated from
 * 2030 on, and rolls back, so the 2024-25 reference figures are never changed or counted.
 */
@IntegrationTest
@Transactional
class ActivityPagesIntegrationTests {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><a href=\"/activities/([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    long alpha;

    long beta;

    @BeforeEach
    void missions() {
        this.alpha = mission("T-ACT-ALPHA");
        this.beta = mission("T-ACT-BETA");
    }

    @Test
    void listFiltersByMissionCategoryFiscalYearAndType() throws Exception {
        activity("T-A1", this.alpha, "2030-05-01", "TRAINING", "Zqx crowd control", 3);
        activity("T-A2", this.alpha, "2031-05-01", "MENTORING", "Zqx mentoring of chiefs", 1);
        activity("T-A3", this.beta, "2030-06-01", "TRAINING", "Zqx forensic course", 2);

        assertThat(listed("mission", "T-ACT-ALPHA")).containsExactlyInAnyOrder("T-A1", "T-A2");
        assertThat(listed("q", "zqx", "category", "TRAINING")).containsExactlyInAnyOrder("T-A1", "T-A3");
        assertThat(listed("q", "zqx", "fiscalYear", "2031-32")).containsExactly("T-A2");
        assertThat(listed("q", "ZQX FORENSIC")).containsExactly("T-A3");
        assertThat(listed("q", "zqx", "mission", "T-ACT-ALPHA", "fiscalYear", "2030-31", "category", "TRAINING"))
            .containsExactly("T-A1");
    }

    @Test
    void listSortsBothWays() throws Exception {
        activity("T-S1", this.alpha, "2030-05-01", "TRAINING", "Qvz sorted", 3);
        activity("T-S2", this.beta, "2030-05-02", "ADVISORY", "Qvz sorted", 7);

        assertThat(listed("q", "qvz", "sort", "date")).containsExactly("T-S1", "T-S2");
        assertThat(listed("q", "qvz", "sort", "date", "dir", "desc")).containsExactly("T-S2", "T-S1");
        assertThat(listed("q", "qvz", "sort", "sessions", "dir", "desc")).containsExactly("T-S2", "T-S1");
        assertThat(listed("q", "qvz", "sort", "category")).containsExactly("T-S2", "T-S1");
        assertThat(listed("q", "qvz", "sort", "mission", "dir", "desc")).containsExactly("T-S2", "T-S1");
        assertThat(listed("q", "qvz", "sort", "1; drop table activity")).containsExactly("T-S1", "T-S2");
    }

    @Test
    void malformedFiscalYearIsAMessageNotAnError() {
        assertThat(this.mvc.get().uri("/activities").param("fiscalYear", "2024-26").with(admin()).exchange())
            .hasStatusOk()
            .bodyText()
            .contains("“2024-26” is not a fiscal year");
        assertThat(this.mvc.get().uri("/activities?lang=fr").param("fiscalYear", "24-25").with(admin()).exchange())
            .hasStatusOk()
            .bodyText()
            .contains("« 24-25 » n’est pas un exercice");
    }

    @Test
    void createsAnActivityWithTheGivenId() {
        MvcTestResult result = this.mvc.post()
            .uri("/activities/new")
            .with(admin())
            .with(csrf())
            .params(valid("externalId", "T-NEW-1"))
            .exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/activities/T-NEW-1");
        assertThat(this.jdbc.sql("""
                select m.code || '|' || a.category || '|' || a.sessions || '|' || a.participants_women
                from activity a join mission m on m.id = a.mission_id where a.external_id = 'T-NEW-1'
                """).query(String.class).single()).isEqualTo("T-ACT-BETA|INVESTIGATION|4|5");
        assertThat(this.mvc.get().uri("/activities/T-NEW-1?lang=fr").with(admin()).exchange()).hasStatusOk()
            .bodyText()
            .contains("Enquête")
            .contains("Mission d’épreuve T-ACT-BETA")
            .contains("Participantes");
    }

    @Test
    void createsAnActivityWithAGeneratedIdWhenNoneIsGiven() {
        MvcTestResult result = this.mvc.post()
            .uri("/activities/new")
            .with(admin())
            .with(csrf())
            .params(valid("type", "Generated id check"))
            .exchange();

        assertThat(result).hasStatus3xxRedirection();
        String id = this.jdbc.sql("select external_id from activity where type = 'Generated id check'")
            .query(String.class)
            .single();
        assertThat(id).matches("A-[0-9A-F]{8}");
        assertThat(result).hasRedirectedUrl("/activities/" + id);
    }

    @Test
    void invalidActivityIsShownAgainWithFieldErrorsInEnglish() {
        MvcTestResult result = postInvalid("/activities/new", null);

        assertThat(result).hasStatusOk()
            .bodyText()
            .contains("There cannot be more women participants than participants")
            .containsPattern("id=\"sessions-error\">Enter a whole number, 0 or more.<")
            .containsPattern("id=\"mission-error\">Fill in this field.<")
            .contains("aria-invalid=\"true\"");
        assertThat(count("T-BAD")).isZero();
    }

    @Test
    void invalidActivityIsShownAgainWithFieldErrorsInFrench() {
        for (MvcTestResult result : new MvcTestResult[] { postInvalid("/activities/new?lang=fr", null),
                postInvalid("/activities/new", "fr") }) {
            assertThat(result).hasStatusOk()
                .bodyText()
                .contains("Il ne peut pas y avoir plus de participantes que de participants")
                .contains("Entrez un nombre entier, 0 ou plus.")
                .contains("Ce champ est obligatoire.")
                .contains("Nouvelle activité")
                .doesNotContain("There cannot be");
        }
    }

    @Test
    void unknownMissionIsAFieldError() {
        MvcTestResult result = this.mvc.post()
            .uri("/activities/new")
            .with(admin())
            .with(csrf())
            .params(valid("externalId", "T-ORPHAN", "mission", "T-NO-SUCH"))
            .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("There is no mission T-NO-SUCH.");
        assertThat(count("T-ORPHAN")).isZero();
    }

    @Test
    void duplicateIdIsAFieldError() {
        activity("T-TWICE", this.alpha, "2030-05-01", "TRAINING", "First", 1);

        assertThat(this.mvc.post()
            .uri("/activities/new")
            .with(admin())
            .with(csrf())
            .params(valid("externalId", "T-TWICE"))
            .exchange()).hasStatusOk().bodyText().contains("Activity T-TWICE already exists.");
    }

    @Test
    void staleEditIsRefused() {
        activity("T-STALE", this.alpha, "2030-05-01", "TRAINING", "Before", 1);
        this.jdbc.sql("update activity set version = version + 1 where external_id = 'T-STALE'").update();

        MvcTestResult result = this.mvc.post()
            .uri("/activities/T-STALE/edit?lang=fr")
            .with(admin())
            .with(csrf())
            .params(valid("externalId", "T-STALE", "type", "After", "version", "0"))
            .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("L’activité T-STALE a été modifiée par quelqu’un d’autre");
        assertThat(
                this.jdbc.sql("select type from activity where external_id = 'T-STALE'").query(String.class).single())
            .isEqualTo("Before");
    }

    @Test
    void currentEditIsSaved() {
        activity("T-EDIT", this.alpha, "2030-05-01", "TRAINING", "Before", 1);

        MvcTestResult result = this.mvc.post()
            .uri("/activities/T-EDIT/edit")
            .with(admin())
            .with(csrf())
            .params(valid("externalId", "T-EDIT", "type", "After", "version", "0"))
            .exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/activities/T-EDIT");
        assertThat(this.jdbc.sql("select type || '|' || mission_id from activity where external_id = 'T-EDIT'")
            .query(String.class)
            .single()).isEqualTo("After|" + this.beta);
    }

    @Test
    void deleteRemovesTheActivity() {
        activity("T-GONE", this.alpha, "2030-05-01", "TRAINING", "Gone", 1);

        assertThat(this.mvc.post().uri("/activities/T-GONE/delete").with(admin()).with(csrf()).exchange())
            .hasStatus3xxRedirection()
            .hasRedirectedUrl("/activities");
        assertThat(count("T-GONE")).isZero();
    }

    @Test
    void unknownActivityIsNotFound() {
        assertThat(this.mvc.get().uri("/activities/T-NOWHERE").with(admin()).exchange()).hasStatus(404);
        assertThat(this.mvc.post().uri("/activities/T-NOWHERE/delete").with(admin()).with(csrf()).exchange())
            .hasStatus(404);
    }

    @Test
    void programOfficerMayWork() {
        assertThat(this.mvc.get().uri("/activities").with(programOfficer()).exchange()).hasStatusOk();
        assertThat(this.mvc.get().uri("/activities/new").with(programOfficer()).exchange()).hasStatusOk();
    }

    @Test
    void analystMayNotSeeActivities() {
        assertThat(this.mvc.get().uri("/activities").with(analyst()).exchange()).hasStatus(403);
        assertThat(this.mvc.post()
            .uri("/activities/new")
            .with(analyst())
            .with(csrf())
            .params(valid("externalId", "T-SNEAK"))
            .exchange()).hasStatus(403);
        assertThat(count("T-SNEAK")).isZero();
    }

    private List<String> listed(String... parameters) throws UnsupportedEncodingException {
        var request = this.mvc.get().uri("/activities").with(admin());
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        Matcher row = ROW.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        while (row.find()) {
            ids.add(row.group(1));
        }
        return ids;
    }

    private MvcTestResult postInvalid(String uri, String acceptLanguage) {
        var request = this.mvc.post()
            .uri(uri)
            .with(admin())
            .with(csrf())
            .params(valid("externalId", "T-BAD", "mission", "", "sessions", "-1", "participants", "3",
                    "participantsWomen", "4"));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.exchange();
    }

    /**
     * A valid activity form for T-ACT-BETA, with some values replaced: pairs of name and
     * value.
     */
    private static MultiValueMap<String, String> valid(String... replaced) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("externalId", "");
        params.add("mission", "T-ACT-BETA");
        params.add("date", "2030-07-01");
        params.add("category", "INVESTIGATION");
        params.add("type", "Test investigation support");
        params.add("sessions", "4");
        params.add("participants", "10");
        params.add("participantsWomen", "5");
        for (int i = 0; i < replaced.length; i += 2) {
            params.set(replaced[i], replaced[i + 1]);
        }
        return params;
    }

    private int count(String externalId) {
        return this.jdbc.sql("select count(*) from activity where external_id = ?")
            .param(externalId)
            .query(Integer.class)
            .single();
    }

    private long mission(String code) {
        return this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, organization, country, location, language, armed,
                                     start_date)
                values (?, ?, ?, 'UN', 'HT', 'Testville', 'en', false, date '2030-04-01')
                returning id
                """).params(code, "Test mission " + code, "Mission d’épreuve " + code).query(Long.class).single();
    }

    private void activity(String externalId, long missionId, String date, String category, String type, int sessions) {
        this.jdbc.sql("""
                insert into activity (external_id, mission_id, date, category, type, sessions)
                values (?, ?, cast(? as date), ?, ?, ?)
                """).params(externalId, missionId, date, category, type, sessions).update();
    }

}
