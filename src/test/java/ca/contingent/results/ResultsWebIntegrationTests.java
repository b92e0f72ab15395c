package ca.contingent.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ca.contingent.IntegrationTest;
import ca.contingent.imports.ImportService;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.analyst;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/reports/results/{fiscalYear}} and the results page: the contract's
 * shape, 400 and 404, the reference year's actuals equal to the annual report's figures,
 * and the page in both languages.
 */
@IntegrationTest
@Transactional
class ResultsWebIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        new ResultsFixture(this.jdbc, this.imports).records().logicModel();
        new Accounts(this.jdbc).headquarters();
    }

    @Test
    void theApiAnswersTheContractsShape() {
        JsonNode items = items("/api/v1/reports/results/2061-62");
        assertThat(items).hasSize(14);
        for (JsonNode item : items) {
            Set<String> names = new TreeSet<>(item.propertyNames());
            assertThat(names).containsExactlyInAnyOrder("indicator", "mission", "unit", "baseline", "target", "actual",
                    "progressPercent");
        }
        assertThat(find(items, "T-RS-WORK", null).toString())
            .isEqualTo("{\"indicator\":\"T-RS-WORK\",\"mission\":null,\"unit\":\"COUNT\",\"baseline\":2,\"target\":8,"
                    + "\"actual\":5,\"progressPercent\":63}");
        assertThat(find(items, "T-RS-WTR", null).toString()).isEqualTo(
                "{\"indicator\":\"T-RS-WTR\",\"mission\":null,\"unit\":\"PERCENT\",\"baseline\":null,\"target\":30,"
                        + "\"actual\":22.9,\"progressPercent\":76}");
        assertThat(find(items, "T-RS-WMEN", null).get("actual").isNull()).isTrue();
        assertThat(find(items, "T-RS-WMEN", null).get("progressPercent").isNull()).isTrue();

        JsonNode mission = items("/api/v1/reports/results/2061-62?mission=T-RS1");
        assertThat(mission).hasSize(3);
        mission.forEach((item) -> assertThat(item.get("mission").asString()).isEqualTo("T-RS1"));
        assertThat(find(mission, "T-RS-SESS", "T-RS1").get("actual").asInt()).isEqualTo(6);
        assertThat(items("/api/v1/reports/results/2090-91")).isEmpty();
    }

    @Test
    void theResultsDownloadHoldsTheApisFiguresInBothFormatsAndIsAudited() throws Exception {
        int exportsBefore = exports();
        String csv = body(this.mvc.get().uri("/results/export.csv?year=2061-62").with(analyst()).exchange());
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
            .startsWith("\uFEFFCode,Indicator,Outcome,Mission,Unit,Baseline,Target,Actual,Progress");
        assertThat(lines).hasSize(1 + items("/api/v1/reports/results/2061-62").size());
        assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("T-RS-WORK,").endsWith(",COUNT,2,8,5,63"));
        assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("T-RS-WMEN,").endsWith(",,"));
        MvcTestResult xlsx = this.mvc.get()
            .uri("/results/export.xlsx?year=2061-62&mission=T-RS1")
            .with(analyst())
            .exchange();
        assertThat(xlsx).hasStatusOk();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            for (int r = 1; r <= 3; r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("T-RS1");
            }
        }
        assertThat(exports()).isEqualTo(exportsBefore + 2);
    }

    private int exports() {
        return this.jdbc.sql("select count(*) from audit_event where action = 'EXPORT' and entity = 'results'")
            .query(Integer.class)
            .single();
    }

    @Test
    void aMalformedYearIs400AndAnUnknownMission404() {
        for (String year : List.of("2061-63", "2061-2062", "banana", "2061")) {
            assertThat(this.mvc.get().uri("/api/v1/reports/results/" + year).with(analyst())).as(year)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("fiscal year");
        }
        assertThat(this.mvc.get().uri("/api/v1/reports/results/2061-62?mission=T-RS-NONE").with(analyst()))
            .hasStatus(404);
        assertThat(this.mvc.get().uri("/results?year=2061-63").with(analyst())).hasStatus(400);
        assertThat(this.mvc.get().uri("/results?year=2061-62&mission=T-RS-NONE").with(analyst())).hasStatus(404);
        assertThat(this.mvc.get().uri("/api/v1/reports/results/2061-62")).hasStatus(401);
    }

    /** The shipped 2024-25 targets are measured with the annual report's own figures. */
    @Test
    void theReferenceYearsActualsAreTheAnnualReportsFigures() {
        JsonNode report = this.json
            .readTree(body(this.mvc.get().uri("/api/v1/reports/annual/2024-25").with(analyst()).exchange()));
        JsonNode items = items("/api/v1/reports/results/2024-25");
        int personnel = report.get("totals").get("personnel").asInt();
        int women = report.get("totals").get("women").asInt();
        assertThat(find(items, "IND-08", null).get("actual").asInt()).isEqualTo(personnel);
        assertThat(find(items, "IND-07", null).get("actual").asInt())
            .isEqualTo(report.get("totals").get("womenInLeadership").asInt());
        assertThat(find(items, "IND-06", null).get("actual").decimalValue())
            .isEqualTo(BigDecimal.valueOf(100L * women).divide(BigDecimal.valueOf(personnel), 1, RoundingMode.HALF_UP));
        long trainingSessions = 0;
        long cpmuTraining = 0;
        long trainees = 0;
        long womenTrained = 0;
        for (JsonNode row : report.get("activities")) {
            if ("TRAINING".equals(row.get("category").asString())) {
                trainingSessions += row.get("sessions").asLong();
                trainees += row.get("participants").asLong();
                womenTrained += row.get("participantsWomen").asLong();
                if ("CPMU".equals(row.get("mission").asString())) {
                    cpmuTraining += row.get("sessions").asLong();
                }
            }
        }
        assertThat(find(items, "IND-01", null).get("actual").asLong()).isEqualTo(trainingSessions);
        assertThat(find(items, "IND-01", "CPMU").get("actual").asLong()).isEqualTo(cpmuTraining);
        assertThat(find(items, "IND-05", null).get("actual").decimalValue()).isEqualTo(
                BigDecimal.valueOf(100 * womenTrained).divide(BigDecimal.valueOf(trainees), 1, RoundingMode.HALF_UP));
    }

    @Test
    void thePageShowsEachTargetWithItsProgressInEnglishAndInFrench() {
        String english = body(this.mvc.get().uri("/results?year=2061-62").with(analyst()).exchange());
        assertThat(english).contains("Results against targets 2061-62", "Women among trainees", "Whole program",
                "22.9%", "63% of target", "Not measurable", "<progress max=\"100\" value=\"63\"");
        String french = body(this.mvc.get().uri("/results?year=2061-62&lang=fr").with(analyst()).exchange());
        assertThat(french).contains("Résultats par rapport aux cibles 2061-62", "Femmes parmi les personnes formées",
                "Programme entier", "22,9 %", "63 % de la cible", "Non mesurable");
        assertThat(french).doesNotContain("Whole program", "of target", "Not measurable", "Baseline");
        String mission = body(this.mvc.get().uri("/results?year=2061-62&mission=T-RS1").with(analyst()).exchange());
        assertThat(mission).contains("id=\"result-T-RS-SESS-T-RS1\"").doesNotContain("result-T-RS-SESS-PROGRAM");
    }

    @Test
    void theLogicModelIsATreeWithItsIndicators() {
        String english = body(this.mvc.get().uri("/results/outcomes").with(analyst()).exchange());
        int ultimate = english.indexOf("id=\"outcome-T-RS-U\"");
        int intermediate = english.indexOf("id=\"outcome-T-RS-I\"");
        int immediate = english.indexOf("id=\"outcome-T-RS-M\"");
        assertThat(ultimate).isPositive().isLessThan(intermediate);
        assertThat(intermediate).isLessThan(immediate);
        assertThat(english).contains("id=\"indicator-T-RS-WTR\"", "Ultimate outcome");
        // An analyst reads the model but is offered no change.
        assertThat(english).doesNotContain("/results/outcomes/new", "/results/outcomes/T-RS-U/edit");
        String french = body(this.mvc.get().uri("/results/outcomes?lang=fr").with(analyst()).exchange());
        assertThat(french).contains("Modèle logique", "Résultat final", "Résultat immédiat d’essai");
    }

    private JsonNode items(String uri) {
        MvcTestResult result = this.mvc.get().uri(uri).with(analyst()).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return this.json.readTree(body(result)).get("items");
    }

    private static JsonNode find(JsonNode items, String indicator, String mission) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode item : items) {
            boolean sameMission = mission == null ? item.get("mission").isNull()
                    : mission.equals(item.get("mission").asString());
            if (indicator.equals(item.get("indicator").asString()) && sameMission) {
                found.add(item);
            }
        }
        assertThat(found).as(indicator + " " + mission).hasSize(1);
        return found.get(0);
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

}
