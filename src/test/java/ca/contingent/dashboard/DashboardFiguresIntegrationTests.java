package ca.contingent.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import ca.contingent.dashboard.DashboardPages.Figures;
import ca.contingent.dashboard.DashboardPages.Line;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, item 4: every figure of the dashboards for 2024-25 is the annual report's,
 * read from {@code GET /api/v1/reports/annual/2024-25} as any client would, never from a
 * copy written into the test. Reads only the reference data set.
 */
@IntegrationTest
class DashboardFiguresIntegrationTests {

    private static final String YEAR = "year=2024-25";

    private static final Pattern CODE = Pattern.compile("\\(([^()]+)\\)$");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ObjectMapper json;

    DashboardPages dashboards;

    JsonNode report;

    @BeforeEach
    void readTheReport() {
        this.dashboards = new DashboardPages(this.mvc, TestUsers.analyst());
        byte[] body = this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25")
            .with(TestUsers.analyst())
            .exchange()
            .getResponse()
            .getContentAsByteArray();
        this.report = this.json.readTree(new String(body, StandardCharsets.UTF_8));
        assertThat(this.report.path("totals").path("personnel").asInt()).as("the reference year has people")
            .isPositive();
    }

    @Test
    void theYearsTotalsAreTheReportsTotals() {
        JsonNode totals = this.report.path("totals");
        Figures byYear = this.dashboards.csv("people-by-year", YEAR);
        assertThat(byYear.value("2024-25", 0)).isEqualTo(totals.path("personnel").asLong());
        assertThat(byYear.value("2024-25", 1)).isEqualTo(totals.path("women").asLong());

        // Women's share: share, share in leadership, target, people, women, leaders,
        // women in leadership.
        Figures share = this.dashboards.csv("women-share", YEAR);
        assertThat(share.value("2024-25", 0)).isEqualTo(totals.path("womenPercent").asLong());
        assertThat(share.value("2024-25", 2)).isEqualTo(30L);
        assertThat(share.value("2024-25", 3)).isEqualTo(totals.path("personnel").asLong());
        assertThat(share.value("2024-25", 4)).isEqualTo(totals.path("women").asLong());
        assertThat(share.value("2024-25", 6)).isEqualTo(totals.path("womenInLeadership").asLong());
        long leaders = share.value("2024-25", 5);
        assertThat(leaders).isGreaterThanOrEqualTo(totals.path("womenInLeadership").asLong());
        assertThat(share.value("2024-25", 1))
            .isEqualTo(Math.round(100.0 * totals.path("womenInLeadership").asLong() / leaders));
    }

    @Test
    void everyYearOfTheSeriesIsThatYearsReport() {
        Figures byYear = this.dashboards.csv("people-by-year", YEAR);
        assertThat(byYear.lines()).hasSizeGreaterThan(1);
        for (Line line : byYear.lines()) {
            JsonNode totals = report(line.label()).path("totals");
            assertThat(Long.valueOf(line.values().get(0))).as(line.label())
                .isEqualTo(totals.path("personnel").asLong());
            assertThat(Long.valueOf(line.values().get(1))).as(line.label()).isEqualTo(totals.path("women").asLong());
        }
    }

    @Test
    void eachMissionsFiguresAreTheReports() {
        Map<String, JsonNode> missions = missions();
        Figures byMission = this.dashboards.csv("people-by-mission", YEAR);
        List<String> topLevel = missions.values()
            .stream()
            .filter((mission) -> mission.path("parent").isNull())
            .map((mission) -> mission.path("code").asString())
            .toList();
        assertThat(byMission.lines()).extracting((line) -> code(line.label())).containsExactlyElementsOf(topLevel);
        for (Line line : byMission.lines()) {
            JsonNode mission = missions.get(code(line.label()));
            assertThat(line.values()).as(line.label())
                .containsExactly(mission.path("personnel").asString(), mission.path("women").asString());
        }
    }

    /**
     * A mission's filter gives its figures everywhere: the year's totals and its
     * agencies, components included.
     */
    @Test
    void filteringByAMissionGivesThatMissionsFiguresAndAgencies() {
        for (JsonNode mission : missions().values()) {
            String code = mission.path("code").asString();
            String query = YEAR + "&mission=" + code;
            Figures byYear = this.dashboards.csv("people-by-year", query);
            assertThat(byYear.value("2024-25", 0)).as(code).isEqualTo(mission.path("personnel").asLong());
            assertThat(byYear.value("2024-25", 1)).as(code).isEqualTo(mission.path("women").asLong());

            Figures byAgency = this.dashboards.csv("people-by-agency", query);
            List<String> expected = new ArrayList<>();
            mission.path("agencies")
                .forEach((agency) -> expected
                    .add(agency.path("code").asString() + "=" + agency.path("personnel").asString()));
            assertThat(byAgency.lines()).as(code)
                .extracting((line) -> code(line.label()) + "=" + line.values().get(0))
                .containsExactlyElementsOf(expected);

            Figures byMission = this.dashboards.csv("people-by-mission", query);
            assertThat(code(byMission.lines().get(0).label())).isEqualTo(code);
            for (Line line : byMission.lines()) {
                JsonNode shown = missions().get(code(line.label()));
                assertThat(line.values().get(0)).as(line.label()).isEqualTo(shown.path("personnel").asString());
                assertThat(shown.path("code").asString().equals(code) || code.equals(shown.path("parent").asString()))
                    .as(line.label() + " is " + code + " or one of its components")
                    .isTrue();
            }
        }
    }

