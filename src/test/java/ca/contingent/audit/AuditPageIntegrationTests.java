package ca.contingent.audit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The auditor's page and its export. Events are inserted with times in 2030, so that a
 * date filter on 2030 sees only this test's rows; everything but the EXPORT events rolls
 * back (those are written in a transaction of their own, on purpose, and are found by a
 * key no other run uses).
 */
@IntegrationTest
@Transactional
class AuditPageIntegrationTests {

    private static final Pattern ROW = Pattern.compile("<tr id=\"event-\\d+\">\\s*<td><time[^>]*>([^<]*)</time></td>"
            + "\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>");

    private static final String MAY_2030 = "from=2030-05-01&to=2030-05-31";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditorsBrowseTheLogNewestFirstAndFilterIt() {
        seed();

        assertThat(rows("/audit?" + MAY_2030)).containsExactly("2030-05-31 23:59:59|bob|Deleted|Mission|T-AUDP-2",
                "2030-05-10 12:00:00|Alice|Changed|Agency|T-AUDP-1",
                "2030-05-01 00:00:00|alice|Created|Agency|T-AUDP-1");
        assertThat(rows("/audit?user=ALICE&" + MAY_2030)).extracting((row) -> row.split("\\|")[1])
            .containsExactly("Alice", "alice");
        assertThat(rows("/audit?action=DELETE&" + MAY_2030))
            .containsExactly("2030-05-31 23:59:59|bob|Deleted|Mission|T-AUDP-2");
        assertThat(rows("/audit?entity=agency&" + MAY_2030)).hasSize(2).allMatch((row) -> row.endsWith("T-AUDP-1"));
        assertThat(rows("/audit?key=T-AUDP-2")).containsExactly("2030-05-31 23:59:59|bob|Deleted|Mission|T-AUDP-2");
        assertThat(rows("/audit?key=T-AUDP-1&user=alice&action=UPDATE&entity=agency")).hasSize(1);
        assertThat(this.mvc.get().uri("/audit?entity=mission").with(auditor())).bodyText()
            .contains("<option value=\"agency\">Agency</option>")
            .contains("<option value=\"mission\" selected=\"selected\">Mission</option>");
    }

    @Test
    void dateRangeIsWholeUtcDaysBothIncluded() {
        seed();

        assertThat(rows("/audit?from=2030-05-01&to=2030-05-01"))
            .containsExactly("2030-05-01 00:00:00|alice|Created|Agency|T-AUDP-1");
        assertThat(rows("/audit?from=2030-05-31&to=2030-05-31"))
            .containsExactly("2030-05-31 23:59:59|bob|Deleted|Mission|T-AUDP-2");
        // Just outside the range on either side.
        assertThat(rows("/audit?from=2030-05-02&to=2030-05-30")).extracting((row) -> row.split("\\|")[0])
            .containsExactly("2030-05-10 12:00:00");
        assertThat(rows("/audit?from=2030-06-01&to=2030-06-01"))
            .containsExactly("2030-06-01 00:00:00|carol|Exported|Audit log|");
    }

    @Test
    void theCountsAndLabelsAreInFrench() {
        seed();

        MvcTestResult page = this.mvc.get().uri("/audit?" + MAY_2030 + "&lang=fr").with(auditor()).exchange();
        assertThat(page).hasStatusOk()
            .bodyText()
            .contains("Journal d’audit")
            .contains("Type de fiche")
            .contains("3 événements, page 1 sur 1")
            .contains("Jours en UTC, bornes incluses.")
            .contains("Modifié : nameEn")
            .contains("Exporter en CSV");
        assertThat(rows(page)).containsExactly("2030-05-31 23:59:59|bob|Suppression|Mission|T-AUDP-2",
                "2030-05-10 12:00:00|Alice|Modification|Organisme|T-AUDP-1",
                "2030-05-01 00:00:00|alice|Création|Organisme|T-AUDP-1");
        assertThat(this.mvc.get().uri("/audit?" + MAY_2030).with(auditor()).exchange()).bodyText()
            .contains("3 events, page 1 of 1")
            .contains("Changed: nameEn")
            .contains("Record type")
            .contains("href=\"/audit/export.csv?from=2030-05-01&amp;to=2030-05-31&amp;page=\"");
    }

