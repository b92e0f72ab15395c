package ca.contingent.reporting;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped reference data set reproduces, through the report API, every figure of the
 * 2024-25 annual report listed in fy2024-25-figures.json (a copy of
 * shared/reference/fy2024-25-figures.json).
 */
@IntegrationTest
class ReferenceFiguresIntegrationTests {

    static JsonNode expected;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void readFigures() throws Exception {
        try (InputStream in = ReferenceFiguresIntegrationTests.class.getResourceAsStream("/fy2024-25-figures.json")) {
            expected = new ObjectMapper().readTree(in);
        }
    }

    JsonNode report() throws Exception {
        String body = this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25")
            .with(TestUsers.analyst())
            .exchange()
            .getResponse()
            .getContentAsString();
        return this.json.readTree(body);
    }

    @Test
    void reproducesTheTotals() throws Exception {
        JsonNode totals = report().get("totals");
        JsonNode want = expected.get("totals");
        assertThat(totals.get("personnel").asInt()).isEqualTo(want.get("personnel").asInt());
        assertThat(totals.get("women").asInt()).isEqualTo(want.get("women").asInt());
        assertThat(totals.get("womenPercent").asInt()).isEqualTo(want.get("womenPercent").asInt());
        assertThat(totals.get("missions").asInt()).isEqualTo(want.get("missions").asInt());
        assertThat(totals.get("partnerAgencies").asInt()).isEqualTo(want.get("partnerAgencies").asInt());
        assertThat(totals.get("newPartnerAgencies").asInt()).isEqualTo(want.get("newPartnerAgencies").size());
        assertThat(totals.get("womenInLeadership").asInt()).isEqualTo(want.get("womenContingentCommanders").asInt());
    }

    @Test
    void theNewPartnersAreTheFourTheReportWelcomes() throws Exception {
        JsonNode codes = expected.get("agencyCodes");
        List<String> newPartners = expected.get("totals")
            .get("newPartnerAgencies")
            .valueStream()
            .map((name) -> codes.get(name.asString()).asString())
            .toList();
        String agencies = this.mvc.get()
            .uri("/agencies?sort=partnerSince")
            .with(TestUsers.admin())
            .exchange()
            .getResponse()
            .getContentAsString();
        assertThat(newPartners).hasSize(4).allSatisfy((code) -> assertThat(agencies).contains(">" + code + "<"));
        JsonNode report = report();
        assertThat(report.get("totals").get("newPartnerAgencies").asInt()).isEqualTo(newPartners.size());
    }

    @Test
    void reproducesEveryMissionAndComponentWithItsParentAndAgencies() throws Exception {
        JsonNode missions = report().get("missions");
        for (JsonNode want : expected.get("missions")) {
            String code = want.get("code").asString();
            JsonNode got = find(missions, code).orElseThrow(() -> new AssertionError("no mission " + code));
            assertThat(got.get("personnel").asInt()).as(code + " personnel").isEqualTo(want.get("personnel").asInt());
            String parent = want.has("parent") ? want.get("parent").asString() : null;
            assertThat(got.get("parent").isNull() ? null : got.get("parent").asString()).as(code + " parent")
                .isEqualTo(parent);
            assertThat(got.get("location").asString()).as(code + " location")
                .isEqualTo(want.get("location").asString());
            if (want.has("agencies")) {
                Map<String, Integer> expectedAgencies = new java.util.LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> fields = want.get("agencies").properties().iterator();
                fields.forEachRemaining((entry) -> expectedAgencies.put(entry.getKey(), entry.getValue().asInt()));
                Map<String, Integer> actual = new java.util.LinkedHashMap<>();
                got.get("agencies")
                    .forEach((agency) -> actual.put(agency.get("code").asString(), agency.get("personnel").asInt()));
                // The figures list agencies in the order the report text names them; the
                // contract sorts ties by code (tested
                // in CountingRulesIntegrationTests), so only the counts are compared
                // here.
                assertThat(actual).as(code + " agencies").containsExactlyInAnyOrderEntriesOf(expectedAgencies);
            }
        }
        assertThat(missions.size()).isEqualTo(expected.get("missions").size());
    }

    @Test
    void reproducesTheCpmuTrainingTable() throws Exception {
        JsonNode activities = report().get("activities");
        for (JsonNode want : expected.get("activities")) {
            JsonNode got = activities.valueStream()
                .filter((row) -> row.get("mission").asString().equals(want.get("mission").asString())
                        && row.get("category").asString().equals(want.get("category").asString())
                        && row.get("type").asString().equals(want.get("type").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no activity row " + want));
            assertThat(got.get("sessions").asInt()).as(want.get("type").asString())
                .isEqualTo(want.get("sessions").asInt());
        }
    }

    private static Optional<JsonNode> find(JsonNode missions, String code) {
        return missions.valueStream().filter((mission) -> mission.get("code").asString().equals(code)).findFirst();
    }

}
