package ca.contingent.results;

import java.nio.charset.StandardCharsets;

import ca.contingent.IntegrationTest;
import ca.contingent.imports.ImportKind;
import ca.contingent.imports.ImportService;
import ca.contingent.person.Accounts;
import ca.contingent.shared.FiscalYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static ca.contingent.TestUsers.programOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The maintenance pages of the logic model and of the highlights: who may change what,
 * field errors, optimistic locking and the audit log. A commander edits only their own
 * missions' highlights; another mission's is a 404.
 */
@IntegrationTest
@Transactional
class ResultsPagesIntegrationTests {

    private static final RequestPostProcessor COMMANDER = user("t-rp-cmdr").roles("MISSION_COMMANDER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    Highlights highlights;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    ResultsFixture fixture;

    @BeforeEach
    void records() {
        this.fixture = new ResultsFixture(this.jdbc, this.imports).records().logicModel();
        this.fixture.load(ImportKind.HIGHLIGHTS, """
                mission_code,fiscal_year,position,title_en,title_fr,text_en,text_fr
                T-RS1,2061-62,1,Own highlight,Fait saillant à soi,Text,Texte
                T-RS2,2061-62,1,Zqx other mission,Autre mission,Secret text,Texte secret
                """);
        new Accounts(this.jdbc).headquarters().commander("t-rp-cmdr", "T-RS1");
    }

    @Test
    void anAnalystReadsResultsButCannotChangeTheModel() {
        assertThat(this.mvc.get().uri("/results").with(analyst())).hasStatusOk();
        assertThat(this.mvc.get().uri("/results/outcomes").with(analyst())).hasStatusOk();
        for (String uri : new String[] { "/results/outcomes/new", "/results/outcomes/T-RS-U/edit",
                "/results/indicators", "/results/indicators/new", "/results/targets", "/results/targets/new",
                "/results/highlights", "/results/highlights/new" }) {
            assertThat(this.mvc.get().uri(uri).with(analyst())).as(uri).hasStatus(403);
        }
        assertThat(post("/results/outcomes/new", analyst(), "code", "T-RP-NEW", "nameEn", "New", "nameFr", "Nouveau",
                "level", "ULTIMATE"))
            .hasStatus(403);
        assertThat(post("/results/outcomes/T-RS-U/delete", analyst())).hasStatus(403);
        assertThat(this.jdbc.sql("select count(*) from outcome where code in ('T-RP-NEW', 'T-RS-U')")
            .query(Integer.class)
            .single()).isEqualTo(1);
        // A commander reads results and writes highlights, but not the logic model
        // either.
        assertThat(this.mvc.get().uri("/results").with(COMMANDER)).hasStatusOk();
        assertThat(this.mvc.get().uri("/results/indicators").with(COMMANDER)).hasStatus(403);
    }

    @Test
    void outcomesAreCreatedUnderTheLevelAboveAndAudited() {
        MvcTestResult wrong = post("/results/outcomes/new", admin(), "code", "T-RP-O1", "nameEn", "Immediate", "nameFr",
                "Immédiat", "level", "IMMEDIATE", "parent", "T-RS-U");
        assertThat(wrong).hasStatusOk();
        assertThat(body(wrong)).contains("id=\"parent-error\"", "“T-RS-U” is of level ULTIMATE");
        MvcTestResult empty = post("/results/outcomes/new", admin(), "code", "t rp", "nameEn", "", "nameFr", "x",
                "level", "IMMEDIATE");
        assertThat(body(empty)).contains("id=\"code-error\"", "id=\"nameEn-error\"");
        assertThat(count("outcome", "T-RP-O1")).isZero();

        assertThat(post("/results/outcomes/new", programOfficer(), "code", "T-RP-O1", "nameEn", "Immediate", "nameFr",
                "Immédiat", "level", "IMMEDIATE", "parent", "T-RS-I"))
            .hasStatus(302);
        assertThat(count("outcome", "T-RP-O1")).isOne();
        assertThat(events("outcome", "T-RP-O1")).isEqualTo("CREATE");
        assertThat(body(post("/results/outcomes/new", admin(), "code", "T-RP-O1", "nameEn", "Again", "nameFr", "Encore",
                "level", "ULTIMATE")))
            .contains("There is already an outcome with the code “T-RP-O1”");

        // An outcome with outcomes under it is not deleted.
        assertThat(post("/results/outcomes/T-RS-I/delete", admin())).hasStatus(302);
        assertThat(count("outcome", "T-RS-I")).isOne();
        assertThat(post("/results/outcomes/T-RP-O1/delete", admin())).hasStatus(302);
        assertThat(count("outcome", "T-RP-O1")).isZero();
        assertThat(events("outcome", "T-RP-O1")).isEqualTo("CREATE,DELETE");
    }

    @Test
    void indicatorsAndTargetsCheckTheirFieldsAndTheVersionSeen() {
        MvcTestResult bad = post("/results/indicators/new", admin(), "code", "T-RP-IND", "nameEn", "Bad", "nameFr",
                "Mauvais", "outcome", "T-RS-M", "numerator", "WOMEN:TRAINING", "unit", "PERCENT");
        assertThat(body(bad)).contains("id=\"numerator-error\"", "WOMEN counts people and takes no category or type",
                "id=\"denominator-error\"", "A percent indicator needs a denominator");
        assertThat(count("indicator", "T-RP-IND")).isZero();
        assertThat(post("/results/indicators/new", admin(), "code", "T-RP-IND", "nameEn", "Good", "nameFr", "Bon",
                "outcome", "T-RS-M", "numerator", "SESSIONS:ADVISORY", "unit", "COUNT"))
            .hasStatus(302);
        assertThat(events("indicator", "T-RP-IND")).isEqualTo("CREATE");

        long id = this.jdbc.sql("""
                select t.id from indicator_target t join indicator i on i.id = t.indicator_id
                join mission m on m.id = t.mission_id where i.code = 'T-RS-SESS' and m.code = 'T-RS1'""")
            .query(Long.class)
            .single();
        String[] form = { "indicator", "T-RS-SESS", "mission", "T-RS1", "fiscalYear", "2061-62", "target", "7",
                "version", "0" };
        assertThat(post("/results/targets/" + id + "/edit", admin(), form)).hasStatus(302);
        assertThat(events("target", "T-RS-SESS|T-RS1|2061-62")).isEqualTo("UPDATE");
        // The same form again carries the version seen before the first save: someone
        // else's change.
        assertThat(body(post("/results/targets/" + id + "/edit", admin(), form)))
            .contains("was changed by someone else");
        assertThat(body(post("/results/targets/" + id + "/edit", admin(), "indicator", "T-RS-SESS", "fiscalYear",
                "2061-62", "target", "-1", "version", "1")))
            .contains("id=\"target-error\"");
        assertThat(body(post("/results/targets/" + id + "/edit", admin(), "indicator", "T-RS-NONE", "fiscalYear",
                "2061-63", "target", "1", "version", "1")))
            .contains("id=\"fiscalYear-error\"", "id=\"indicator-error\"");
        assertThat(this.jdbc.sql("select target from indicator_target where id = ?")
            .param(id)
            .query(Integer.class)
            .single()).isEqualTo(7);
    }

    @Test
    void aCommanderEditsTheHighlightsOfTheirOwnMissionsOnly() {
        String list = body(this.mvc.get().uri("/results/highlights").with(COMMANDER).exchange());
        assertThat(list).contains("Own highlight").doesNotContain("Zqx other mission", "Secret text");
        long own = highlight("T-RS1");
        long other = highlight("T-RS2");
        for (String uri : new String[] { "/results/highlights/" + other + "/edit" }) {
            assertThat(this.mvc.get().uri(uri).with(COMMANDER)).hasStatus(404);
        }
        String[] takeOver = { "mission", "T-RS1", "fiscalYear", "2061-62", "position", "5", "titleEn", "Mine",
                "titleFr", "À moi", "textEn", "Text", "textFr", "Texte", "version", "0" };
        assertThat(post("/results/highlights/" + other + "/edit", COMMANDER, takeOver)).hasStatus(404);
        assertThat(post("/results/highlights/" + other + "/delete", COMMANDER)).hasStatus(404);
        assertThat(
                this.jdbc.sql("select title_en from highlight where id = ?").param(other).query(String.class).single())
            .isEqualTo("Zqx other mission");

        // Another mission does not exist for the commander's form either.
        MvcTestResult elsewhere = post("/results/highlights/new", COMMANDER, "mission", "T-RS2", "fiscalYear",
                "2061-62", "position", "2", "titleEn", "Elsewhere", "titleFr", "Ailleurs", "textEn", "Text", "textFr",
                "Texte");
        assertThat(body(elsewhere)).contains("id=\"mission-error\"", "There is no mission with the code “T-RS2”");
        assertThat(post("/results/highlights/new", COMMANDER, "mission", "T-RS1-C", "fiscalYear", "2061-62", "position",
                "1", "titleEn", "Component", "titleFr", "Composante", "textEn", "Text", "textFr", "Texte"))
            .hasStatus(302);
        assertThat(events("highlight", "T-RS1-C|2061-62|1")).isEqualTo("CREATE");

        assertThat(this.mvc.get().uri("/results/highlights/" + own + "/edit").with(COMMANDER)).hasStatusOk();
        String[] edit = { "mission", "T-RS1", "fiscalYear", "2061-62", "position", "1", "titleEn", "Edited", "titleFr",
                "Modifié", "textEn", "Text", "textFr", "Texte", "version", "0" };
        assertThat(post("/results/highlights/" + own + "/edit", COMMANDER, edit)).hasStatus(302);
        assertThat(body(post("/results/highlights/" + own + "/edit", COMMANDER, edit)))
            .contains("was changed by someone else");
        assertThat(events("highlight", "T-RS1|2061-62|1")).isEqualTo("UPDATE");
        assertThat(post("/results/highlights/" + own + "/delete", COMMANDER)).hasStatus(302);
        assertThat(events("highlight", "T-RS1|2061-62|1")).isEqualTo("UPDATE,DELETE");
    }

    @Test
    void maintenancePagesRenderInBothLanguages() {
        for (String uri : new String[] { "/results/outcomes/new", "/results/outcomes/T-RS-M/edit",
                "/results/indicators", "/results/indicators/new", "/results/indicators/T-RS-WTR/edit",
                "/results/targets?year=2061-62", "/results/targets/new", "/results/highlights?year=2061-62",
                "/results/highlights/new" }) {
            assertThat(this.mvc.get().uri(uri).with(admin())).as(uri).hasStatusOk();
            String french = body(
                    this.mvc.get().uri(uri + (uri.contains("?") ? "&" : "?") + "lang=fr").with(admin()).exchange());
            assertThat(french).as(uri).doesNotContain(">Save<", ">Cancel<", "Name in English", ">Fiscal year<");
        }
        assertThat(body(this.mvc.get().uri("/results/targets?year=2061-62").with(admin()).exchange()))
            .contains("Women among people deployed", "40.5");
        assertThat(body(this.mvc.get().uri("/results/targets?year=20x1").with(admin()).exchange()))
            .contains("id=\"year-error\"");
    }

    @Test
    void highlightsOfAYearComeByMissionInPositionOrderInBothLanguages() {
        java.util.Map<String, java.util.List<Highlight>> year = this.highlights.forYear(FiscalYear.parse("2024-25"));
        assertThat(year).containsKeys("CPMU", "MONUSCO", "HAITI").doesNotContainKey("T-RS1");
        assertThat(year.get("CPMU")).extracting(Highlight::position).containsExactly(1, 2, 3);
        Highlight first = year.get("CPMU").get(0);
        assertThat(first.title(java.util.Locale.ENGLISH)).isEqualTo("Safer schools through tactical training");
        assertThat(first.title(java.util.Locale.CANADA_FRENCH))
            .isEqualTo("Des écoles plus sûres grâce à la formation tactique");
        assertThat(first.text(java.util.Locale.FRENCH)).isEqualTo(first.textFr());
        assertThat(this.highlights.forYear(FiscalYear.parse("2061-62"))).containsOnlyKeys("T-RS1", "T-RS2");
    }

    /** The rules hold in the database too, whatever path a write takes. */
    @Test
    void theDatabaseRefusesAnOutcomeUnderTheWrongLevelAndAPercentWithoutDenominator() {
        java.util.List<String> statements = java.util.List.of("""
                insert into outcome (code, name_en, name_fr, level, parent_id)
                values ('T-RP-BAD', 'Bad', 'Mauvais', 'IMMEDIATE', (select id from outcome where code = 'T-RS-U'))""",
                "insert into outcome (code, name_en, name_fr, level) values ('T-RP-BAD', 'Bad', 'Mauvais', 'IMMEDIATE')",
                "update outcome set level = 'IMMEDIATE' where code = 'T-RS-I'",
                """
                        insert into indicator (code, name_en, name_fr, outcome_id, numerator, unit)
                        values ('T-RP-BAD', 'Bad', 'Mauvais', (select id from outcome where code = 'T-RS-M'), 'WOMEN', 'PERCENT')""",
                """
                        insert into indicator (code, name_en, name_fr, outcome_id, numerator, unit)
                        values ('T-RP-BAD', 'Bad', 'Mauvais', (select id from outcome where code = 'T-RS-M'), 'PERSONNEL:TRAINING',
                                'COUNT')""",
                """
                        insert into indicator_target (indicator_id, fiscal_year, target)
                        values ((select id from indicator where code = 'T-RS-SESS'), '2061-62', 3)""", """
                        insert into indicator_target (indicator_id, fiscal_year, target)
                        values ((select id from indicator where code = 'T-RS-SESS'), '2061-63', 3)""");
        for (String sql : statements) {
            org.springframework.transaction.support.TransactionTemplate savepoint = new org.springframework.transaction.support.TransactionTemplate(
                    this.transactions);
            savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
            org.assertj.core.api.Assertions
                .assertThatThrownBy(() -> savepoint.executeWithoutResult((status) -> this.jdbc.sql(sql).update()))
                .as(sql)
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }

    private MvcTestResult post(String uri, RequestPostProcessor caller, String... fields) {
        var request = this.mvc.post().uri(uri).with(caller).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request.exchange();
    }

    private long highlight(String mission) {
        return this.jdbc.sql("""
                select h.id from highlight h join mission m on m.id = h.mission_id
                where m.code = ? and h.fiscal_year = '2061-62' and h.position = 1""")
            .param(mission)
            .query(Long.class)
            .single();
    }

    private int count(String table, String code) {
        return this.jdbc.sql("select count(*) from " + table + " where code = ?")
            .param(code)
            .query(Integer.class)
            .single();
    }

    /** The actions of the page events (not the import's) on a record, in order. */
    private String events(String entity, String key) {
        return String.join(",", this.jdbc.sql("""
                select action from audit_event where entity = ? and key = ? and username <> 'system' order by id""")
            .params(entity, key)
            .query(String.class)
            .list());
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

}