    @Test
    void aMistypedDateIsAMessageNotAnError() {
        seed();

        assertThat(this.mvc.get().uri("/audit?from=2030-13-01&key=T-AUDP-2").with(auditor()).exchange()).hasStatusOk()
            .bodyText()
            .contains("“2030-13-01” is not a date")
            .contains("T-AUDP-2");
        assertThat(this.mvc.get().uri("/audit?to=demain&key=T-AUDP-2&lang=fr").with(auditor()).exchange()).hasStatusOk()
            .bodyText()
            .contains("« demain » n’est pas une date");
    }

    @Test
    void theLogIsPagedFiftyAtATime() {
        for (int i = 0; i < 55; i++) {
            insert("2030-07-01T10:00:%02dZ".formatted(i), "pager", "UPDATE", "mission", "T-PAGE-" + i, null, null,
                    null);
        }

        MvcTestResult first = this.mvc.get().uri("/audit?user=pager").with(auditor()).exchange();
        assertThat(rows(first)).hasSize(50).first().asString().endsWith("T-PAGE-54");
        assertThat(first).bodyText()
            .contains("55 events, page 1 of 2")
            .contains("rel=\"next\"")
            .doesNotContain("rel=\"prev\"");
        MvcTestResult second = this.mvc.get().uri("/audit?user=pager&page=2").with(auditor()).exchange();
        assertThat(rows(second)).hasSize(5).last().asString().endsWith("T-PAGE-0");
        assertThat(second).bodyText().contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(rows("/audit?user=pager&page=nonsense")).hasSize(50);
    }

    @Test
    void beforeAndAfterAreShownAsPrettyPrintedText() {
        seed();

        assertThat(this.mvc.get().uri("/audit?key=T-AUDP-1&action=UPDATE").with(auditor()).exchange()).hasStatusOk()
            .bodyText()
            .contains("<details>")
            .contains("<summary>Changed: nameEn</summary>")
            .containsPattern("<pre>\\{\\s*\n\\s+&quot;nameEn&quot; : &quot;Old name&quot;")
            .contains("&quot;nameEn&quot; : &quot;New name&quot;");
    }

