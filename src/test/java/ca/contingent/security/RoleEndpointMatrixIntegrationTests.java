package ca.contingent.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.person.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static ca.contingent.security.RoleEndpointMatrixIntegrationTests.Outcome.ALLOWED;
import static ca.contingent.security.RoleEndpointMatrixIntegrationTests.Outcome.DENIED;
import static ca.contingent.security.RoleEndpointMatrixIntegrationTests.Outcome.LOGIN;
import static ca.contingent.security.RoleEndpointMatrixIntegrationTests.Outcome.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The role × endpoint matrix (battery S1, S3, S8): every handler the application
 * registers has a row here, with one concrete request and the answer each role must get.
 * A new endpoint without a row, or a row for an endpoint that is gone, fails the build,
 * so that nobody can add a page or an API call without deciding who may use it.
 * <p>
 * The data are the test's own: agencies T-A and T-B, top-level missions T-M1 (with
 * component T-M1-C) and T-M2, two people of each agency deployed so that the coordinator
 * of T-A and the commander of T-M1 each see some records and not others, and an activity
 * per mission. Everything rolls back.
 */
@IntegrationTest
@Transactional
class RoleEndpointMatrixIntegrationTests {

    /**
     * What a caller gets, whatever the exact status: reached the handler, refused,
     * hidden, or sent to sign in.
     */
    enum Outcome {

        /**
         * 2xx, a redirect to anything but the sign-in page, or (for a write) a 4xx about
         * the data it sent.
         */
        ALLOWED,
        /** 403. */
        DENIED,
        /**
         * 404: the record is outside the caller's scope, answered as if it did not exist.
         */
        NOT_FOUND,
        /** A page redirects an anonymous caller to /login; the API answers 401. */
        LOGIN

    }

    /** The columns of the matrix, in order. */
    enum Caller {

        ADMIN(user("admin").roles("ADMIN")), PROGRAM_OFFICER(user("officer").roles("PROGRAM_OFFICER")),
        /** Coordinator of T-A. */
        AGENCY_COORDINATOR(user("t-mx-coord-a").roles("AGENCY_COORDINATOR")),
        /** Commander of T-M1, and so of its component T-M1-C. */
        MISSION_COMMANDER(user("t-mx-cmdr-m1").roles("MISSION_COMMANDER")), ANALYST(user("analyst").roles("ANALYST")),
        AUDITOR(user("t-mx-auditor").roles("AUDITOR")),
        /**
         * A deployed member linked to T-XPA1: their own person, deployment T-XD1 and
         * monthly reports only.
         */
        MEMBER(user("t-mx-member").roles("MEMBER")), ANONYMOUS(anonymous());

        final RequestPostProcessor identity;

        Caller(RequestPostProcessor identity) {
            this.identity = identity;
        }

    }

    // People and deployments. T-XPA1 (agency T-A) is deployed to T-M1's component, so
    // both scoped callers see them
    // and the matrix rows can use them; the others each fall outside one scoped caller.
    private static final String PERSON_A1 = "T-XPA1"; // T-A, deployed to T-M1-C:
                                                      // coordinator and commander see

    private static final String PERSON_A2 = "T-XPA2"; // T-A, deployed to T-M2:
                                                      // coordinator sees, commander not

    private static final String PERSON_B1 = "T-XPB1"; // T-B, deployed to T-M2: neither
                                                      // sees

    private static final String PERSON_B2 = "T-XPB2"; // T-B, deployed to T-M1: commander
                                                      // sees, coordinator not

    /**
     * Family and given names of the test's people: none may reach an analyst or an
     * auditor.
     */
    private static final List<String> NAMES = List.of("Mxandersen", "Mxbellerose", "Mxcastonguay", "Mxdesrosiers",
            "Alméria", "Bérangère", "Cyprien", "Delphis");

    // Valid-looking form fields and files for the writes in the matrix.

    private static final String[] MISSION_FORM = { "code", "T-MXNEW", "nameEn", "New mission", "nameFr",
            "Nouvelle mission", "organization", "UN", "country", "HT", "location", "Jacmel", "language", "fr", "armed",
            "false", "startDate", "2030-01-01" };

    private static final String[] ACTIVITY_FORM = { "externalId", "T-MXNEW-ACT", "mission", "T-M1", "date",
            "2030-07-01", "category", "TRAINING", "type", "Workshop", "sessions", "1" };

    private static final String[] PERSON_FORM = { "externalId", "T-MXNEW-P", "familyName", "Mxnouveau", "givenName",
            "Eulalie", "gender", "F", "category", "POLICE", "agency", "T-A", "rank", "Constable", "languages", "en" };

    private static final String[] DEPLOYMENT_FORM = { "externalId", "T-MXNEW-D", "person", PERSON_A1, "mission", "T-M1",
            "role", "Advisor", "leadership", "false", "term", "SHORT", "startDate", "2034-01-01", "endDate",
            "2034-02-01", "status", "PLANNED" };

    /** T-XPA1's monthly report for May 2030, a DRAFT written in {@link #records()}. */
    private static final String MONTHLY_REPORT = PERSON_A1 + "-2030-05";

    private static final String[] MONTHLY_FORM = { "month", "2030-06", "lines[0].category", "TRAINING", "lines[0].type",
            "Workshop", "lines[0].sessions", "1", "narrative", "A month" };

    private static final String MONTHLY_JSON = "{\"month\":\"2030-07\",\"narrative\":\"A month\"}";

    private static final String PERSONNEL_CSV_OF_A = """
            external_id,family_name,given_name,gender,category,agency_code,rank,languages
            T-MXNEW-P,Mxnouveau,Eulalie,F,POLICE,T-A,Constable,en
            """;

    /**
     * Every person's external id and name the test writes: what a refusal must never
     * show.
     */
    private static final List<String> RECORDS = Stream
        .concat(Stream.of(PERSON_A1, PERSON_A2, PERSON_B1, PERSON_B2), NAMES.stream())
        .toList();