    @Test
    void theAgenciesCountedAreTheReportsContributingAgencies() {
        Figures byAgency = this.dashboards.csv("people-by-agency", YEAR);
        assertThat(byAgency.lines()).hasSize(this.report.path("totals").path("contributingAgencies").asInt());
        long largest = byAgency.lines()
            .stream()
            .mapToLong((line) -> Long.parseLong(line.values().get(0)))
            .max()
            .orElseThrow();
        long largestInAMission = 0;
        for (JsonNode mission : missions().values()) {
            for (JsonNode agency : mission.path("agencies")) {
                largestInAMission = Math.max(largestInAMission, agency.path("personnel").asLong());
            }
        }
        assertThat(largest).isGreaterThanOrEqualTo(largestInAMission)
            .isLessThanOrEqualTo(this.report.path("totals").path("personnel").asLong());
    }

    /**
     * Training: sessions and participants per type are the report's TRAINING rows summed
     * over missions; the split by sex adds up; a type without any recorded participants
     * says so instead of 0.
     */
    @Test
    void trainingIsTheReportsTrainingPerType() {
        Map<String, long[]> expected = new LinkedHashMap<>();
        for (JsonNode activity : this.report.path("activities")) {
            if (activity.path("category").asString().equals("TRAINING")) {
                long[] sums = expected.computeIfAbsent(activity.path("type").asString(), (type) -> new long[3]);
                sums[0] += activity.path("sessions").asLong();
                sums[1] += activity.path("participants").asLong();
                sums[2] += activity.path("participantsWomen").asLong();
            }
        }
        assertThat(expected).isNotEmpty();
        Figures byType = this.dashboards.csv("training-by-type", YEAR);
        Figures bySex = this.dashboards.csv("trainees-by-sex", YEAR);
        assertThat(byType.lines()).extracting(Line::label).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, long[]> type : expected.entrySet()) {
            String label = type.getKey();
            assertThat(byType.value(label, 0)).as(label).isEqualTo(type.getValue()[0]);
            Long trainees = byType.value(label, 1);
            assertThat(trainees == null ? 0L : trainees).as(label).isEqualTo(type.getValue()[1]);
            Long women = bySex.value(label, 0);
            assertThat(women == null ? 0L : women).as(label).isEqualTo(type.getValue()[2]);
            if (trainees != null) {
                Long men = bySex.value(label, 1);
                assertThat((women == null ? 0 : women) + (men == null ? 0 : men) + bySex.value(label, 2)).as(label)
                    .isEqualTo(trainees);
            }
            else {
                assertThat(bySex.line(label).values()).as(label).startsWith("", "");
            }
        }
    }

    @Test
    void progressAgainstTargetsIsTheResultsApiForTheYearAndForAMission() {
        for (String mission : new String[] { null, "HAITI" }) {
            String query = YEAR + (mission == null ? "" : "&mission=" + mission);
            byte[] body = this.mvc.get()
                .uri("/api/v1/reports/results/2024-25" + (mission == null ? "" : "?mission=" + mission))
                .with(TestUsers.analyst())
                .exchange()
                .getResponse()
                .getContentAsByteArray();
            List<String> expected = new ArrayList<>();
            java.util.Set<String> missionCodes = new java.util.HashSet<>();
            this.json.readTree(new String(body, StandardCharsets.UTF_8)).path("items").forEach((item) -> {
                String code = item.path("mission").isNull() ? "-" : item.path("mission").asString();
                missionCodes.add(code);
                expected.add(item.path("indicator").asString() + " " + code + " " + plain(item.path("progressPercent"))
                        + " " + plain(item.path("target")) + " " + plain(item.path("actual")));
            });
            assertThat(expected).as("targets of 2024-25 " + mission).isNotEmpty();
            Figures progress = this.dashboards.csv("progress", query);
            List<String> shown = progress.lines().stream().map((line) -> {
                String label = line.label();
                String code = missionCodes.stream()
                    .filter((c) -> label.endsWith(" (" + c + ")"))
                    .findFirst()
                    .orElse("-");
                return label.substring(0, label.indexOf(' ')) + " " + code + " " + number(line.values().get(0)) + " "
                        + number(line.values().get(2)) + " " + number(line.values().get(3));
            }).toList();
            assertThat(shown).as(String.valueOf(mission)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String plain(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? ""
                : new java.math.BigDecimal(value.asString()).stripTrailingZeros().toPlainString();
    }

    private static String number(String value) {
        return value.isEmpty() ? "" : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    private Map<String, JsonNode> missions() {
        Map<String, JsonNode> missions = new LinkedHashMap<>();
        this.report.path("missions").forEach((mission) -> missions.put(mission.path("code").asString(), mission));
        return missions;
    }

    private JsonNode report(String year) {
        byte[] body = this.mvc.get()
            .uri("/api/v1/reports/annual/" + year)
            .with(TestUsers.analyst())
            .exchange()
            .getResponse()
            .getContentAsByteArray();
        return this.json.readTree(new String(body, StandardCharsets.UTF_8));
    }

    private static String code(String label) {
        Matcher matcher = CODE.matcher(label);
        assertThat(matcher.find()).as("a code at the end of " + label).isTrue();
        return matcher.group(1);
    }

}
