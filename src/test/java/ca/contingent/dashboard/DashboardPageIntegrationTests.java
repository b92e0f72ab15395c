package ca.contingent.dashboard;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.dashboard.DashboardPages.Figures;
import ca.contingent.dashboard.DashboardPages.Line;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 5, item 4: the dashboards' filters, tables, CSV files, languages and roles, on
 * the test's own records in 2030-31 (rolled back). Mission T-DM has a component T-DM-C;
 * T-DN stands alone; agencies T-DA and T-DB.
 */
@IntegrationTest
@Transactional
class DashboardPageIntegrationTests {

    private static final String YEAR = "year=2030-31";

    private static final List<String> CHARTS = List.of("people-by-year", "people-by-mission", "people-by-agency",
            "women-share", "training-by-type", "trainees-by-sex");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    DashboardPages dashboards;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-DA")
            .agency("T-DB")
            .mission("T-DM", null)
            .mission("T-DM-C", "T-DM")
            .mission("T-DN", null)
            .person("T-DP1", "Dashfirst", "Anne", "F", "POLICE", "T-DA", "en")
            .person("T-DP2", "Dashsecond", "Bruno", "M", "POLICE", "T-DB", "fr")
            .person("T-DP3", "Dashthird", "Chloé", "F", "CIVILIAN", "T-DA", "fr")
            .person("T-DP4", "Dashfourth", "Diane", "F", "POLICE", "T-DB", "en")
            .person("T-DP5", "Dashfifth", "Émile", "M", "POLICE", "T-DB", "fr")
            // A leader in the component; counted for the component and for its parent.
            .deployment("T-DD1", "T-DP1", "T-DM-C", "LONG", "2030-05-01", "2030-08-31", "DEPLOYED")
            .deployment("T-DD2", "T-DP2", "T-DM", "SHORT", "2030-06-01", "2030-07-31", "COMPLETED")
            // In the parent and later in its component: once for the parent.
            .deployment("T-DD3", "T-DP3", "T-DM", "SHORT", "2030-04-01", "2030-04-30", "COMPLETED")
            .deployment("T-DD4", "T-DP3", "T-DM-C", "LONG", "2030-09-01", "2030-12-31", "DEPLOYED")
            // Planned: never counted.
            .deployment("T-DD5", "T-DP4", "T-DM", "LONG", "2030-06-01", "2030-12-31", "PLANNED")
            .deployment("T-DD6", "T-DP5", "T-DN", "SHORT", "2031-01-01", "2031-02-28", "DEPLOYED");
        this.jdbc.sql("update deployment set leadership = true where external_id = 'T-DD1'").update();
        activity("T-DAC1", "T-DM", "T-Drill", 2, 10, 4);
        activity("T-DAC2", "T-DM-C", "T-Drill", 1, null, null);
        activity("T-DAC3", "T-DN", "T-Drill", 5, 20, 10);
        activity("T-DAC4", "T-DM", "T-Patrol", 1, null, null);
        this.dashboards = new DashboardPages(this.mvc, TestUsers.analyst());
    }

    @Test
    void aMissionCountsItsComponentsEachPersonOnce() {
        String query = YEAR + "&mission=T-DM";
        Figures byYear = this.dashboards.csv("people-by-year", query);
        assertThat(byYear.line("2030-31").values()).containsExactly("3", "2");
        assertThat(this.dashboards.csv("people-by-mission", query).lines()).containsExactly(
                new Line("Test mission T-DM (T-DM)", List.of("3", "2")),
                new Line("— Test mission T-DM-C (T-DM-C)", List.of("2", "2")));
        assertThat(this.dashboards.csv("people-by-agency", query).lines()).containsExactly(
                new Line("Test agency T-DA (T-DA)", List.of("2", "2")),
                new Line("Test agency T-DB (T-DB)", List.of("1", "0")));
        // Share 67 %, in leadership 100 % (one leader, a woman), target, people, women,
        // leaders, women leaders.
        assertThat(this.dashboards.csv("women-share", query).line("2030-31").values()).containsExactly("67", "100",
                "30", "3", "2", "1", "1");

        Figures component = this.dashboards.csv("people-by-year", YEAR + "&mission=T-DM-C");
        assertThat(component.line("2030-31").values()).containsExactly("2", "2");
        assertThat(this.dashboards.csv("people-by-mission", YEAR + "&mission=T-DM-C").lines())
            .containsExactly(new Line("— Test mission T-DM-C (T-DM-C)", List.of("2", "2")));
    }

    @Test
    void anAgencyCountsItsOwnPeopleOnly() {
        assertThat(this.dashboards.csv("people-by-year", YEAR + "&agency=T-DB").line("2030-31").values())
            .containsExactly("2", "0");
        Figures byMission = this.dashboards.csv("people-by-mission", YEAR + "&agency=T-DB");
        assertThat(byMission.lines()).filteredOn((line) -> line.label().contains("(T-D"))
            .containsExactly(new Line("Test mission T-DM (T-DM)", List.of("1", "0")),
                    new Line("Test mission T-DN (T-DN)", List.of("1", "0")));
        assertThat(this.dashboards.csv("people-by-agency", YEAR + "&agency=T-DB").lines())
            .containsExactly(new Line("Test agency T-DB (T-DB)", List.of("2", "0")));
        // Both filters: the agency's people in the mission.
        assertThat(this.dashboards.csv("people-by-year", YEAR + "&mission=T-DM&agency=T-DA").line("2030-31").values())
            .containsExactly("2", "2");
    }

    @Test
    void trainingCountsWhatWasRecordedAndSaysWhatWasNot() {
        String query = YEAR + "&mission=T-DM";
        // Sessions, trainees, sessions without a trainee count.
        Figures byType = this.dashboards.csv("training-by-type", query);
        assertThat(byType.lines()).containsExactly(new Line("T-Drill", List.of("3", "10", "1")),
                new Line("T-Patrol", List.of("1", "", "1")));
        // Women, men, sex not recorded.
        Figures bySex = this.dashboards.csv("trainees-by-sex", query);
        assertThat(bySex.lines()).containsExactly(new Line("T-Drill", List.of("4", "6", "0")),
                new Line("T-Patrol", List.of("", "", "0")));
        String page = this.dashboards.page(query);
        assertThat(DashboardPages.cellTexts(page, "training-by-type").get(1)).containsExactly("1", "not recorded", "1");
        // Activities have no agency: the page says the agency filter leaves them alone.
        assertThat(this.dashboards.csv("training-by-type", query + "&agency=T-DB").lines()).isEqualTo(byType.lines());
        assertThat(this.dashboards.page(query + "&agency=T-DB")).contains("the agency filter does not narrow training");
    }

    /**
     * The CSV of each chart holds exactly its table: the same headings, labels and
     * figures.
     */
    @ParameterizedTest
    @ValueSource(strings = { "year=2030-31&mission=T-DM", "year=2030-31&agency=T-DA", "year=2024-25" })
    void eachChartsCsvIsItsTable(String query) {
        String page = this.dashboards.page(query);
        for (String chart : CHARTS) {
            Figures table = DashboardPages.table(page, chart);
            Figures csv = this.dashboards.csv(chart, query);
            assertThat(table.lines()).as(chart).isNotEmpty();
            assertThat(csv).as(chart).isEqualTo(table);
            assertThat(page).as(chart)
                .contains("href=\"/dashboards/" + chart + ".csv?" + query.replace("&", "&amp;") + "\"");
        }
    }

    @Test
    void everyChartHasAnAccessibleNameATableAndItsData() {
        String page = this.dashboards.page(YEAR + "&mission=T-DM");
        for (String chart : CHARTS) {
            assertThat(page).as(chart)
                .containsPattern("<canvas id=\"" + chart
                        + "-canvas\" role=\"img\" aria-label=\"[^\"]+\" aria-describedby=\"" + chart + "-summary\"")
                .contains("<p id=\"" + chart + "-summary\" class=\"visually-hidden\">")
                .contains("data-canvas=\"" + chart + "-canvas\"")
                .containsPattern("<table class=\"data\" id=\"" + chart + "-table\">\\s*<caption>");
        }
        assertThat(page).containsPattern("src=\"/webjars/chart.js/[^\"]*dist/chart.umd.js\"")
            .contains("src=\"/js/dashboards.js\"")
            .doesNotContain("<script>");
    }

    @Test
    void theChartScriptsAreServedToTheSignedInPage() {
        assertThat(this.mvc.get().uri("/webjars/chart.js/dist/chart.umd.js")).hasStatusOk();
        assertThat(this.mvc.get().uri("/js/dashboards.js")).hasStatusOk();
        assertThat(this.mvc.get().uri("/css/dashboards.css")).hasStatusOk();
    }

    @Test
    void theFrenchPageIsInFrenchWithFrenchNumbers() {
        String english = this.dashboards.page(YEAR + "&mission=T-DM&lang=en");
        String french = this.dashboards.page(YEAR + "&mission=T-DM&lang=fr");
        for (String page : List.of(english, french)) {
            assertThat(page).doesNotContain("??");
        }
        assertThat(english).contains("<h1>Dashboards</h1>", "People deployed per fiscal year");
        assertThat(french)
            .contains("<h1>Tableaux de bord</h1>", "Personnes déployées par exercice", "Mission d’essai T-DM (T-DM)")
            .doesNotContain("People deployed", "Fiscal year", "not recorded", "Download");
        String englishShare = NumberFormat.getPercentInstance(Locale.ENGLISH).format(0.67);
        String frenchShare = NumberFormat.getPercentInstance(Locale.FRENCH).format(0.67);
        assertThat(englishShare).isEqualTo("67%");
        assertThat(frenchShare).isNotEqualTo(englishShare).startsWith("67").endsWith("%");
        assertThat(DashboardPages.cellTexts(english, "women-share"))
            .anySatisfy((row) -> assertThat(row).startsWith(englishShare, "100%"));
        assertThat(DashboardPages.cellTexts(french, "women-share"))
            .anySatisfy((row) -> assertThat(row).startsWith(frenchShare));
        assertThat(french).contains("\"locale\":\"fr\"");
        // The CSV follows the language of its headings; the figures stay plain numbers.
        Figures csv = new DashboardPages(this.mvc, TestUsers.analyst()).csv("women-share",
                YEAR + "&mission=T-DM&lang=fr");
        assertThat(csv.headings().get(0)).isEqualTo("Exercice");
        assertThat(csv.line("2030-31").values().get(0)).isEqualTo("67");
    }

    @Test
    void aCsvDownloadIsAnExportInTheAuditLog() {
        long before = exports();
        this.dashboards.csv("people-by-agency", YEAR + "&mission=T-DM");
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(this.jdbc.sql("""
                select username || ' ' || key || ' ' || detail from audit_event
                where action = 'EXPORT' and entity = 'dashboard' order by id desc limit 1""")
            .query(String.class)
            .single()).isEqualTo("analyst people-by-agency year=2030-31&mission=T-DM");
    }

    /**
     * A name a spreadsheet would run as a formula stays text, and no name can close the
     * page's data block.
     */
    @Test
    void namesAreNeutralisedInTheCsvAndEscapedInThePage() {
        this.jdbc.sql("""
                insert into agency (code, name_en, name_fr, type, partner_since)
                values ('T-DX', '=HYPERLINK("http://x")</script><b>', '=HYPERLINK("http://x")</script><b>',
                        'MUNICIPAL', date '2030-01-01')""").update();
        new TestRecords(this.jdbc).person("T-DP6", "Dashsixth", "Fanny", "F", "POLICE", "T-DX", "en")
            .deployment("T-DD7", "T-DP6", "T-DN", "SHORT", "2030-10-01", "2030-10-31", "COMPLETED");
        Figures byAgency = this.dashboards.csv("people-by-agency", YEAR + "&agency=T-DX");
        assertThat(byAgency.lines()).extracting(Line::label)
            .containsExactly("'=HYPERLINK(\"http://x\")</script><b> (T-DX)");
        String page = this.dashboards.page(YEAR + "&agency=T-DX");
        assertThat(page).doesNotContain("</script><b>").contains("\\u003c/script\\u003e\\u003cb\\u003e");
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "ADMIN", "PROGRAM_OFFICER", "AGENCY_COORDINATOR", "MISSION_COMMANDER", "ANALYST", "AUDITOR" })
    void everyRoleThatReadsReportsSeesTheDashboards(String role) {
        assertThat(this.mvc.get().uri("/dashboards?" + YEAR).with(user("t-dash-" + role).roles(role))).hasStatusOk()
            .bodyText()
            .doesNotContain("Dashfirst", "Anne", "T-DP1");
        assertThat(this.mvc.get()
            .uri("/dashboards/people-by-mission.csv?" + YEAR)
            .with(user("t-dash-" + role).roles(role))).hasStatusOk();
    }

    @Test
    void anonymousCallersAreSentToSignIn() {
        assertThat(this.mvc.get().uri("/dashboards")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
        assertThat(this.mvc.get().uri("/dashboards/people-by-year.csv")).hasStatus3xxRedirection()
            .redirectedUrl()
            .endsWith("/login");
    }

    @Test
    void withoutAYearTheLatestEndedYearWithDataIsShown() {
        assertThat(this.mvc.get().uri("/dashboards").with(TestUsers.analyst())).hasStatusOk()
            .bodyText()
            .contains("People deployed per mission, ");
    }

    @Test
    void badFiltersAreRefusedNamingWhatIsWrong() {
        assertThat(this.mvc.get().uri("/dashboards?year=2030-32").with(TestUsers.analyst())).hasStatus(400)
            .bodyText()
            .contains("YYYY-YY");
        assertThat(this.mvc.get().uri("/dashboards/people-by-year.csv?year=2030").with(TestUsers.analyst()))
            .hasStatus(400);
        assertThat(this.mvc.get().uri("/dashboards?" + YEAR + "&mission=T-NO-SUCH").with(TestUsers.analyst()))
            .hasStatus(404);
        assertThat(this.mvc.get().uri("/dashboards?" + YEAR + "&agency=T-NO-SUCH").with(TestUsers.analyst()))
            .hasStatus(404);
        assertThat(this.mvc.get()
            .uri("/dashboards/people-by-year.csv?" + YEAR + "&mission=T-NO-SUCH")
            .with(TestUsers.analyst())).hasStatus(404);
        assertThat(this.mvc.get().uri("/dashboards/no-such-chart.csv?" + YEAR).with(TestUsers.analyst()))
            .hasStatus(404);
    }

    private long exports() {
        return this.jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and entity = 'dashboard'")
            .query(Long.class)
            .single();
    }

    private void activity(String externalId, String mission, String type, int sessions, Integer participants,
            Integer women) {
        this.jdbc.sql("""
                insert into activity (external_id, mission_id, date, category, type, sessions, participants,
                                      participants_women)
                values (?, (select id from mission where code = ?), date '2030-06-01', 'TRAINING', ?, ?, ?, ?)""")
            .params(externalId, mission, type, sessions, participants, women)
            .update();
    }

}
