package ca.contingent.person;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static ca.contingent.TestUsers.admin;
import static ca.contingent.TestUsers.analyst;
import static ca.contingent.TestUsers.programOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** GET /api/v1/personnel and GET /api/v1/deployments, as the contract shapes them. */
@IntegrationTest
@Transactional
class PersonnelApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new Accounts(this.jdbc).headquarters();
        new TestRecords(this.jdbc).agency("T-AG1")
            .agency("T-AG2")
            .mission("T-MA", null)
            .mission("T-MA-C", "T-MA")
            .mission("T-MB", null)
            .person("T-PA", "Côté", "Éloïse", "F", "POLICE", "T-AG1", "fr;en")
            .person("T-PB", "Tremblay", "Marc", "M", "CIVILIAN", "T-AG2", "en")
            .deployment("T-D1", "T-PA", "T-MA-C", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED")
            .deployment("T-D2", "T-PA", "T-MB", "SHORT", "2031-05-01", "2031-06-30", "PLANNED")
            .deployment("T-D3", "T-PB", "T-MB", "SHORT", "2031-05-01", "2031-06-30", "PLANNED");
    }

    @Test
    void listsThePeopleOfAnAgencyInTheContractShape() {
        assertThat(this.mvc.get().uri("/api/v1/personnel").param("agency", "T-AG1").with(programOfficer()))
            .hasStatusOk()
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
            .bodyJson()
            .isStrictlyEqualTo("""
                    {"items":[{"externalId":"T-PA","familyName":"Côté","givenName":"Éloïse","gender":"F",
                               "category":"POLICE","agency":"T-AG1","rank":"Constable","languages":["fr","en"]}]}
                    """);
    }

    @Test
    void searchesByNamePrefixAnyCaseAndAccents() {
        assertThat(this.mvc.get().uri("/api/v1/personnel").param("q", "cote").with(admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].externalId")
            .asArray()
            .contains("T-PA")
            .doesNotContain("T-PB");
        assertThat(this.mvc.get().uri("/api/v1/personnel").param("q", "ÉLO").with(admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].externalId")
            .asArray()
            .contains("T-PA");
        assertThat(this.mvc.get().uri("/api/v1/personnel").param("q", "trem").param("agency", "T-AG1").with(admin()))
            .hasStatusOk()
            .bodyJson()
            .isStrictlyEqualTo("{\"items\":[]}");
    }

    @Test
    void getsOnePersonWithTheirDeploymentsNewestFirst() {
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-PA").with(admin())).hasStatusOk()
            .bodyJson()
            .isStrictlyEqualTo("""
                    {"externalId":"T-PA","familyName":"Côté","givenName":"Éloïse","gender":"F","category":"POLICE",
                     "agency":"T-AG1","rank":"Constable","languages":["fr","en"],
                     "deployments":[
                       {"externalId":"T-D2","person":"T-PA","mission":"T-MB","role":"Police Advisor",
                        "leadership":false,"term":"SHORT","startDate":"2031-05-01","endDate":"2031-06-30",
                        "status":"PLANNED"},
                       {"externalId":"T-D1","person":"T-PA","mission":"T-MA-C","role":"Police Advisor",
                        "leadership":false,"term":"LONG","startDate":"2030-04-01","endDate":"2030-09-30",
                        "status":"DEPLOYED"}]}
                    """);
    }

    @Test
    void anUnknownPersonIsAProblemWith404() {
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-NOBODY").with(admin())).hasStatus(404)
            .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.status")
            .isEqualTo(404);
    }

    @Test
    void listsDeploymentsOfAPersonInTheContractShape() {
        assertThat(this.mvc.get().uri("/api/v1/deployments").param("person", "T-PB").with(admin())).hasStatusOk()
            .bodyJson()
            .isStrictlyEqualTo("""
                    {"items":[{"externalId":"T-D3","person":"T-PB","mission":"T-MB","role":"Police Advisor",
                               "leadership":false,"term":"SHORT","startDate":"2031-05-01","endDate":"2031-06-30",
                               "status":"PLANNED"}]}
                    """);
    }

    @Test
    void listsDeploymentsOfAMissionIncludingItsComponents() {
        assertThat(this.mvc.get().uri("/api/v1/deployments").param("mission", "T-MA").with(admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].externalId")
            .asArray()
            .containsExactly("T-D1");
        assertThat(this.mvc.get()
            .uri("/api/v1/deployments")
            .param("mission", "T-MB")
            .param("person", "T-PA")
            .with(admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.items[*].externalId")
            .asArray()
            .containsExactly("T-D2");
        assertThat(this.mvc.get().uri("/api/v1/deployments/T-D1").with(admin())).hasStatusOk()
            .bodyJson()
            .extractingPath("$.mission")
            .isEqualTo("T-MA-C");
        assertThat(this.mvc.get().uri("/api/v1/deployments/T-NONE").with(admin())).hasStatus(404);
    }

    @Test
    void coordinatorsAndCommandersMayRead() {
        new Accounts(this.jdbc).coordinator("coord", "T-AG1").commander("cmdr", "T-MA");
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-PA").with(user("coord").roles("AGENCY_COORDINATOR")))
            .hasStatusOk();
        assertThat(this.mvc.get()
            .uri("/api/v1/deployments")
            .param("person", "T-PA")
            .with(user("cmdr").roles("MISSION_COMMANDER"))).hasStatusOk();
    }

    @Test
    void analystsAreRefusedAndStrangersMustSignIn() {
        assertThat(this.mvc.get().uri("/api/v1/personnel").with(analyst())).hasStatus(403);
        assertThat(this.mvc.get().uri("/api/v1/personnel/T-PA").with(analyst())).hasStatus(403);
        assertThat(this.mvc.get().uri("/api/v1/deployments").with(analyst())).hasStatus(403);
        assertThat(this.mvc.get().uri("/api/v1/personnel")).hasStatus(401);
    }

}
