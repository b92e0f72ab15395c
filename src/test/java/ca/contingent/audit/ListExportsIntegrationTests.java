package ca.contingent.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ca.contingent.IntegrationTest;
import ca.contingent.TestRecords;
import ca.contingent.TestUsers;
import ca.contingent.person.Accounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * "Download CSV" and "Download XLSX" of every list (issue 5, item 6): the list as
 * filtered on the page, in the caller's scope, with headers in the caller's language,
 * cells a spreadsheet would read as formulas neutralised, and each download in the audit
 * log. The files are read back with Commons CSV and Apache POI.
 */
@IntegrationTest
@Transactional
class ListExportsIntegrationTests {

    /** Every list page and the number of columns of its download. */
    private static final List<String> LISTS = List.of("/agencies", "/missions", "/people", "/deployments",
            "/activities", "/users", "/settings/readiness");

    private static final RequestPostProcessor COORDINATOR = user("t-xe-coord").roles("AGENCY_COORDINATOR");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        new TestRecords(this.jdbc).agency("T-XEA")
            .agency("T-XEB")
            .mission("T-XEM", null)
            .person("T-XEP1", "=HYPERLINK(\"http://evil.example\",\"x\")", "Xeanne", "F", "POLICE", "T-XEA", "en")
            .person("T-XEP2", "Xebrun", "@Xavier", "M", "POLICE", "T-XEA", "fr")
            .person("T-XEP3", "Xecarter", "Xenia", "F", "CIVILIAN", "T-XEB", "en")
            .deployment("T-XED1", "T-XEP1", "T-XEM", "LONG", "2030-04-01", "2030-09-30", "DEPLOYED");
        this.jdbc.sql("update agency set name_en = '-2+3', type = 'FEDERAL' where code = 'T-XEA'").update();
        new Accounts(this.jdbc).headquarters().coordinator("t-xe-coord", "T-XEA");
    }

    @Test
    void everyListDownloadsInBothFormatsWithItsHeaderRow() throws IOException {
        for (String list : LISTS) {
            MvcTestResult csv = get(list + "/export.csv", TestUsers.admin(), "en");
            assertThat(csv).as(list).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
            assertThat(csv.getResponse().getHeader("Content-Disposition")).as(list)
                .contains("attachment")
                .contains(".csv");
            List<CSVRecord> records = csv(csv);
            MvcTestResult xlsx = get(list + "/export.xlsx", TestUsers.admin(), "en");
            assertThat(xlsx).as(list)
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (XSSFWorkbook workbook = workbook(xlsx)) {
                Sheet sheet = workbook.getSheetAt(0);
                // The same rows in both formats, the header first, bold.
                assertThat(sheet.getLastRowNum() + 1).as(list).isEqualTo(records.size()).isGreaterThan(1);
                assertThat(text(sheet.getRow(0))).as(list).isEqualTo(records.get(0).toList());
                assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            }
        }
        assertThat(get("/agencies/export.pdf", TestUsers.admin(), "en")).hasStatus(404);
    }

    @Test
    void theAgencyListDownloadsAsFilteredWithRealDatesAndNumbersAndLocalisedHeaders() throws IOException {
        MvcTestResult xlsx = get("/agencies/export.xlsx?q=T-XE&type=MUNICIPAL&sort=code&dir=desc", TestUsers.admin(),
                "fr");
        try (XSSFWorkbook workbook = workbook(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0))).containsExactly("Code", "Nom (anglais)", "Nom (français)", "Type",
                    "Province", "Partenaire depuis", "Personnes");
            // Only T-XEB matches both filters (T-XEA is FEDERAL).
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("T-XEB");
            Cell since = row.getCell(5);
            assertThat(since.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
            assertThat(since.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2030, 1, 1));
            assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void cellsThatASpreadsheetWouldReadAsFormulasAreNeutralisedInBothFormats() throws IOException {
        List<CSVRecord> people = csv(get("/people/export.csv?q=Xe", TestUsers.admin(), "en"));
        List<CSVRecord> agencies = csv(get("/agencies/export.csv?q=T-XEA", TestUsers.admin(), "en"));
        assertThat(people.stream().map((r) -> r.get(1)).toList())
            .contains("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(people.stream().map((r) -> r.get(2)).toList()).contains("'@Xavier");
        assertThat(agencies.get(1).get(1)).isEqualTo("'-2+3");
        try (XSSFWorkbook workbook = workbook(get("/people/export.xlsx?q=Xe", TestUsers.admin(), "en"))) {
            List<String> cells = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    cells.add(new DataFormatter().formatCellValue(cell));
                }
            }
            assertThat(cells).contains("'=HYPERLINK(\"http://evil.example\",\"x\")", "'@Xavier")
                .doesNotContain("=HYPERLINK(\"http://evil.example\",\"x\")");
        }
    }

    @Test
    void aCoordinatorsDownloadHoldsOnlyTheirAgencysPeopleAndIsAudited() throws IOException {
        String marker = "Xe" + UUID.randomUUID().toString().substring(0, 4);
        for (String format : List.of("csv", "xlsx")) {
            MvcTestResult result = get("/people/export." + format + "?agency=T-XEB", COORDINATOR, "en");
            assertThat(result).hasStatusOk();
            List<String> ids = ids(result, format);
            // Another agency's filter gives nothing; no filter gives their own agency's
            // people, and only them.
            assertThat(ids).isEmpty();
            assertThat(ids(get("/people/export." + format, COORDINATOR, "en"), format))
                .containsExactlyInAnyOrder("T-XEP1", "T-XEP2");
            assertThat(ids(get("/deployments/export." + format, COORDINATOR, "en"), format)).containsExactly("T-XED1");
        }
        get("/people/export.xlsx?q=" + marker, COORDINATOR, "en");
        assertThat(this.jdbc.sql("""
                select username || ' ' || action || ' ' || entity || ' ' || detail from audit_event
                where detail like ?""").param("%" + marker + "%").query(String.class).list())
            .containsExactly("t-xe-coord EXPORT person xlsx q=" + marker);
    }

    @Test
    void analystsAndAuditorsDownloadNoPersonalList() {
        for (RequestPostProcessor caller : List.of(TestUsers.analyst(), user("t-xe-auditor").roles("AUDITOR"))) {
            for (String list : List.of("/people", "/deployments", "/users")) {
                for (String format : List.of("csv", "xlsx")) {
                    assertThat(get(list + "/export." + format, caller, "en")).as(list).hasStatus(403);
                }
            }
        }
    }

    private List<String> ids(MvcTestResult result, String format) throws IOException {
        List<String> ids = new ArrayList<>();
        if ("csv".equals(format)) {
            csv(result).stream().skip(1).forEach((record) -> ids.add(record.get(0)));
        }
        else {
            try (XSSFWorkbook workbook = workbook(result)) {
                for (Row row : workbook.getSheetAt(0)) {
                    if (row.getRowNum() > 0) {
                        ids.add(row.getCell(0).getStringCellValue());
                    }
                }
            }
        }
        return ids;
    }

    private MvcTestResult get(String uri, RequestPostProcessor caller, String language) {
        return this.mvc.get().uri(uri).with(caller).header("Accept-Language", language).exchange();
    }

    private static List<CSVRecord> csv(MvcTestResult result) throws IOException {
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static XSSFWorkbook workbook(MvcTestResult result) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
    }

    private static List<String> text(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach((cell) -> cells.add(new DataFormatter().formatCellValue(cell)));
        return cells;
    }

}