    // @formatter:off
    /**
     * The matrix. Columns: ADMIN, PROGRAM_OFFICER, AGENCY_COORDINATOR (of T-A), MISSION_COMMANDER (of T-M1), ANALYST,
     * AUDITOR, MEMBER (T-XPA1), anonymous. The contract's role table is the source: headquarters read and change every program
     * record; scoped roles read people and deployments in their scope (and a coordinator keeps their agency's
     * people); every role reads reports; only the administrator and the auditor read the audit log.
     */
    private static final List<Row> MATRIX = List.of(
        // The shell
        row("GET /", get("/"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, LOGIN),
        row("GET /login", get("/login"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
        // The error page: what the container forwards a 404 to; public, so that no error needs a session.
        row("* /error", errorPage(404),
                NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
        // The OpenAPI description is public by contract; it describes, it holds no records.
        row("GET /v3/api-docs", get("/v3/api-docs"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
        // The YAML form is not in the contract and not let through: refused like any address nobody allowed.
        row("GET /v3/api-docs.yaml", get("/v3/api-docs.yaml"),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // Reports: every role, aggregates only
        row("GET /reports/annual", get("/reports/annual?year=2030-31"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /reports/annual/{fiscalYear}", get("/reports/annual/2030-31"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /api/v1/reports/annual/{fiscalYear}", get("/api/v1/reports/annual/2030-31"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        // Person-days and FTE: every report reader, aggregates only
        row("GET /reports/person-days", get("/reports/person-days?fy=2030-31&day=2030-05-15"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /api/v1/reports/person-days/{fiscalYear}", get("/api/v1/reports/person-days/2030-31"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),

        // Rotation: headquarters and the commander of the mission (names are shown, so no analyst or auditor)
        row("GET /missions/{code}/rotation", get("/missions/T-M1/rotation?from=2030-01-01&to=2031-12-31"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /missions/{code}/rotation.csv", get("/missions/T-M1/rotation.csv?from=2030-01-01&to=2031-12-31"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /missions/{code}/rotation.ics", get("/missions/T-M1/rotation.ics?from=2030-01-01&to=2031-12-31"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /rotation", get("/rotation"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),

        // Audit log: administrator and auditor
        row("GET /audit", get("/audit"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, ALLOWED, DENIED, LOGIN),
        row("GET /audit/export.csv", get("/audit/export.csv?entity=person"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, ALLOWED, DENIED, LOGIN),
        row("GET /api/v1/audit", get("/api/v1/audit?since=2030-01-01T00:00:00Z"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, ALLOWED, DENIED, LOGIN),
        // Users: the administrator only; one's own password: anyone signed in.
        row("GET /users", get("/users"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /users/new", get("/users/new"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /users/new", post("/users/new", "username", "t-mx-new-user", "role", "ANALYST", "password",
                "a-long-enough-password-42", "mustChangePassword", "true"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /users/{name}", get("/users/t-mx-auditor"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /users/{name}/edit", get("/users/t-mx-auditor/edit"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /users/{name}/edit", post("/users/t-mx-auditor/edit", "role", "AUDITOR", "version", "0"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /users/{name}/disable", post("/users/t-mx-auditor/disable"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /users/{name}/enable", post("/users/t-mx-auditor/enable"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /users/{name}/unlock", post("/users/t-mx-auditor/unlock"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /users/{name}/password", post("/users/t-mx-auditor/password", "password", "another-long-password-7"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/users", get("/api/v1/users"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/users/{username}", get("/api/v1/users/t-mx-auditor"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/users", postJson("/api/v1/users",
                "{\"username\":\"t-mx-api-user\",\"password\":\"a-long-enough-password-42\",\"role\":\"ANALYST\"}"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        // Retention: the administrator only (the run is rolled back with the rest of the row).
        row("GET /retention", get("/retention"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /retention/run", post("/retention/run"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        // Readiness settings: headquarters (the added code is rolled back with the rest of the row).
        row("GET /settings/readiness", get("/settings/readiness"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /settings/readiness", post("/settings/readiness", "code", "T_MX_CODE", "nameEn", "Test",
                "nameFr", "Essai"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /account/password", get("/account/password"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, LOGIN),
        row("POST /account/password", post("/account/password", "currentPassword", "wrong", "newPassword",
                "x", "confirmation", "y"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, LOGIN),

        // Agencies: headquarters
        row("GET /agencies", get("/agencies"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /agencies/new", get("/agencies/new"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /agencies/new", post("/agencies/new", "code", "T-MXNEW", "nameEn", "New", "nameFr", "Nouveau",
                "type", "MUNICIPAL", "partnerSince", "2030-01-01"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /agencies/{code}", get("/agencies/T-A"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /agencies/{code}/edit", get("/agencies/T-A/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /agencies/{code}/edit", post("/agencies/T-A/edit", "code", "T-A", "nameEn", "Renamed",
                "nameFr", "Renommé", "type", "MUNICIPAL", "partnerSince", "2030-01-01", "version", "0"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /agencies/{code}/delete", post("/agencies/T-A/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // Missions: headquarters
        row("GET /missions", get("/missions"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /missions/new", get("/missions/new"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /missions/new", post("/missions/new", MISSION_FORM),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /missions/{code}", get("/missions/T-M1"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /missions/{code}/edit", get("/missions/T-M1/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /missions/{code}/edit", post("/missions/T-M1/edit", with(MISSION_FORM, "code", "T-M1",
                "version", "0")),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /missions/{code}/delete", post("/missions/T-M1/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        // Required readiness and authorized strength from a date on: headquarters (rolled back with the row)
        row("POST /missions/{code}/readiness", post("/missions/T-M1/readiness", "items", "MEDICAL"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /missions/{code}/strength", post("/missions/T-M1/strength", "effectiveFrom", "2034-01-01",
                "strength", "3"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /missions/{code}/strength/{effectiveFrom}/delete", post("/missions/T-M1/strength/2034-02-01/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/missions/{code}/strength", get("/api/v1/missions/T-M1/strength"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/missions/{code}/strength", postJson("/api/v1/missions/T-M1/strength",
                "{\"effectiveFrom\":\"2034-01-01\",\"strength\":3}"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // Activities: headquarters (a commander imports their missions' activities, but has no pages for them)
        row("GET /activities", get("/activities"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /activities/new", get("/activities/new"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /activities/new", post("/activities/new", ACTIVITY_FORM),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /activities/{externalId}", get("/activities/T-XACT1"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /activities/{externalId}/edit", get("/activities/T-XACT1/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /activities/{externalId}/edit", post("/activities/T-XACT1/edit",
                with(ACTIVITY_FORM, "externalId", "T-XACT1", "version", "0")),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /activities/{externalId}/delete", post("/activities/T-XACT1/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // People: scoped reads; a coordinator also enters and edits their own agency's people; deleting is for
        // headquarters
        row("GET /people", get("/people"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /people/new", get("/people/new"),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /people/new", post("/people/new", PERSON_FORM),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /people/{externalId}", get("/people/" + PERSON_A1),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /people/{externalId}/edit", get("/people/" + PERSON_A1 + "/edit"),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /people/{externalId}/edit", post("/people/" + PERSON_A1 + "/edit",
                with(PERSON_FORM, "externalId", PERSON_A1, "version", "0")),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /people/{externalId}/delete", post("/people/" + PERSON_A1 + "/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/personnel", get("/api/v1/personnel"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /api/v1/personnel/{externalId}", get("/api/v1/personnel/" + PERSON_A1),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),

        // Deployments: scoped reads; writes are for headquarters, but for a coordinator's nomination
        row("GET /deployments", get("/deployments"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        // A coordinator nominates people of their own agency (DEPLOYMENT_FORM names one of T-A's)
        row("GET /deployments/new", get("/deployments/new"),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /deployments/new", post("/deployments/new", DEPLOYMENT_FORM),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /deployments/{externalId}", get("/deployments/T-XD1"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /deployments/{externalId}/edit", get("/deployments/T-XD1/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /deployments/{externalId}/edit", post("/deployments/T-XD1/edit",
                with(DEPLOYMENT_FORM, "externalId", "T-XD1", "version", "0")),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /deployments/{externalId}/delete", post("/deployments/T-XD1/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        // Lifecycle steps: headquarters (scoped roles are refused by role before any scope is looked at)
        row("POST /deployments/{externalId}/deploy", post("/deployments/T-XD1/deploy"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /deployments/{externalId}/complete", post("/deployments/T-XD1/complete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /deployments/{externalId}/cancel", post("/deployments/T-XD1/cancel", "reason", "Postponed"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/deployments/{externalId}/deploy", post("/api/v1/deployments/T-XD1/deploy"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/deployments/{externalId}/complete", post("/api/v1/deployments/T-XD1/complete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/deployments/{externalId}/cancel", post("/api/v1/deployments/T-XD1/cancel"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/deployments", get("/api/v1/deployments"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /api/v1/deployments/{externalId}", get("/api/v1/deployments/T-XD1"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),

        // Imports: the page for every role that may import some kind; which kinds is the controller's business.
        // The example is a personnel file of T-A, which a commander may not import (403 from the controller).
        row("GET /imports", get("/imports"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /imports", uploadPage("personnel", PERSONNEL_CSV_OF_A),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        // Headquarters get the reference rows; a coordinator only the header (see the scope tests below).
        row("GET /imports/examples/{kind}.csv", get("/imports/examples/personnel.csv"),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/imports/{kind}", uploadApi("personnel", PERSONNEL_CSV_OF_A),
                ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // Issue 5, item 4 (dashboards): every role that reads reports, aggregates only; the CSV is a chart's table.
        row("GET /dashboards", get("/dashboards?year=2030-31&mission=T-M1&agency=T-A"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /dashboards/{chart}.csv", get("/dashboards/people-by-mission.csv?year=2030-31&mission=T-M1"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        // Issue 5, report documents (branch docs): the annual report as PDF, printable page or XLSX, for every role
        // that reads reports (aggregates only).
        row("GET /api/v1/reports/annual/{fiscalYear}/document",
                get("/api/v1/reports/annual/2030-31/document?format=html&lang=en"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        // Members' monthly reports (issue 5, monthly part). The report T-XPA1-2030-05 is T-XPA1's DRAFT on T-XD1
        // (T-M1-C). Each step to its role: submit the member, review the commander, approve and reopen
        // headquarters, return both; a step the DRAFT does not allow is a 409 (reached the handler: ALLOWED).
        row("GET /monthly-reports", get("/monthly-reports"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /monthly-reports/export.{format}", get("/monthly-reports/export.xlsx"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /monthly-reports/owed", get("/monthly-reports/owed?mission=T-M1"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /monthly-reports/owed.csv", get("/monthly-reports/owed.csv?mission=T-M1"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /monthly-reports/new", get("/monthly-reports/new"),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /monthly-reports/new", post("/monthly-reports/new", MONTHLY_FORM),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /monthly-reports/{key}", get("/monthly-reports/" + MONTHLY_REPORT),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /monthly-reports/{key}/edit", get("/monthly-reports/" + MONTHLY_REPORT + "/edit"),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /monthly-reports/{key}/edit", post("/monthly-reports/" + MONTHLY_REPORT + "/edit",
                with(MONTHLY_FORM, "version", "0")),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /monthly-reports/{key}/submit", post("/monthly-reports/" + MONTHLY_REPORT + "/submit"),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /monthly-reports/{key}/return", post("/monthly-reports/" + MONTHLY_REPORT + "/return",
                "comment", "Incomplete"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /monthly-reports/{key}/review", post("/monthly-reports/" + MONTHLY_REPORT + "/review"),
                DENIED, DENIED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /monthly-reports/{key}/approve", post("/monthly-reports/" + MONTHLY_REPORT + "/approve"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /monthly-reports/{key}/reopen", post("/monthly-reports/" + MONTHLY_REPORT + "/reopen",
                "reason", "Correction"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/monthly-reports", get("/api/v1/monthly-reports"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /api/v1/monthly-reports", postJson("/api/v1/monthly-reports", MONTHLY_JSON),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /api/v1/monthly-reports/{key}", get("/api/v1/monthly-reports/" + MONTHLY_REPORT),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("PUT /api/v1/monthly-reports/{key}", putJson("/api/v1/monthly-reports/" + MONTHLY_REPORT,
                "{\"version\":0,\"narrative\":\"Edited\"}"),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /api/v1/monthly-reports/{key}/submit", postJson("/api/v1/monthly-reports/" + MONTHLY_REPORT
                + "/submit", "{}"),
                DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, ALLOWED, LOGIN),
        row("POST /api/v1/monthly-reports/{key}/return", postJson("/api/v1/monthly-reports/" + MONTHLY_REPORT
                + "/return", "{\"comment\":\"Incomplete\"}"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/monthly-reports/{key}/review", postJson("/api/v1/monthly-reports/" + MONTHLY_REPORT
                + "/review", "{}"),
                DENIED, DENIED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/monthly-reports/{key}/approve", postJson("/api/v1/monthly-reports/" + MONTHLY_REPORT
                + "/approve", "{}"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /api/v1/monthly-reports/{key}/reopen", postJson("/api/v1/monthly-reports/" + MONTHLY_REPORT
                + "/reopen", "{\"reason\":\"Correction\"}"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // Results framework (issue 5, results part). Results and the logic model: every report reader. Outcomes,
        // indicators and targets: headquarters. Highlights: headquarters and a commander for their own missions; the
        // records edited here are the reference data's (IMM-5, IND-08, a 2024-25 target, CPMU's first highlight,
        // outside the commander's T-M1: 404).
        row("GET /results", get("/results?year=2030-31"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /results/outcomes", get("/results/outcomes"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /api/v1/reports/results/{fiscalYear}", get("/api/v1/reports/results/2030-31"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /results/outcomes/new", get("/results/outcomes/new"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/outcomes/new", post("/results/outcomes/new", "code", "T-MXOUT", "nameEn", "New",
                "nameFr", "Nouveau", "level", "ULTIMATE"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/outcomes/{code}/edit", get("/results/outcomes/IMM-5/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/outcomes/{code}/edit", post("/results/outcomes/IMM-5/edit", "code", "IMM-5", "nameEn",
                "Renamed", "nameFr", "Renommé", "level", "IMMEDIATE", "parent", "INT-3", "version", "0"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/outcomes/{code}/delete", post("/results/outcomes/IMM-5/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/indicators", get("/results/indicators"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/indicators/new", get("/results/indicators/new"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/indicators/new", post("/results/indicators/new", "code", "T-MXIND", "nameEn", "New",
                "nameFr", "Nouveau", "outcome", "IMM-5", "numerator", "SESSIONS", "unit", "COUNT"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/indicators/{code}/edit", get("/results/indicators/IND-08/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/indicators/{code}/edit", post("/results/indicators/IND-08/edit", "code", "IND-08",
                "nameEn", "Renamed", "nameFr", "Renommé", "outcome", "IMM-5", "numerator", "PERSONNEL", "unit",
                "COUNT", "version", "0"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/indicators/{code}/delete", post("/results/indicators/IND-08/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/targets", get("/results/targets"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/targets/new", get("/results/targets/new"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/targets/new", post("/results/targets/new", "indicator", "IND-08", "fiscalYear",
                "2030-31", "target", "1"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/targets/{id}/edit", listed("GET", "/results/targets?year=2024-25",
                "/results/targets/(\\d+)/edit", "/edit"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/targets/{id}/edit", listed("POST", "/results/targets?year=2024-25",
                "/results/targets/(\\d+)/edit", "/edit", "indicator", "IND-08", "fiscalYear", "2024-25", "target",
                "151", "version", "0"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/targets/{id}/delete", listed("POST", "/results/targets?year=2024-25",
                "/results/targets/(\\d+)/edit", "/delete"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/highlights", get("/results/highlights"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/highlights/new", get("/results/highlights/new"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/highlights/new", post("/results/highlights/new", "mission", "T-M1", "fiscalYear",
                "2030-31", "position", "1", "titleEn", "Title", "titleFr", "Titre", "textEn", "Text", "textFr",
                "Texte"),
                ALLOWED, ALLOWED, DENIED, ALLOWED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/highlights/{id}/edit", listed("GET", "/results/highlights?year=2024-25&mission=CPMU",
                "/results/highlights/(\\d+)/edit", "/edit"),
                ALLOWED, ALLOWED, DENIED, NOT_FOUND, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/highlights/{id}/edit", listed("POST", "/results/highlights?year=2024-25&mission=CPMU",
                "/results/highlights/(\\d+)/edit", "/edit", "mission", "CPMU", "fiscalYear", "2024-25", "position",
                "1", "titleEn", "Title", "titleFr", "Titre", "textEn", "Text", "textFr", "Texte", "version", "0"),
                ALLOWED, ALLOWED, DENIED, NOT_FOUND, DENIED, DENIED, DENIED, LOGIN),
        row("POST /results/highlights/{id}/delete", listed("POST", "/results/highlights?year=2024-25&mission=CPMU",
                "/results/highlights/(\\d+)/edit", "/delete"),
                ALLOWED, ALLOWED, DENIED, NOT_FOUND, DENIED, DENIED, DENIED, LOGIN),

        // Issue 5 item 7, publication of a fiscal year: headquarters publish; every report reader reads what was
        // published (2024-25, published with the reference data) and the year's publication panel.
        row("GET /reports/annual/{fiscalYear}/publication", get("/reports/annual/2030-31/publication"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("POST /reports/annual/{fiscalYear}/publication", post("/reports/annual/2030-31/publication",
                "confirm", "yes"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /api/v1/reports/annual/{fiscalYear}/publication", get("/api/v1/reports/annual/2024-25/publication"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("POST /api/v1/reports/annual/{fiscalYear}/publication", post("/api/v1/reports/annual/2030-31/publication"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),

        // Issue 5, item 6 (xlsx): CSV and XLSX downloads of every list, for exactly those who see the list (the
        // people and deployments in the caller's scope; never an analyst or an auditor).
        row("GET /agencies/export.{format}", get("/agencies/export.csv?type=MUNICIPAL"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /missions/export.{format}", get("/missions/export.xlsx"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /activities/export.{format}", get("/activities/export.csv?mission=T-M1"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /people/export.{format}", get("/people/export.xlsx"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /deployments/export.{format}", get("/deployments/export.csv"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, LOGIN),
        row("GET /users/export.{format}", get("/users/export.csv"),
                ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/export.{format}", get("/results/export.csv?year=2024-25"),
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, DENIED, LOGIN),
        row("GET /results/indicators/export.{format}", get("/results/indicators/export.xlsx"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /results/targets/export.{format}", get("/results/targets/export.csv?year=2024-25"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN),
        row("GET /settings/readiness/export.{format}", get("/settings/readiness/export.xlsx"),
                ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, LOGIN));
    // @formatter:on

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-A")
            .agency("T-B")
            .mission("T-M1", null)
            .mission("T-M1-C", "T-M1")
            .mission("T-M2", null)
            .person(PERSON_A1, "Mxandersen", "Alméria", "F", "POLICE", "T-A", "en")
            .person(PERSON_A2, "Mxbellerose", "Bérangère", "F", "POLICE", "T-A", "fr")
            .person(PERSON_B1, "Mxcastonguay", "Cyprien", "M", "POLICE", "T-B", "en")
            .person(PERSON_B2, "Mxdesrosiers", "Delphis", "M", "CIVILIAN", "T-B", "fr")
            .deployment("T-XD1", PERSON_A1, "T-M1-C", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED")
            .deployment("T-XD2", PERSON_A2, "T-M2", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED")
            .deployment("T-XD3", PERSON_B1, "T-M2", "SHORT", "2030-05-01", "2030-06-30", "COMPLETED")
            .deployment("T-XD4", PERSON_B2, "T-M1", "SHORT", "2031-05-01", "2031-06-30", "PLANNED");
        activity("T-XACT1", "T-M1");
        activity("T-XACT2", "T-M2");
        this.jdbc.sql("""
                insert into mission_strength (mission_id, effective_from, strength)
                select id, date '2034-02-01', 5 from mission where code = 'T-M1'""").update();
        new Accounts(this.jdbc).headquarters()
            .coordinator("t-mx-coord-a", "T-A")
            .commander("t-mx-cmdr-m1", "T-M1")
            .user("t-mx-auditor", "AUDITOR")
            .member("t-mx-member", PERSON_A1);
        this.jdbc.sql("""
                insert into monthly_report (person_id, deployment_id, month, status, narrative)
                values ((select id from person where external_id = ?), (select id from deployment
                        where external_id = 'T-XD1'), date '2030-05-01', 'DRAFT', 'May')""").param(PERSON_A1).update();
    }

    @Test
    void everyHandlerHasARowAndEveryRowAHandler() {
        Set<String> handlers = handlers();
        Set<String> rows = MATRIX.stream().map(Row::handler).collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRow = new TreeSet<>(handlers);
        withoutRow.removeAll(rows);
        Set<String> withoutHandler = new TreeSet<>(rows);
        withoutHandler.removeAll(handlers);
        assertThat(withoutRow).as("handlers without a row in the matrix: decide who may use them").isEmpty();
        assertThat(withoutHandler).as("rows for handlers that no longer exist").isEmpty();
        assertThat(MATRIX).extracting(Row::handler).doesNotHaveDuplicates();
    }

    @Test
    void eachCallerGetsTheAnswerTheMatrixGives() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : MATRIX) {
            for (Caller caller : Caller.values()) {
                MvcTestResult result = sendAndRollBack(row.example(), caller);
                String actual = describe(result, row.example().writes());
                if (!actual.equals(row.expected().get(caller).name())) {
                    mismatches.add("%-45s %-18s expected %-9s got %s".formatted(row.handler(), caller,
                            row.expected().get(caller), actual));
                }
                // A refusal is uniform: it carries none of the records it refused (S1),
                // beyond what was asked for.
                else if (!actual.equals(ALLOWED.name())) {
                    String body = body(result);
                    notTypedIn(row.example().description(), RECORDS).stream()
                        .filter(body::contains)
                        .forEach((leaked) -> mismatches.add("%-45s %-18s %s but the body shows %s"
                            .formatted(row.handler(), caller, actual, leaked)));
                }
            }
        }
        assertThat(mismatches).as("answers that differ from the matrix").isEmpty();
    }

    @Test
    void aCoordinatorGetsNotFoundForAnotherAgencysPeopleAndDeployments() {
        RequestPostProcessor coordinator = Caller.AGENCY_COORDINATOR.identity;
        for (String uri : List.of("/people/" + PERSON_B1, "/people/" + PERSON_B1 + "/edit", "/deployments/T-XD3",
                "/api/v1/personnel/" + PERSON_B1, "/api/v1/personnel/" + PERSON_B2, "/api/v1/deployments/T-XD3",
                "/api/v1/deployments/T-XD4")) {
            assertThat(this.mvc.get().uri(uri).with(coordinator)).as(uri).hasStatus(404);
        }
        // Taking another agency's person over by editing them into one's own agency is a
        // write outside scope.
        assertThat(this.mvc.post()
            .uri("/people/" + PERSON_B1 + "/edit")
            .with(coordinator)
            .with(csrf())
            .params(params(with(PERSON_FORM, "externalId", PERSON_B1, "version", "0")))).hasStatus(404);
        assertThat(this.jdbc
            .sql("select a.code from person p join agency a on a.id = p.agency_id" + " where p.external_id = ?")
            .param(PERSON_B1)
            .query(String.class)
            .single()).isEqualTo("T-B");
    }

    @Test
    void aCoordinatorsListsSearchesAndApiNeverShowAnotherAgency() {
        RequestPostProcessor coordinator = Caller.AGENCY_COORDINATOR.identity;
        List<String> otherAgency = List.of(PERSON_B1, PERSON_B2, "T-XD3", "T-XD4", "Mxcastonguay", "Mxdesrosiers");
        for (String uri : List.of("/people", "/people?q=mx", "/people?agency=T-B", "/deployments",
                "/deployments?agency=T-B", "/deployments?mission=T-M1", "/deployments?person=" + PERSON_B1,
                "/api/v1/personnel", "/api/v1/personnel?q=mx", "/api/v1/personnel?agency=T-B", "/api/v1/deployments",
                "/api/v1/deployments?mission=T-M1", "/api/v1/deployments?person=" + PERSON_B2, "/people/new",
                "/imports")) {
            assertThat(this.mvc.get().uri(uri).with(coordinator)).as(uri)
                .hasStatusOk()
                .bodyText()
                .doesNotContain(notTypedIn(uri, otherAgency));
        }
        // The example file is the reference data set, people of every agency: a
        // coordinator gets its columns only.
        assertThat(this.mvc.get().uri("/imports/examples/personnel.csv").with(coordinator)).hasStatusOk()
            .bodyText()
            .startsWith("external_id,family_name,given_name")
            .doesNotContain("P0001", "Reid");
        // The control: the coordinator's own people are there, so the absence above is
        // not an empty page.
        assertThat(this.mvc.get().uri("/api/v1/personnel?q=mx").with(coordinator)).bodyText()
            .contains(PERSON_A1, PERSON_A2);
    }

    @Test
    void aCommanderGetsNotFoundForPeopleOutsideTheirMissionsAndNeverSeesThemListed() {
        RequestPostProcessor commander = Caller.MISSION_COMMANDER.identity;
        for (String uri : List.of("/people/" + PERSON_B1, "/people/" + PERSON_A2, "/deployments/T-XD2",
                "/deployments/T-XD3", "/api/v1/personnel/" + PERSON_B1, "/api/v1/personnel/" + PERSON_A2,
                "/api/v1/deployments/T-XD2", "/api/v1/deployments/T-XD3")) {
            assertThat(this.mvc.get().uri(uri).with(commander)).as(uri).hasStatus(404);
        }
        List<String> outside = List.of(PERSON_B1, PERSON_A2, "T-XD2", "T-XD3", "Mxcastonguay", "Mxbellerose");
        for (String uri : List.of("/people", "/people?q=mx", "/people?agency=T-B", "/deployments",
                "/deployments?mission=T-M2", "/deployments?person=" + PERSON_B1, "/api/v1/personnel",
                "/api/v1/personnel?q=mx", "/api/v1/deployments", "/api/v1/deployments?mission=T-M2",
                "/people/" + PERSON_A1, "/api/v1/personnel/" + PERSON_A1)) {
            assertThat(this.mvc.get().uri(uri).with(commander)).as(uri)
                .hasStatusOk()
                .bodyText()
                .doesNotContain(notTypedIn(uri, outside));
        }
        assertThat(this.mvc.get().uri("/api/v1/personnel?q=mx").with(commander)).bodyText()
            .contains(PERSON_A1, PERSON_B2);
    }

    @Test
    void aMemberSeesOnlyTheirOwnRecordsAndGetsNotFoundForOthers() {
        RequestPostProcessor member = Caller.MEMBER.identity;
        for (String uri : List.of("/people/" + PERSON_A2, "/people/" + PERSON_B1, "/deployments/T-XD2",
                "/api/v1/personnel/" + PERSON_B2, "/api/v1/deployments/T-XD3",
                "/monthly-reports/" + PERSON_A2 + "-2030-05", "/api/v1/monthly-reports/" + PERSON_B1 + "-2030-05")) {
            assertThat(this.mvc.get().uri(uri).with(member)).as(uri).hasStatus(404);
        }
        List<String> others = List.of(PERSON_A2, PERSON_B1, PERSON_B2, "T-XD2", "T-XD3", "T-XD4", "Mxbellerose",
                "Mxcastonguay", "Mxdesrosiers");
        for (String uri : List.of("/people", "/people?q=mx", "/people?agency=T-B", "/deployments",
                "/deployments?mission=T-M2", "/api/v1/personnel", "/api/v1/personnel?q=mx", "/api/v1/deployments",
                "/api/v1/deployments?mission=T-M2", "/monthly-reports", "/api/v1/monthly-reports")) {
            assertThat(this.mvc.get().uri(uri).with(member)).as(uri)
                .hasStatusOk()
                .bodyText()
                .doesNotContain(notTypedIn(uri, others));
        }
        assertThat(this.mvc.get().uri("/api/v1/personnel?q=mx").with(member)).bodyText().contains(PERSON_A1);
        assertThat(this.mvc.get().uri("/api/v1/monthly-reports").with(member)).bodyText().contains(MONTHLY_REPORT);
    }

    @Test
    void theAnalystAndTheAuditorNeverSeeAName() {
        for (Row row : MATRIX) {
            if (row.example().writes()) {
                continue;
            }
            for (Caller caller : List.of(Caller.ANALYST, Caller.AUDITOR)) {
                MvcTestResult result = sendAndRollBack(row.example(), caller);
                if (result.getResponse().getStatus() < 300) {
                    assertThat(body(result)).as("%s as %s", row.handler(), caller).doesNotContain(NAMES);
                }
            }
        }
    }

    @Test
    void importsOfRowsOutsideTheCallersScopeAreRefusedWholeAndWriteNothing() {
        RequestPostProcessor coordinator = Caller.AGENCY_COORDINATOR.identity;
        RequestPostProcessor commander = Caller.MISSION_COMMANDER.identity;
        // A new person in another agency, and another agency's person taken over into
        // one's own.
        String intoB = PERSONNEL_CSV_OF_A.replace(",T-A,", ",T-B,");
        String takeover = PERSONNEL_CSV_OF_A.replace("T-MXNEW-P", PERSON_B1);
        for (String csv : List.of(intoB, takeover)) {
            assertThat(importing("personnel", csv, coordinator)).hasStatus(422)
                .bodyText()
                .contains("outside what you may import");
        }
        // An activity of another mission, and another mission's activity moved into one's
        // own.
        String activities = """
                external_id,mission_code,date,category,type,sessions,participants,participants_women
                %s,%s,2030-08-01,MENTORING,Patrol,1,,
                """;
        for (String csv : List.of(activities.formatted("T-MXNEW-ACT", "T-M2"),
                activities.formatted("T-XACT2", "T-M1"))) {
            assertThat(importing("activities", csv, commander)).hasStatus(422)
                .bodyText()
                .contains("outside what you may import");
        }
        // The same through the page.
        assertThat(this.mvc.post()
            .uri("/imports")
            .with(csrf())
            .with(coordinator)
            .multipart()
            .file(new MockMultipartFile("file", "p.csv", "text/csv", intoB.getBytes(StandardCharsets.UTF_8)))
            .param("kind", "personnel")
            .param("action", "import")).hasStatus(422);
        assertThat(this.jdbc.sql("select count(*) from person where external_id = 'T-MXNEW-P'")
            .query(Integer.class)
            .single()).isZero();
        assertThat(this.jdbc.sql("select count(*) from activity where external_id = 'T-MXNEW-ACT'")
            .query(Integer.class)
            .single()).isZero();
        assertThat(this.jdbc
            .sql("select a.code from person p join agency a on a.id = p.agency_id" + " where p.external_id = ?")
            .param(PERSON_B1)
            .query(String.class)
            .single()).isEqualTo("T-B");
        assertThat(this.jdbc
            .sql("select m.code from activity a join mission m on m.id = a.mission_id"
                    + " where a.external_id = 'T-XACT2'")
            .query(String.class)
            .single()).isEqualTo("T-M2");
        // The control: rows inside the scope go through.
        assertThat(importing("personnel", PERSONNEL_CSV_OF_A, coordinator)).hasStatusOk();
        assertThat(importing("activities", activities.formatted("T-MXNEW-ACT", "T-M1-C"), commander)).hasStatusOk();
    }

    /**
     * Battery S8: the headers on one answer per handler as the administrator, on error
     * answers (404 page and API, 403), on the sign-in page and on the redirect to it.
     * Every failure is listed, not only the first.
     */
    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoStackTrace() {
        Map<String, MvcTestResult> responses = new LinkedHashMap<>();
        for (Row row : MATRIX) {
            responses.put(row.handler() + " as ADMIN", sendAndRollBack(row.example(), Caller.ADMIN));
        }
        responses.put("404 page as ADMIN", sendAndRollBack(get("/people/T-NO-SUCH"), Caller.ADMIN));
        responses.put("404 API as ADMIN", sendAndRollBack(get("/api/v1/personnel/T-NO-SUCH"), Caller.ADMIN));
        responses.put("403 page as ANALYST", sendAndRollBack(get("/people"), Caller.ANALYST));
        responses.put("403 API as ANALYST", sendAndRollBack(get("/api/v1/personnel"), Caller.ANALYST));
        responses.put("400 page as ADMIN", sendAndRollBack(get("/reports/annual/2030-32"), Caller.ADMIN));
        List<String> signedIn = List.copyOf(responses.keySet());
        responses.put("sign-in page", sendAndRollBack(get("/login"), Caller.ANONYMOUS));
        responses.put("redirect to sign in", sendAndRollBack(get("/people"), Caller.ANONYMOUS));
        responses.put("401 API", sendAndRollBack(get("/api/v1/personnel"), Caller.ANONYMOUS));
        responses.put("error page anonymous", sendAndRollBack(errorPage(404), Caller.ANONYMOUS));

        List<String> failures = new ArrayList<>();
        responses.forEach((name, result) -> {
            MockHttpServletResponse response = result.getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            if (csp == null) {
                failures.add(name + ": no Content-Security-Policy");
            }
            else {
                for (String directive : List.of("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")) {
                    if (!csp.contains(directive)) {
                        failures.add(name + ": CSP without " + directive);
                    }
                }
                String scripts = directive(csp, "script-src");
                if (scripts == null || scripts.contains("'unsafe-inline'")) {
                    failures.add(name + ": CSP script-src missing or allowing inline script: " + scripts);
                }
            }
            if (!"nosniff".equals(response.getHeader("X-Content-Type-Options"))) {
                failures.add(name + ": X-Content-Type-Options is " + response.getHeader("X-Content-Type-Options"));
            }
            if (response.getHeader("Referrer-Policy") == null) {
                failures.add(name + ": no Referrer-Policy");
            }
            if (response.getHeader("Cross-Origin-Opener-Policy") == null) {
                failures.add(name + ": no Cross-Origin-Opener-Policy");
            }
            String cache = response.getHeader("Cache-Control");
            if (signedIn.contains(name) && (cache == null || !cache.contains("no-store"))) {
                failures.add(name + ": Cache-Control is " + cache);
            }
            String server = response.getHeader("Server");
            if (server != null && server.matches(".*\\d.*")) {
                failures.add(name + ": Server header names a version: " + server);
            }
            String body = body(result);
            if (body.contains("at ca.contingent") || body.contains("Exception")) {
                failures.add(name + ": the body shows a stack trace or an exception");
            }
        });
        assertThat(failures).as("security header failures").isEmpty();
    }

    /**
     * The sources of a CSP directive, falling back to default-src as browsers do; null
     * when neither is set.
     */
    private static String directive(String csp, String name) {
        String fallback = null;
        for (String part : csp.split(";")) {
            String trimmed = part.trim();
            if (trimmed.startsWith(name + " ")) {
                return trimmed;
            }
            if (trimmed.startsWith("default-src ")) {
                fallback = trimmed;
            }
        }
        return fallback;
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

    // Helpers

    /**
     * A page echoes the filter the caller typed; only what they did not type would be a
     * leak.
     */
    private static List<String> notTypedIn(String uri, List<String> hidden) {
        return hidden.stream().filter((word) -> !uri.contains(word)).toList();
    }

    /**
     * Every (method, pattern) the MVC handler mapping serves; a mapping without methods
     * serves them all ("*").
     */
    private Set<String> handlers() {
        Set<String> handlers = new TreeSet<>();
        for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("*") : methods.stream().map(Enum::name).toList();
            for (String method : names) {
                for (String pattern : info.getPatternValues()) {
                    handlers.add(method + " " + pattern);
                }
            }
        }
        return handlers;
    }

    /**
     * Sends one request in a savepoint that is rolled back afterwards, so that one
     * caller's successful write (a delete above all) cannot change what the next caller
     * finds.
     */
    MvcTestResult sendAndRollBack(Example example, Caller caller) {
        TransactionTemplate savepoint = new TransactionTemplate(this.transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        return savepoint.execute((status) -> {
            MvcTestResult result = example.send(this.mvc, caller.identity);
            status.setRollbackOnly();
            return result;
        });
    }

    /** The outcome class of an answer, or a description of an answer that fits none. */
    private static String describe(MvcTestResult result, boolean writes) {
        if (result.getUnresolvedException() != null) {
            return "exception " + result.getUnresolvedException();
        }
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getRedirectedUrl();
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return LOGIN.name();
        }
        if (status == 403) {
            return DENIED.name();
        }
        if (status == 404) {
            return NOT_FOUND.name();
        }
        if (status >= 200 && status < 400) {
            return ALLOWED.name();
        }
        // A write with valid-looking data may still be refused for the data (a conflict,
        // a rule): it reached the
        // handler, which is what the matrix is about.
        if (writes && (status == 400 || status == 409 || status == 422)) {
            return ALLOWED.name();
        }
        return "status " + status;
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private void activity(String externalId, String mission) {
        this.jdbc.sql("""
                insert into activity (external_id, mission_id, date, category, type, sessions)
                values (?, (select id from mission where code = ?), date '2030-06-01', 'TRAINING', 'Workshop', 2)
                """).params(externalId, mission).update();
    }

    // The table's vocabulary

    record Row(String handler, Example example, Map<Caller, Outcome> expected) {
    }

    /**
     * A concrete request; {@code writes} tells whether it may change data (and so carries
     * a CSRF token).
     */
    record Example(String description, boolean writes,
            BiFunction<MockMvcTester, RequestPostProcessor, MvcTestResult> sender) {

        MvcTestResult send(MockMvcTester mvc, RequestPostProcessor caller) {
            return this.sender.apply(mvc, caller);
        }

    }

    private static Row row(String handler, Example example, Outcome... outcomes) {
        Caller[] callers = Caller.values();
        if (outcomes.length != callers.length) {
            throw new IllegalArgumentException(handler + ": one outcome per caller, " + callers.length + " in all");
        }
        Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
        for (int i = 0; i < callers.length; i++) {
            expected.put(callers[i], outcomes[i]);
        }
        return new Row(handler, example, expected);
    }

    static Example get(String uri) {
        return new Example("GET " + uri, false, (mvc, caller) -> mvc.get().uri(uri).with(caller).exchange());
    }

    static Example postJson(String uri, String json) {
        return new Example("POST " + uri, true,
                (mvc, caller) -> mvc.post()
                    .uri(uri)
                    .with(csrf())
                    .with(caller)
                    .contentType("application/json")
                    .content(json)
                    .exchange());
    }

    static Example putJson(String uri, String json) {
        return new Example("PUT " + uri, true,
                (mvc, caller) -> mvc.put()
                    .uri(uri)
                    .with(csrf())
                    .with(caller)
                    .contentType("application/json")
                    .content(json)
                    .exchange());
    }

    static Example post(String uri, String... params) {
        return new Example("POST " + uri, true,
                (mvc, caller) -> mvc.post().uri(uri).params(params(params)).with(csrf()).with(caller).exchange());
    }

    /**
     * The error page as the container reaches it: a forward to /error carrying the
     * status.
     */
    static Example errorPage(int status) {
        return new Example("error page " + status, false,
                (mvc, caller) -> mvc.get()
                    .uri("/error")
                    .requestAttr("jakarta.servlet.error.status_code", status)
                    .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page")
                    .accept("text/html")
                    .with(caller)
                    .exchange());
    }

    /**
     * A dry run through the import page, so that nothing is written even for the callers
     * who may import.
     */
    static Example uploadPage(String kind, String csv) {
        return new Example("POST /imports " + kind, true, (mvc, caller) -> mvc.post()
            .uri("/imports")
            .with(csrf())
            .with(caller)
            .multipart()
            .file(new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("kind", kind)
            .param("action", "check")
            .exchange());
    }

    static Example uploadApi(String kind, String csv) {
        return new Example("POST /api/v1/imports/" + kind, true,
                (mvc, caller) -> mvc.post()
                    .uri("/api/v1/imports/" + kind + "?dryRun=true")
                    .with(csrf())
                    .with(caller)
                    .contentType("text/csv")
                    .content(csv)
                    .exchange());
    }

    /**
     * Results framework (issue 5): a request to a record known by its database id, found
     * as the administrator on a list page (its first link matching {@code link}), then
     * sent as the caller to that id and {@code suffix}.
     */
    static Example listed(String method, String list, String link, String suffix, String... params) {
        String base = link.substring(0, link.indexOf('('));
        return new Example(method + " " + base + "{id}" + suffix, "POST".equals(method), (mvc, caller) -> {
            MvcTestResult page = mvc.get().uri(list).with(user("admin").roles("ADMIN")).exchange();
            java.util.regex.Matcher found = java.util.regex.Pattern.compile(link).matcher(body(page));
            if (!found.find()) {
                throw new IllegalStateException("no link " + link + " on " + list);
            }
            String uri = base + found.group(1) + suffix;
            return "POST".equals(method)
                    ? mvc.post().uri(uri).params(params(params)).with(csrf()).with(caller).exchange()
                    : mvc.get().uri(uri).with(caller).exchange();
        });
    }

    static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A form's fields with some of them replaced (or added). */
    static String[] with(String[] form, String... changes) {
        List<String> fields = new ArrayList<>(Arrays.asList(form));
        for (int c = 0; c < changes.length; c += 2) {
            int at = -1;
            for (int i = 0; i < fields.size(); i += 2) {
                if (fields.get(i).equals(changes[c])) {
                    at = i;
                }
            }
            if (at >= 0) {
                fields.set(at + 1, changes[c + 1]);
            }
            else {
                fields.add(changes[c]);
                fields.add(changes[c + 1]);
            }
        }
        return fields.toArray(String[]::new);
    }

}
