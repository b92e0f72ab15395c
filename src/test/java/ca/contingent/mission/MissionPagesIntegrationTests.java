package ca.contingent.mission;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.IntegrationTest;
import ca.contingent.web.Flash;
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
 * The mission pages. Every test makes its own T- missions and rolls back, so the
 * reference data set, loaded or not, is never changed and never counted.
 */
@IntegrationTest
@Transactional
class MissionPagesIntegrationTests {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><a href=\"/missions/([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listSearchesCodesNamesAndLocations() throws Exception {
        insert("T-ALPHA", null, "UN", "Zyxwv Village");
        insert("T-BETA", null, "EU", "Elsewhere");

        assertThat(listed("/missions?q=zyxwv")).containsExactly("T-ALPHA");
        assertThat(listed("/missions", "q", "Épreuve T-BETA")).containsExactly("T-BETA");
        assertThat(listed("/missions?q=t-alpha")).containsExactly("T-ALPHA");
    }

    @Test
    void listFiltersByOrganizationParentLanguageAndArmed() throws Exception {
        insert("T-TOP", null, "UN", "Here");
        insert("T-PART", "T-TOP", "EU", "There");
        this.jdbc.sql("update mission set language = 'fr', armed = true where code = 'T-PART'").update();

        assertThat(listed("/missions?q=T-&organization=EU")).contains("T-PART").doesNotContain("T-TOP");
        assertThat(listed("/missions?q=T-&parent=top")).contains("T-TOP").doesNotContain("T-PART");
        assertThat(listed("/missions?parent=T-TOP")).containsExactly("T-PART");
        assertThat(listed("/missions?q=T-&language=fr&armed=true")).contains("T-PART").doesNotContain("T-TOP");
        assertThat(listed("/missions?q=T-&armed=false")).contains("T-TOP").doesNotContain("T-PART");
    }

    @Test
    void listSortsBothWays() throws Exception {
        insert("T-SORT-A", null, "UN", "Sortville");
        insert("T-SORT-B", null, "UN", "Sortville");

        assertThat(listed("/missions?q=sortville&sort=code&dir=asc")).containsExactly("T-SORT-A", "T-SORT-B");
        assertThat(listed("/missions?q=sortville&sort=code&dir=desc")).containsExactly("T-SORT-B", "T-SORT-A");
        this.jdbc.sql("update mission set authorized_strength = 99 where code = 'T-SORT-B'").update();
        this.jdbc.sql("update mission set authorized_strength = 5 where code = 'T-SORT-A'").update();
        assertThat(listed("/missions?q=sortville&sort=strength")).containsExactly("T-SORT-A", "T-SORT-B");
        assertThat(get("/missions?sort=bogus;drop table mission&dir=sideways")).hasStatusOk();
    }

    @Test
    void createsAMissionAndShowsIt() {
        insert("T-HOME", null, "UN", "Home");
        MvcTestResult created = this.mvc.post()
            .uri("/missions/new")
            .with(admin())
            .with(csrf())
            .param("code", "T-NEW")
            .param("nameEn", "Test new mission")
            .param("nameFr", "Mission d’essai")
            .param("parent", "T-HOME")
            .param("organization", "MULTILATERAL")
            .param("country", "HT")
            .param("location", "Port-au-Prince")
            .param("language", "fr")
            .param("armed", "false")
            .param("authorizedStrength", "12")
            .param("startDate", "2030-04-01")
            .param("endDate", "")
            .exchange();

        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/missions/T-NEW");
        assertThat(this.jdbc.sql("""
                select m.name_fr, p.code, m.organization, m.language, m.authorized_strength
                from mission m join mission p on p.id = m.parent_id where m.code = 'T-NEW'
                """)
            .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                    + "|" + rs.getInt(5))
            .single()).isEqualTo("Mission d’essai|T-HOME|MULTILATERAL|fr|12");

        assertThat(get("/missions/T-NEW")).hasStatusOk()
            .bodyText()
            .contains("Test new mission")
            .contains("href=\"/missions/T-HOME\"")
            .contains("Multilateral");
        assertThat(get("/missions/T-HOME")).bodyText().contains("href=\"/missions/T-NEW\"");
        assertThat(this.mvc.get().uri("/missions/T-NEW?lang=fr").with(admin()).exchange()).bodyText()
            .contains("Mission d’essai")
            .contains("Multilatérale")
            .contains("Fait partie de");
    }

    @Test
    void showsCountsOfDeploymentsAndActivities() {
        long id = insert("T-COUNTED", null, "UN", "Counted");
        activity("T-COUNTED-1", id);
        activity("T-COUNTED-2", id);

        assertThat(get("/missions/T-COUNTED")).hasStatusOk()
            .bodyText()
            .contains("2 activities")
            .containsPattern("id=\"deployment-count\"[^>]*>0<");
    }

    @Test
    void invalidMissionIsShownAgainWithFieldErrorsInEnglish() {
        MvcTestResult result = postInvalid("/missions/new", null);

        assertThat(result).hasStatusOk()
            .bodyText()
            .contains("Use a two-letter ISO country code in capitals")
            .contains("The end date cannot be before the start date.")
            .contains("Use capital letters, digits, hyphens and underscores")
            .contains("At most 200 characters.")
            .contains("Fill in this field.")
            .contains("aria-invalid=\"true\"");
        assertThat(count("t-bad")).isZero();
    }

    @Test
    void invalidMissionIsShownAgainWithFieldErrorsInFrench() {
        MvcTestResult byParameter = postInvalid("/missions/new?lang=fr", null);
        MvcTestResult byBrowser = postInvalid("/missions/new", "fr-CA,fr;q=0.9");

        for (MvcTestResult result : new MvcTestResult[] { byParameter, byBrowser }) {
            assertThat(result).hasStatusOk()
                .bodyText()
                .contains("Utilisez un code de pays ISO à deux lettres majuscules")
                .contains("La date de fin ne peut pas précéder la date de début.")
                .contains("Au plus 200 caractères.")
                .contains("Ce champ est obligatoire.")
                .contains("Nouvelle mission")
                .doesNotContain("The end date");
        }
    }

    @Test
    void duplicateCodeIsAFieldError() {
        insert("T-TWICE", null, "UN", "Once");

        assertThat(this.mvc.post()
            .uri("/missions/new?lang=fr")
            .with(admin())
            .with(csrf())
            .params(valid("T-TWICE"))
            .exchange()).hasStatusOk().bodyText().contains("La mission T-TWICE existe déjà.");
        assertThat(count("t-twice")).isOne();
    }

    @Test
    void staleEditIsRefused() {
        insert("T-STALE", null, "UN", "Stale");
        this.jdbc.sql("update mission set version = version + 1 where code = 'T-STALE'").update();

        MvcTestResult result = this.mvc.post()
            .uri("/missions/T-STALE/edit")
            .with(admin())
            .with(csrf())
            .params(valid("T-STALE", "location", "Changed", "version", "0"))
            .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("Mission T-STALE was changed by someone else");
        assertThat(this.jdbc.sql("select location from mission where code = 'T-STALE'").query(String.class).single())
            .isEqualTo("Stale");
    }

    @Test
    void currentEditIsSaved() {
        insert("T-EDIT", null, "UN", "Before");
        MvcTestResult result = this.mvc.post()
            .uri("/missions/T-EDIT/edit")
            .with(admin())
            .with(csrf())
            .params(valid("T-EDIT", "location", "After", "version", "0"))
            .exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/missions/T-EDIT");
        assertThat(this.jdbc.sql("select location from mission where code = 'T-EDIT'").query(String.class).single())
            .isEqualTo("After");
    }

    @Test
    void componentOfAComponentIsRefused() {
        insert("T-ROOT", null, "UN", "Root");
        insert("T-LEAF", "T-ROOT", "UN", "Leaf");

        MvcTestResult result = this.mvc.post()
            .uri("/missions/new")
            .with(admin())
            .with(csrf())
            .params(valid("T-DEEPER", "parent", "T-LEAF"))
            .exchange();

        assertThat(result).hasStatusOk().bodyText().contains("T-LEAF is itself a component of T-ROOT");
        assertThat(count("t-deeper")).isZero();
    }

    @Test
    void parentCannotBecomeAComponent() {
        insert("T-PARENT", null, "UN", "Parent");
        insert("T-CHILD", "T-PARENT", "UN", "Child");
        insert("T-OTHER", null, "UN", "Other");

        MvcTestResult result = this.mvc.post()
            .uri("/missions/T-PARENT/edit?lang=fr")
            .with(admin())
            .with(csrf())
            .params(valid("T-PARENT", "parent", "T-OTHER", "version", "0"))
            .exchange();

        assertThat(result).hasStatusOk()
            .bodyText()
            .contains("T-PARENT a 1 composante et ne peut pas devenir elle-même une composante.");
        assertThat(this.jdbc.sql("select count(*) from mission where code = 'T-PARENT' and parent_id is null")
            .query(Integer.class)
            .single()).isOne();
    }

    @Test
    void deleteIsRefusedWhileComponentsOrActivitiesReferToIt() {
        insert("T-HAS-PART", null, "UN", "Parent");
        insert("T-IS-PART", "T-HAS-PART", "UN", "Part");
        long busy = insert("T-BUSY", null, "UN", "Busy");
        activity("T-BUSY-1", busy);
        activity("T-BUSY-2", busy);

        MvcTestResult withPart = this.mvc.post()
            .uri("/missions/T-HAS-PART/delete")
            .with(admin())
            .with(csrf())
            .exchange();
        assertThat(withPart).hasStatus3xxRedirection().hasRedirectedUrl("/missions/T-HAS-PART");
        assertThat(withPart).flash().extractingByKey("flash").isInstanceOfSatisfying(Flash.class, (flash) -> {
            assertThat(flash.key()).isEqualTo("mission.delete.referencedByComponents");
            assertThat(flash.arguments()).containsExactly("T-HAS-PART", 1);
        });

        MvcTestResult withActivities = this.mvc.post()
            .uri("/missions/T-BUSY/delete")
            .with(admin())
            .with(csrf())
            .exchange();
        assertThat(withActivities).flash()
            .extractingByKey("flash")
            .isInstanceOfSatisfying(Flash.class,
                    (flash) -> assertThat(flash.key()).isEqualTo("mission.delete.referencedByActivities"));

        MvcTestResult shown = this.mvc.get()
            .uri("/missions/T-BUSY")
            .with(admin())
            .flashAttr("flash", withActivities.getMvcResult().getFlashMap().get("flash"))
            .exchange();
        assertThat(shown).bodyText().contains("Mission T-BUSY cannot be deleted: 2 activities refer to it.");
        assertThat(count("t-has-part") + count("t-busy")).isEqualTo(2);
    }

    @Test
    void deleteRemovesAnUnreferencedMission() {
        insert("T-GONE", null, "UN", "Gone");

        assertThat(this.mvc.post().uri("/missions/T-GONE/delete").with(admin()).with(csrf()).exchange())
            .hasStatus3xxRedirection()
            .hasRedirectedUrl("/missions");
        assertThat(count("t-gone")).isZero();
    }

    @Test
    void unknownMissionIsNotFound() {
        assertThat(get("/missions/T-NOWHERE")).hasStatus(404).bodyText().contains("There is no such record.");
        assertThat(get("/missions/T-NOWHERE/edit")).hasStatus(404);
    }

    @Test
    void programOfficerMayWork() {
        assertThat(this.mvc.get().uri("/missions").with(programOfficer()).exchange()).hasStatusOk();
        assertThat(this.mvc.get().uri("/missions/new").with(programOfficer()).exchange()).hasStatusOk();
    }

    @Test
    void analystMayNotSeeMissions() {
        assertThat(this.mvc.get().uri("/missions").with(analyst()).exchange()).hasStatus(403);
        assertThat(this.mvc.get().uri("/missions/new").with(analyst()).exchange()).hasStatus(403);
        assertThat(
                this.mvc.post().uri("/missions/new").with(analyst()).with(csrf()).params(valid("T-SNEAK")).exchange())
            .hasStatus(403);
        assertThat(count("t-sneak")).isZero();
    }

    private MvcTestResult get(String uri) {
        return this.mvc.get().uri(uri).with(admin()).exchange();
    }

    private MvcTestResult postInvalid(String uri, String acceptLanguage) {
        var request = this.mvc.post()
            .uri(uri)
            .with(admin())
            .with(csrf())
            .param("code", "t-bad")
            .param("nameEn", "x".repeat(201))
            .param("nameFr", "Mauvaise")
            .param("organization", "UN")
            .param("country", "ht")
            .param("location", "")
            .param("language", "en")
            .param("armed", "true")
            .param("startDate", "2031-01-01")
            .param("endDate", "2030-12-31");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.exchange();
    }

    /** A valid mission form, with some values replaced: pairs of name and value. */
    private static MultiValueMap<String, String> valid(String code, String... replaced) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("code", code);
        params.add("nameEn", "Test mission " + code);
        params.add("nameFr", "Mission d’épreuve " + code);
        params.add("organization", "UN");
        params.add("country", "HT");
        params.add("language", "en");
        params.add("armed", "false");
        params.add("location", "Testville");
        params.add("startDate", "2030-04-01");
        for (int i = 0; i < replaced.length; i += 2) {
            params.set(replaced[i], replaced[i + 1]);
        }
        return params;
    }

    /**
     * The codes a list page shows, in order: the first cell of each row (the filters name
     * missions too).
     */
    private List<String> listed(String uri, String... parameters) throws UnsupportedEncodingException {
        var request = this.mvc.get().uri(uri).with(admin());
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        Matcher row = ROW.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        while (row.find()) {
            codes.add(row.group(1));
        }
        return codes;
    }

    private int count(String code) {
        return this.jdbc.sql("select count(*) from mission where lower(code) = ?")
            .param(code)
            .query(Integer.class)
            .single();
    }

    private long insert(String code, String parentCode, String organization, String location) {
        return this.jdbc.sql("""
                insert into mission (code, name_en, name_fr, parent_id, organization, country, location, language,
                                     armed, start_date)
                values (:code, :nameEn, :nameFr, (select id from mission where code = :parent), :organization, 'HT',
                        :location, 'en', false, :start)
                returning id
                """)
            .param("code", code)
            .param("nameEn", "Test mission " + code)
            .param("nameFr", "Mission d’épreuve " + code)
            .param("parent", parentCode)
            .param("organization", organization)
            .param("location", location)
            .param("start", LocalDate.of(2030, 4, 1))
            .query(Long.class)
            .single();
    }

    private void activity(String externalId, long missionId) {
        this.jdbc.sql("""
                insert into activity (external_id, mission_id, date, category, type, sessions)
                values (?, ?, date '2030-06-01', 'TRAINING', 'Test training', 1)
                """).params(externalId, missionId).update();
    }

}