    @Test
    void namesRenderAsTextNotMarkup() {
        insert("2030-08-01T00:00:00Z", "Ève \"O'Brien\"", "UPDATE", "person", "<script>alert(1)</script>",
                "{\"name\": \"<script>alert(1)</script>\"}", "{\"name\": \"Ève \\\"O'Brien\\\"\"}",
                "<img src=x onerror=alert(1)>");

        MvcTestResult page = this.mvc.get().uri("/audit?from=2030-08-01&to=2030-08-01").with(auditor()).exchange();
        assertThat(page).hasStatusOk()
            .bodyText()
            .doesNotContain("<script>alert(1)</script>")
            .doesNotContain("<img src=x")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
            .contains("Ève &quot;O&#39;Brien&quot;")
            .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void onlyAdministratorsAndAuditorsMayUseThePage() {
        for (RequestPostProcessor role : List.of(user("officer").roles("PROGRAM_OFFICER"),
                user("analyst").roles("ANALYST"), user("coordinator").roles("AGENCY_COORDINATOR"))) {
            assertThat(this.mvc.get().uri("/audit").with(role)).hasStatus(403);
            assertThat(this.mvc.get().uri("/audit/export.csv").with(role)).hasStatus(403);
            assertThat(this.mvc.get().uri("/").with(role)).bodyText().doesNotContain("href=\"/audit\"");
        }
        assertThat(this.mvc.get().uri("/audit")).hasStatus3xxRedirection();
        assertThat(this.mvc.get().uri("/audit").with(user("admin").roles("ADMIN"))).hasStatusOk();
        assertThat(this.mvc.get().uri("/").with(auditor())).bodyText()
            .contains("href=\"/audit\"")
            .contains("Audit log");
    }

    @Test
    void exportHasTheFilteredRowsNeutralisedAndQuotedAndIsItselfAudited() throws IOException {
        String key = "T-EXP-" + UUID.randomUUID();
        String multiLine = "line one, with a comma\nline \"two\"";
        insert("2030-09-01T00:00:00Z", "=HYPERLINK(\"x\")", "UPDATE", "mission", key, "{\"a\": 1}", "{\"a\": 2}", "+1");
        insert("2030-09-02T00:00:00Z", "@SUM(1)", "DELETE", "mission", key, null, null, "-2");
        insert("2030-09-03T00:00:00Z", "Ève \"O'Brien\"", "CREATE", "mission", key, null, null, multiLine);
        insert("2030-09-03T00:00:00Z", "someone", "CREATE", "mission", "T-EXP-OTHER", null, null, null);

        MvcTestResult export = this.mvc.get()
            .uri("/audit/export.csv?key=" + key + "&from=2030-09-01")
            .with(auditor())
            .exchange();

        assertThat(export).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(export.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
            .contains("filename=\"audit-log-");
        byte[] bytes = export.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\"");

        List<CSVRecord> records = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
        assertThat(records).extracting((r) -> r.get("User"))
            .containsExactly("Ève \"O'Brien\"", "'@SUM(1)", "'=HYPERLINK(\"x\")");
        assertThat(records).extracting((r) -> r.get("Detail")).containsExactly(multiLine, "'-2", "'+1");
        assertThat(records).extracting((r) -> r.get("Key")).containsOnly(key);
        assertThat(records.get(2).get("Before")).isEqualTo("{\"a\": 1}");
        assertThat(records.get(2).get("When (UTC)")).isEqualTo("2030-09-01T00:00:00Z");

        assertThat(this.jdbc.sql("""
                select username || '|' || entity || '|' || coalesce(key, '') || '|' || detail from audit_event
                where action = 'EXPORT' and detail like ?""").param("%" + key + "%").query(String.class).list())
            .containsExactly("auditor|audit||key=" + key + "; from=2030-09-01");
    }

    @Test
    void exportHeadersFollowTheLanguage() {
        seed();

        MvcTestResult export = this.mvc.get().uri("/audit/export.csv?key=T-AUDP-2&lang=fr").with(auditor()).exchange();
        assertThat(export).hasStatusOk();
        assertThat(new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
            .startsWith("\uFEFFQuand (UTC),Utilisateur,Action,Type de fiche,Clé,Avant,Après,Détail\r\n")
            .contains(",bob,DELETE,mission,T-AUDP-2,");
    }

    private void seed() {
        insert("2030-05-01T00:00:00Z", "alice", "CREATE", "agency", "T-AUDP-1", null, "{\"nameEn\": \"Old name\"}",
                null);
        insert("2030-05-10T12:00:00Z", "Alice", "UPDATE", "agency", "T-AUDP-1",
                "{\"nameEn\": \"Old name\", \"version\": 0}", "{\"nameEn\": \"New name\", \"version\": 0}", null);
        insert("2030-05-31T23:59:59Z", "bob", "DELETE", "mission", "T-AUDP-2", "{\"code\": \"T-AUDP-2\"}", null, null);
        insert("2030-06-01T00:00:00Z", "carol", "EXPORT", "audit", null, null, null, "all");
        insert("2030-04-30T23:59:59Z", "dave", "CREATE", "mission", "T-AUDP-3", null, null, null);
    }

    private void insert(String at, String user, String action, String entity, String key, String before, String after,
            String detail) {
        this.jdbc.sql("""
                insert into audit_event (at, username, action, entity, key, before, after, detail)
                values (cast(? as timestamptz), ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
            .params(at, user, action, entity, key, before, after, detail)
            .update();
    }

    private List<String> rows(String uri) {
        MvcTestResult page = this.mvc.get().uri(uri).with(auditor()).exchange();
        assertThat(page).hasStatusOk();
        return rows(page);
    }

    /** Each row as "when|user|action|entity|key", as the page shows them. */
    private static List<String> rows(MvcTestResult page) {
        List<String> rows = new ArrayList<>();
        Matcher matcher = ROW.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        while (matcher.find()) {
            rows.add(String.join("|", matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                    matcher.group(5)));
        }
        return rows;
    }

    private static RequestPostProcessor auditor() {
        return user("auditor").roles("AUDITOR");
    }

}
