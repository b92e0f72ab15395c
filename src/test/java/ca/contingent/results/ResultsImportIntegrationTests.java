package ca.contingent.results;

import java.util.ArrayList;
import java.util.List;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The imports of the results framework through the contract's endpoint: every bad input
 * is a 422 naming its row and column with nothing written; good files are written once,
 * audited, and unchanged the second time.
 */
@IntegrationTest
@Transactional
class ResultsImportIntegrationTests {

    private static final String OUTCOMES = """
            code,name_en,name_fr,level,parent_code
            T-RI-U,Ultimate,Final,ULTIMATE,
            T-RI-I,Intermediate,Intermédiaire,INTERMEDIATE,T-RI-U
            T-RI-M,Immediate,Immédiat,IMMEDIATE,T-RI-I
            """;

    private static final String INDICATOR_HEADER = "code,name_en,name_fr,outcome_code,numerator,denominator,unit\n";

    private static final RequestPostProcessor COMMANDER = user("t-ri-cmdr").roles("MISSION_COMMANDER");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).mission("T-RI1", null).mission("T-RI1-C", "T-RI1").mission("T-RI2", null);
        new Accounts(this.jdbc).headquarters().commander("t-ri-cmdr", "T-RI1");
    }

    @Test
    void outcomesMustHangUnderTheLevelAbove() {
        assertThat(importing("outcomes", OUTCOMES, admin())).hasStatusOk();
        MvcTestResult result = importing("outcomes", """
                code,name_en,name_fr,level,parent_code
                T-RI-X1,Immediate under ultimate,Immédiat sous final,IMMEDIATE,T-RI-U
                T-RI-X2,Intermediate under nothing,Intermédiaire sans parent,INTERMEDIATE,
                T-RI-X3,Ultimate with a parent,Final avec parent,ULTIMATE,T-RI-U
                T-RI-X4,Unknown parent,Parent inconnu,IMMEDIATE,T-RI-NONE
                T-RI-X5,Own parent,Son propre parent,INTERMEDIATE,T-RI-X5
                T-RI-X6,Bad level,Mauvais niveau,FINAL,
                """, admin());
        assertThat(errors(result)).containsExactly("1:parent_code", "2:parent_code", "3:parent_code", "4:parent_code",
                "5:parent_code", "6:level");
        assertThat(body(result)).contains("“T-RI-U” is of level ULTIMATE",
                "There is no outcome with the code “T-RI-NONE”");
        assertThat(count("outcome", "T-RI-X%")).isZero();
    }

    /**
     * Issue 9: the import checks an outcome as the page does. Before, the database's key
     * refused the file with a message naming a constraint instead of the row.
     */
    @Test
    void anOutcomeWithOutcomesUnderItKeepsItsLevelAsOnThePage() {
        assertThat(importing("outcomes", OUTCOMES, admin())).hasStatusOk();
        MvcTestResult refused = importing("outcomes", """
                code,name_en,name_fr,level,parent_code
                T-RI-I,Intermediate,Intermédiaire,ULTIMATE,
                """, admin());
        assertThat(errors(refused)).containsExactly("1:level");
        assertThat(body(refused)).contains("Outcome T-RI-I has outcomes under it: its level cannot change.");
        // The control: an outcome with none under it changes level.
        assertThat(importing("outcomes", """
                code,name_en,name_fr,level,parent_code
                T-RI-M,Immediate,Immédiat,INTERMEDIATE,T-RI-U
                """, admin())).hasStatusOk().bodyJson().extractingPath("$.updated").isEqualTo(1);
    }

    @Test
    void aFileOfProgramTargetsOnlyIsWritten() {
        assertThat(importing("outcomes", OUTCOMES, admin())).hasStatusOk();
        assertThat(importing("indicators", INDICATOR_HEADER + "T-RI-IND,Sessions,Séances,T-RI-M,SESSIONS,,COUNT\n",
                admin()))
            .hasStatusOk();
        assertThat(importing("targets", """
                indicator_code,mission_code,fiscal_year,baseline,target
                T-RI-IND,,2030-31,,10
                T-RI-IND,,2031-32,5,12
                """, admin())).hasStatusOk().bodyJson().extractingPath("$.created").isEqualTo(2);
        assertThat(this.jdbc.sql("""
                select count(*) from indicator_target t join indicator i on i.id = t.indicator_id
                where i.code = 'T-RI-IND' and t.mission_id is null""").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aParentMayComeLaterInTheSameFile() {
        String reversed = """
                code,name_en,name_fr,level,parent_code
                T-RI-M,Immediate,Immédiat,IMMEDIATE,T-RI-I
                T-RI-I,Intermediate,Intermédiaire,INTERMEDIATE,T-RI-U
                T-RI-U,Ultimate,Final,ULTIMATE,
                """;
        assertThat(importing("outcomes", reversed, admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(3);
        assertThat(this.jdbc.sql("""
                select p.code from outcome o join outcome p on p.id = o.parent_id where o.code = 'T-RI-M'""")
            .query(String.class)
            .single()).isEqualTo("T-RI-I");
    }

    @Test
    void indicatorsNameOnlyKnownMeasuresCategoriesAndOutcomes() {
        assertThat(importing("outcomes", OUTCOMES, admin())).hasStatusOk();
        MvcTestResult result = importing("indicators",
                INDICATOR_HEADER
                        + """
                                T-RI-B1,Unknown measure,Mesure inconnue,T-RI-M,TRAININGS,,COUNT
                                T-RI-B2,Unknown category,Catégorie inconnue,T-RI-M,PARTICIPANTS_WOMEN:TRAINING,PARTICIPANTS:WORKSHOP,PERCENT
                                T-RI-B3,Filter on a count,Filtre sur un nombre,T-RI-M,PERSONNEL:TRAINING,,COUNT
                                T-RI-B4,Unknown outcome,Résultat inconnu,T-RI-NONE,SESSIONS,,COUNT
                                T-RI-B5,Percent without denominator,Pourcentage sans dénominateur,T-RI-M,WOMEN,,PERCENT
                                T-RI-B6,Count with denominator,Nombre avec dénominateur,T-RI-M,WOMEN,PERSONNEL,COUNT
                                T-RI-B7,Bad unit,Mauvaise unité,T-RI-M,WOMEN,PERSONNEL,RATIO
                                """,
                admin());
        assertThat(errors(result)).containsExactly("1:numerator", "2:denominator", "3:numerator", "4:outcome_code",
                "5:denominator", "6:denominator", "7:unit");
        assertThat(body(result)).contains("“TRAININGS” is not a measure", "“WORKSHOP” is not an activity category",
                "PERSONNEL counts people and takes no category or type");
        assertThat(count("indicator", "T-RI-B%")).isZero();
    }

    @Test
    void targetsNameAKnownIndicatorAndMissionAndAFiscalYear() {
        assertThat(importing("outcomes", OUTCOMES, admin())).hasStatusOk();
        assertThat(importing("indicators", INDICATOR_HEADER + "T-RI-IND,Sessions,Séances,T-RI-M,SESSIONS,,COUNT\n",
                admin()))
            .hasStatusOk();
        MvcTestResult result = importing("targets", """
                indicator_code,mission_code,fiscal_year,baseline,target
                T-RI-NONE,,2030-31,,10
                T-RI-IND,,2030-32,,10
                T-RI-IND,,2030/31,,10
                T-RI-IND,T-RI-NOWHERE,2030-31,,10
                T-RI-IND,T-RI1,2030-31,-1,10
                T-RI-IND,T-RI2,2030-31,,ten
                T-RI-IND,,2031-32,,5
                T-RI-IND,,2031-32,,6
                """, admin());
        assertThat(errors(result)).containsExactly("1:indicator_code", "2:fiscal_year", "3:fiscal_year",
                "4:mission_code", "5:baseline", "6:target", "8:indicator_code");
        assertThat(body(result)).contains("There is no indicator with the code “T-RI-NONE”",
                "“2030-32” is not a fiscal year", "There is no mission with the code “T-RI-NOWHERE”");
        assertThat(this.jdbc.sql("""
                select count(*) from indicator_target t join indicator i on i.id = t.indicator_id
                where i.code = 'T-RI-IND'""").query(Integer.class).single()).isZero();
    }

    @Test
    void highlightsNameAnExistingMissionAndAFiscalYear() {
        MvcTestResult result = importing("highlights", """
                mission_code,fiscal_year,position,title_en,title_fr,text_en,text_fr
                T-RI-NOWHERE,2030-31,1,Title,Titre,Text,Texte
                T-RI1,2030-3,1,Title,Titre,Text,Texte
                T-RI1,2030-31,0,Title,Titre,Text,Texte
                T-RI1,2030-31,2,,Titre,Text,Texte
                """, admin());
        assertThat(errors(result)).containsExactly("1:mission_code", "2:fiscal_year", "3:position", "4:title_en");
        assertThat(countHighlights()).isZero();
    }

    @Test
    void aCommanderImportsHighlightsOfTheirOwnMissionsOnly() {
        String csv = """
                mission_code,fiscal_year,position,title_en,title_fr,text_en,text_fr
                T-RI1,2030-31,1,Own mission,Sa mission,Text,Texte
                T-RI1-C,2030-31,1,Own component,Sa composante,Text,Texte
                T-RI2,2030-31,1,Another mission,Une autre mission,Text,Texte
                """;
        MvcTestResult refused = importing("highlights", csv, COMMANDER);
        assertThat(errors(refused)).containsExactly("3:mission_code");
        assertThat(body(refused)).contains("outside what you may import");
        assertThat(countHighlights()).isZero();
        // The control: the same rows without the other mission's go through.
        assertThat(importing("highlights", csv.substring(0, csv.indexOf("T-RI2,")), COMMANDER)).hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(2);
        // The logic model stays with headquarters.
        assertThat(importing("outcomes", OUTCOMES, COMMANDER)).hasStatus(403);
        assertThat(importing("targets", "indicator_code,fiscal_year,target\n", analyst())).hasStatus(403);
    }

    @Test
    void goodFilesAreWrittenOnceAndAuditedUnderTheirEntityNames() {
        String indicators = INDICATOR_HEADER
                + "T-RI-IND,Women trained,Femmes formées,T-RI-M,PARTICIPANTS_WOMEN:TRAINING,PARTICIPANTS:TRAINING,PERCENT\n";
        String targets = """
                indicator_code,mission_code,fiscal_year,baseline,target
                T-RI-IND,,2030-31,20,30.5
                T-RI-IND,T-RI1,2030-31,,40
                """;
        String highlights = """
                mission_code,fiscal_year,position,title_en,title_fr,text_en,text_fr
                T-RI1,2030-31,1,"Title, with a comma","Titre, avec une virgule",Text,Texte
                """;
        List<String[]> files = List.of(new String[] { "outcomes", OUTCOMES, "3", "outcome" },
                new String[] { "indicators", indicators, "1", "indicator" },
                new String[] { "targets", targets, "2", "target" },
                new String[] { "highlights", highlights, "1", "highlight" });
        for (String[] file : files) {
            assertThat(importing(file[0], file[1], admin())).as(file[0])
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.created")
                .isEqualTo(Integer.parseInt(file[2]));
            assertThat(this.jdbc
                .sql("select count(*) from audit_event where entity = ? and action = 'CREATE'"
                        + " and (key like 'T-RI%')")
                .param(file[3])
                .query(Integer.class)
                .single()).as(file[3]).isEqualTo(Integer.parseInt(file[2]));
        }
        for (String[] file : files) {
            assertThat(importing(file[0], file[1], admin())).as(file[0] + " again")
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("{\"kind\":\"%s\",\"rows\":%s,\"created\":0,\"updated\":0,\"unchanged\":%s}"
                    .formatted(file[0], file[2], file[2]));
        }
        assertThat(this.jdbc.sql("select key from audit_event where entity = 'target' order by id")
            .query(String.class)
            .list()).contains("T-RI-IND||2030-31", "T-RI-IND|T-RI1|2030-31");
        // A changed row updates the record.
        assertThat(importing("targets", targets.replace("30.5", "31"), admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.updated")
            .isEqualTo(1);
    }

    private MvcTestResult importing(String kind, String csv, RequestPostProcessor caller) {
        return this.mvc.post()
            .uri("/api/v1/imports/" + kind)
            .with(caller)
            .with(csrf())
            .contentType("text/csv")
            .content(csv)
            .exchange();
    }

    /** The errors of a 422 as "row:column", in the answer's order. */
    private List<String> errors(MvcTestResult result) {
        assertThat(result).hasStatus(422);
        JsonNode body = this.json.readTree(body(result));
        List<String> errors = new ArrayList<>();
        for (JsonNode error : body.get("errors")) {
            errors.add(error.get("row").asInt() + ":" + error.get("column").asString());
        }
        return errors;
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private int count(String table, String codePattern) {
        return this.jdbc.sql("select count(*) from " + table + " where code like ?")
            .param(codePattern)
            .query(Integer.class)
            .single();
    }

    private int countHighlights() {
        return this.jdbc.sql("""
                select count(*) from highlight h join mission m on m.id = h.mission_id where m.code like 'T-RI%'""")
            .query(Integer.class)
            .single();
    }

}
