package ca.contingent.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The annual report as documents for the reference year: each format opens, shows the
 * JSON report's figures in the chosen language, and the French one shows no English
 * interface text. Expected figures are read from the JSON report, never written here.
 */
@IntegrationTest
class AnnualReportDocumentIntegrationTests {

    private static final String YEAR = "2024-25";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "en", "fr" })
    void pdfOpensAndShowsTheTotalsInTheChosenLanguage(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        JsonNode totals = report(lang).get("totals");
        String text = DocumentTexts.pdfText(document("pdf", lang).getContentAsByteArray());

        assertThat(text).contains(message("document.title", locale, YEAR));
        assertThat(text).contains(totals.get("personnel").asInt() + " " + message("report.totals.personnel", locale),
                totals.get("women").asInt() + " "
                        + message("report.totals.women", locale, totals.get("womenPercent").asInt()),
                totals.get("missions").asInt() + " " + message("report.totals.missions", locale),
                totals.get("contributingAgencies").asInt() + " "
                        + message("report.totals.contributingAgencies", locale),
                totals.get("partnerAgencies").asInt() + " " + message("report.totals.partnerAgencies", locale),
                totals.get("newPartnerAgencies").asInt() + " " + message("report.totals.newPartnerAgencies", locale),
                totals.get("womenInLeadership").asInt() + " " + message("report.totals.womenInLeadership", locale));
        if (lang.equals("fr")) {
            // Accents, œ and the typographic apostrophe survive the PDF's standard font.
            assertThat(text).contains("L’année en chiffres", "coup d’œil", "déployés", "Séances données");
        }
        else {
            assertThat(text).contains("The year in figures", "police officers and civilian experts deployed");
        }
    }

    @Test
    void xlsxTotalsMissionsAndActivitiesEqualTheJsonReport() throws IOException {
        JsonNode report = report("en");
        try (XSSFWorkbook workbook = workbook("en")) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("At a glance");
            assertThat(totals(workbook.getSheetAt(0))).isEqualTo(totalsOf(report, Locale.ENGLISH));
            assertThat(missionRows(workbook.getSheet("Missions"))).isEqualTo(missionRowsOf(report));
            assertThat(activityRows(workbook.getSheet("Activities"))).isEqualTo(activityRowsOf(report));
        }
    }

    @Test
    void theResultsAndHighlightsOfTheYearAreThoseOfTheResultsApiAndTheStoredHighlights() throws IOException {
        MvcTestResult api = this.mvc.get().uri("/api/v1/reports/results/" + YEAR).with(TestUsers.analyst()).exchange();
        assertThat(api).hasStatusOk();
        List<String> expected = new ArrayList<>();
        this.json.readTree(api.getResponse().getContentAsByteArray())
            .get("items")
            .forEach((item) -> expected.add((item.get("mission").isNull() ? "-" : item.get("mission").asString()) + " "
                    + (item.get("actual").isNull() ? "none"
                            : new java.math.BigDecimal(item.get("actual").asString()).stripTrailingZeros()
                                .toPlainString())));
        assertThat(expected).as("the reference year has targets").isNotEmpty();
        List<String> highlights = this.jdbc.sql("""
                select h.title_en from highlight h where h.fiscal_year = ? order by h.title_en""")
            .param(YEAR)
            .query(String.class)
            .list();
        assertThat(highlights).as("the reference year has highlights").isNotEmpty();
        try (XSSFWorkbook workbook = workbook("en")) {
            Sheet results = workbook.getSheet("Results");
            assertThat(results).isNotNull();
            List<String> actual = new ArrayList<>();
            for (int r = 1; r <= results.getLastRowNum(); r++) {
                String mission = results.getRow(r).getCell(1).getStringCellValue();
                org.apache.poi.ss.usermodel.Cell cell = results.getRow(r).getCell(5);
                actual.add(("Whole program".equals(mission) ? "-" : mission) + " "
                        + (cell == null ? "none"
                                : java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                                    .stripTrailingZeros()
                                    .toPlainString()));
            }
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            Sheet sheet = workbook.getSheet("Highlights");
            List<String> titles = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(titles).containsExactlyInAnyOrderElementsOf(highlights);
        }
        String pdf = DocumentTexts.pdfText(document("pdf", "en").getContentAsByteArray());
        assertThat(pdf).contains(highlights.get(0).substring(0, Math.min(20, highlights.get(0).length())));
    }

    @Test
    void xlsxHeadersAreBoldFiguresNumericAndTheFrenchWorkbookSpeaksFrench() throws IOException {
        JsonNode report = report("fr");
        try (XSSFWorkbook workbook = workbook("fr")) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("En un coup d’œil");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Missions");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Activités");
            assertThat(totals(workbook.getSheetAt(0))).isEqualTo(totalsOf(report, Locale.FRENCH));
            Sheet missions = workbook.getSheetAt(1);
            Row header = missions.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mission");
            assertThat(header.getCell(3).getStringCellValue()).isEqualTo("Lieu");
            for (Cell cell : header) {
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as("header bold").isTrue();
            }
            assertThat(missions.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            List<String> topLevel = new ArrayList<>();
            report.get("missions").forEach((mission) -> {
                if (mission.get("parent").isNull()) {
                    topLevel.add(mission.get("name").asString());
                }
            });
            assertThat(missions.getRow(1).getCell(1).getStringCellValue()).isEqualTo(topLevel.get(0));
        }
    }

    @ParameterizedTest
    @CsvSource({ "pdf, application/pdf, attachment",
            "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, attachment",
            "html, text/html;charset=UTF-8, inline" })
    void answersWithTheFormatsTypeAndAFileName(String format, String contentType, String disposition) {
        for (String lang : List.of("en", "fr")) {
            MockHttpServletResponse response = document(format, lang);
            assertThat(response.getContentType()).isEqualTo(contentType);
            assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo(disposition + "; filename=\"contingent-annual-report-2024-25-" + lang + "." + format + "\"");
        }
    }

    @Test
    void theFrenchDocumentShowsNoEnglishInterfaceText() {
        List<String> english = DocumentTexts.englishOnlyFragments();
        assertThat(english).as("the check has English text to look for")
            .contains("The year in figures", "police officers and civilian experts deployed", "Sessions delivered");
        List<String> data = dataOf("fr");

        String html = new String(document("html", "fr").getContentAsByteArray(), StandardCharsets.UTF_8);
        String htmlText = DocumentTexts.htmlText(html);
        for (String value : data) {
            htmlText = htmlText.replace(value, " ");
        }
        String remaining = htmlText;
        assertThat(english).as("English text in the French page")
            .noneMatch((fragment) -> DocumentTexts.contains(remaining, fragment));

        // In the PDF a long name may wrap inside a table cell and interleave with its
        // neighbours: every word of the
        // records is taken out, not only whole names.
        String pdfOriginal = DocumentTexts.pdfText(document("pdf", "fr").getContentAsByteArray());
        String pdfText = pdfOriginal;
        for (String value : data) {
            pdfText = pdfText.replace(value, " ");
        }
        for (String value : data) {
            for (String word : value.split("[\\s,()]+")) {
                if (word.length() >= 4) {
                    pdfText = pdfText.replaceAll("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})", " ");
                }
            }
        }
        String pdfRemaining = pdfText;
        assertThat(english).as("English text in the French PDF")
            .noneMatch((fragment) -> DocumentTexts.contains(pdfRemaining, fragment));
        // The control: the French text is there.
        assertThat(remaining).contains("L’année en chiffres");
        assertThat(pdfOriginal).contains("L’année en chiffres");
    }

    /**
     * The one comparison across every view of the reference year: the JSON report, the
     * report page, the PDF and the workbook show the same totals and the same head count
     * for each mission.
     */
    @Test
    void jsonPagePdfAndXlsxShowTheSameFiguresFor2024_25() throws IOException {
        JsonNode report = report("en");
        JsonNode totals = report.get("totals");
        Map<String, Integer> jsonTotals = new LinkedHashMap<>();
        for (String name : List.of("personnel", "women", "missions", "contributingAgencies", "partnerAgencies",
                "newPartnerAgencies", "womenInLeadership")) {
            jsonTotals.put(name, totals.get(name).asInt());
        }
        Map<String, int[]> jsonMissions = new LinkedHashMap<>();
        report.get("missions")
            .forEach((mission) -> jsonMissions.put(mission.get("code").asString(),
                    new int[] { mission.get("personnel").asInt(), mission.get("women").asInt() }));
        assertThat(jsonTotals.get("personnel")).isPositive();
        assertThat(jsonMissions).isNotEmpty();

        // The page
        String page = new String(this.mvc.get()
            .uri("/reports/annual/" + YEAR)
            .with(TestUsers.analyst())
            .exchange()
            .getResponse()
            .getContentAsByteArray(), StandardCharsets.UTF_8);
        Map<String, String> pageIds = Map.of("personnel", "total-personnel", "women", "total-women", "missions",
                "total-missions", "contributingAgencies", "total-contributing", "partnerAgencies", "total-partners",
                "newPartnerAgencies", "total-new-partners", "womenInLeadership", "total-women-leaders");
        jsonTotals
            .forEach((name, value) -> assertThat(figure(page, pageIds.get(name))).as("page " + name).isEqualTo(value));
        jsonMissions.forEach((code, figures) -> assertThat(glanceRow(page, code)).as("page " + code)
            .containsExactly(figures[0], figures[1]));

        // The PDF: each total next to its label, each mission's head count and agencies
        // in its sentence.
        String pdf = DocumentTexts.pdfText(document("pdf", "en").getContentAsByteArray());
        Map<String, String> labels = Map.of("personnel", "report.totals.personnel", "missions",
                "report.totals.missions", "contributingAgencies", "report.totals.contributingAgencies",
                "partnerAgencies", "report.totals.partnerAgencies", "newPartnerAgencies",
                "report.totals.newPartnerAgencies", "womenInLeadership", "report.totals.womenInLeadership");
        labels.forEach((name, key) -> assertThat(pdf).as("PDF " + name)
            .contains(jsonTotals.get(name) + " " + message(key, Locale.ENGLISH)));
        assertThat(pdf).contains(jsonTotals.get("women") + " "
                + message("report.totals.women", Locale.ENGLISH, totals.get("womenPercent").asInt()));
        Map<String, String> agencyNames = agencyNames("en");
        report.get("missions")
            .forEach((mission) -> assertThat(pdf).as("PDF " + mission.get("code").asString())
                .contains(served(mission, agencyNames)));

        // The workbook
        try (XSSFWorkbook workbook = workbook("en")) {
            List<Number> cells = totals(workbook.getSheetAt(0)).values().stream().toList();
            assertThat(cells).containsExactly(jsonTotals.get("personnel"), jsonTotals.get("women"),
                    totals.get("womenPercent").asInt(), jsonTotals.get("missions"),
                    jsonTotals.get("contributingAgencies"), jsonTotals.get("partnerAgencies"),
                    jsonTotals.get("newPartnerAgencies"), jsonTotals.get("womenInLeadership"));
            Map<String, int[]> sheetMissions = new LinkedHashMap<>();
            for (Row row : workbook.getSheet("Missions")) {
                if (row.getRowNum() > 0 && row.getCell(1) != null && !row.getCell(1).getStringCellValue().isEmpty()) {
                    sheetMissions.put(row.getCell(0).getStringCellValue(), new int[] {
                            (int) row.getCell(5).getNumericCellValue(), (int) row.getCell(6).getNumericCellValue() });
                }
            }
            assertThat(sheetMissions.keySet()).containsExactlyInAnyOrderElementsOf(jsonMissions.keySet());
            jsonMissions.forEach(
                    (code, figures) -> assertThat(sheetMissions.get(code)).as("XLSX " + code).containsExactly(figures));
        }
    }

    @ParameterizedTest
    @CsvSource({ "2024-26, pdf, en, fiscalYear", "2024, pdf, en, fiscalYear", "2024-25, doc, en, format",
            "2024-25, PDF, en, format", "2024-25, pdf, de, lang", "2024-25, xlsx, EN, lang" })
    void refusesABadParameterWith400NamingIt(String year, String format, String lang, String parameter) {
        assertThat(this.mvc.get()
            .uri("/api/v1/reports/annual/{year}/document?format={format}&lang={lang}", year, format, lang)
            .with(TestUsers.analyst())).hasStatus(400)
            .bodyJson()
            .hasPathSatisfying("$.parameter", (value) -> value.assertThat().isEqualTo(parameter))
            .hasPathSatisfying("$.detail", (value) -> value.assertThat().asString().contains(parameter));
    }

    @Test
    void withoutParametersItIsAPdfInTheCallersLanguage() {
        MockHttpServletResponse response = this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25/document")
            .header("Accept-Language", "fr")
            .with(TestUsers.analyst())
            .exchange()
            .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"contingent-annual-report-2024-25-fr.pdf\"");
        assertThat(DocumentTexts.pdfText(response.getContentAsByteArray())).contains("Rapport annuel 2024-25");
    }

    @Test
    void explainsABadParameterInFrench() {
        assertThat(this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25/document?format=docx&lang=fr")
            .header("Accept-Language", "fr")
            .with(TestUsers.analyst())).hasStatus(400)
            .bodyJson()
            .hasPathSatisfying("$.detail",
                    (value) -> value.assertThat()
                        .asString()
                        .contains("n’est pas une valeur valide du paramètre « format »"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = { "ADMIN", "PROGRAM_OFFICER", "AGENCY_COORDINATOR", "MISSION_COMMANDER", "ANALYST", "AUDITOR" })
    void everyRoleThatReadsReportsGetsTheDocumentAndTheExportIsAudited(String role) {
        String username = "t-doc-" + role.toLowerCase(Locale.ROOT);
        assertThat(this.mvc.get()
            .uri("/api/v1/reports/annual/2024-25/document?format=html&lang=en")
            .with(user(username).roles(role))).hasStatusOk();
        assertThat(this.jdbc.sql("""
                select count(*) from audit_event
                where username = ? and action = 'EXPORT' and entity = 'annual-report' and key = '2024-25'
                  and detail = 'format=html lang=en'""").param(username).query(Integer.class).single()).isPositive();
    }

    @Test
    void anonymousCallersMustSignIn() {
        assertThat(this.mvc.get().uri("/api/v1/reports/annual/2024-25/document?format=pdf")).hasStatus(401);
    }

    @Test
    void theReportPageOffersEveryDocumentInBothLanguages() {
        String page = new String(this.mvc.get()
            .uri("/reports/annual/" + YEAR)
            .with(TestUsers.analyst())
            .exchange()
            .getResponse()
            .getContentAsByteArray(), StandardCharsets.UTF_8);
        for (String format : List.of("pdf", "xlsx", "html")) {
            for (String lang : List.of("en", "fr")) {
                assertThat(page)
                    .contains("/api/v1/reports/annual/2024-25/document?format=" + format + "&amp;lang=" + lang);
            }
        }
        assertThat(page).contains("Download the report");
    }

    @Test
    void thePrintablePageLinksItsStyleSheetAndHasNoInlineStyle() {
        String html = new String(document("html", "en").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("href=\"/css/document.css\"").doesNotContain("<style", "style=\"", "<script");
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(this.mvc.get().uri("/css/document.css")).hasStatusOk();
    }

    // Helpers

    private MockHttpServletResponse document(String format, String lang) {
        MvcTestResult result = this.mvc.get()
            .uri("/api/v1/reports/annual/" + YEAR + "/document?format=" + format + "&lang=" + lang)
            .with(TestUsers.analyst())
            .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse();
    }

    private JsonNode report(String lang) {
        MvcTestResult result = this.mvc.get()
            .uri("/api/v1/reports/annual/" + YEAR + "?lang=" + lang)
            .with(TestUsers.analyst())
            .exchange();
        assertThat(result).hasStatusOk();
        return this.json.readTree(result.getResponse().getContentAsByteArray());
    }

    private XSSFWorkbook workbook(String lang) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(document("xlsx", lang).getContentAsByteArray()));
    }

    private String message(String key, Locale locale, Object... arguments) {
        return this.messages.getMessage(key, arguments, locale);
    }

    /** The totals block of the first sheet: label to number, in sheet order. */
    private static Map<String, Number> totals(Sheet sheet) {
        Map<String, Number> totals = new LinkedHashMap<>();
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            totals.put(row.getCell(0).getStringCellValue(), (int) row.getCell(1).getNumericCellValue());
        }
        return totals;
    }

    private Map<String, Number> totalsOf(JsonNode report, Locale locale) {
        JsonNode totals = report.get("totals");
        Map<String, Number> expected = new LinkedHashMap<>();
        expected.put(message("report.totals.personnel", locale), totals.get("personnel").asInt());
        expected.put(message("document.charts.women", locale), totals.get("women").asInt());
        expected.put(message("document.totals.womenPercent", locale), totals.get("womenPercent").asInt());
        expected.put(message("report.totals.missions", locale), totals.get("missions").asInt());
        expected.put(message("report.totals.contributingAgencies", locale), totals.get("contributingAgencies").asInt());
        expected.put(message("report.totals.partnerAgencies", locale), totals.get("partnerAgencies").asInt());
        expected.put(message("report.totals.newPartnerAgencies", locale), totals.get("newPartnerAgencies").asInt());
        expected.put(message("report.totals.womenInLeadership", locale), totals.get("womenInLeadership").asInt());
        return expected;
    }

    /**
     * Mission code to "personnel/women" and each agency row as code|agency name to
     * personnel.
     */
    private static Map<String, Integer> missionRows(Sheet sheet) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String code = row.getCell(0).getStringCellValue();
            Cell agency = row.getCell(4);
            if (agency == null || agency.getStringCellValue().isEmpty()) {
                rows.put(code + " personnel", (int) row.getCell(5).getNumericCellValue());
                rows.put(code + " women", (int) row.getCell(6).getNumericCellValue());
            }
            else {
                rows.put(code + " " + agency.getStringCellValue(), (int) row.getCell(5).getNumericCellValue());
            }
        }
        return rows;
    }

    private Map<String, Integer> missionRowsOf(JsonNode report) {
        Map<String, String> names = agencyNames("en");
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<JsonNode> missions = new ArrayList<>();
        report.get("missions").forEach(missions::add);
        for (JsonNode mission : missions) {
            String code = mission.get("code").asString();
            rows.put(code + " personnel", mission.get("personnel").asInt());
            rows.put(code + " women", mission.get("women").asInt());
            mission.get("agencies")
                .forEach((agency) -> rows.put(code + " " + names.get(agency.get("code").asString()),
                        agency.get("personnel").asInt()));
        }
        return rows;
    }

    /** Activity lines as "mission|type|category" to "sessions/participants/women". */
    private static Map<String, String> activityRows(Sheet sheet) {
        Map<String, String> rows = new HashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                rows.put(
                        row.getCell(0).getStringCellValue() + "|" + row.getCell(3).getStringCellValue() + "|"
                                + row.getCell(2).getStringCellValue(),
                        (long) row.getCell(4).getNumericCellValue() + "/" + (long) row.getCell(5).getNumericCellValue()
                                + "/" + (long) row.getCell(6).getNumericCellValue());
            }
        }
        return rows;
    }

    private Map<String, String> activityRowsOf(JsonNode report) {
        Map<String, String> rows = new HashMap<>();
        report.get("activities")
            .forEach((activity) -> rows.put(
                    activity.get("mission").asString() + "|" + activity.get("type").asString() + "|"
                            + message("report.category." + activity.get("category").asString(), Locale.ENGLISH),
                    activity.get("sessions").asLong() + "/" + activity.get("participants").asLong() + "/"
                            + activity.get("participantsWomen").asLong()));
        return rows;
    }

    /**
     * The first sentence about a mission as the documents write it, from the JSON report
     * and the agencies' names.
     */
    private String served(JsonNode mission, Map<String, String> agencyNames) {
        List<String> parts = new ArrayList<>();
        mission.get("agencies")
            .forEach((agency) -> parts
                .add(agencyNames.get(agency.get("code").asString()) + " (" + agency.get("personnel").asInt() + ")"));
        String and = message("report.and", Locale.ENGLISH);
        String list = parts.size() <= 1 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
        return DocumentTexts.normalise(message("report.served", Locale.ENGLISH, YEAR, mission.get("personnel").asInt(),
                mission.get("name").asString(), list));
    }

    private Map<String, String> agencyNames(String lang) {
        Map<String, String> names = new HashMap<>();
        this.jdbc.sql("select code, name_" + lang + " as name from agency").query((rs) -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    /**
     * Every record text the French document shows: mission names, codes, locations,
     * agency names, activity types.
     */
    private List<String> dataOf(String lang) {
        JsonNode report = report(lang);
        List<String> data = new ArrayList<>(agencyNames(lang).values());
        report.get("missions").forEach((mission) -> {
            data.add(mission.get("name").asString());
            data.add(mission.get("code").asString());
            data.add(mission.get("location").asString());
        });
        report.get("activities").forEach((activity) -> data.add(activity.get("type").asString()));
        // Highlights and indicator names are record text too, written by people in each
        // language.
        String suffix = "fr".equals(lang) ? "fr" : "en";
        data.addAll(this.jdbc.sql("select title_" + suffix + " from highlight").query(String.class).list());
        data.addAll(this.jdbc.sql("select text_" + suffix + " from highlight").query(String.class).list());
        data.addAll(this.jdbc.sql("select name_" + suffix + " from indicator").query(String.class).list());
        data.sort(Comparator.comparing(String::length).reversed());
        return data;
    }

    private static int figure(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"><span class=\"figure\">(\\d+)</span>").matcher(page);
        assertThat(matcher.find()).as(id + " on the page").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static List<Integer> glanceRow(String page, String code) {
        Matcher matcher = Pattern
            .compile("(?s)<tr[^>]*id=\"glance-" + Pattern.quote(code)
                    + "\">.*?<td class=\"num\">(\\d+)</td>\\s*<td class=\"num\">(\\d+)</td>")
            .matcher(page);
        assertThat(matcher.find()).as("glance row " + code).isTrue();
        return List.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

}
