package ca.contingent.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import com.jayway.jsonpath.JsonPath;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Imports from XLSX workbooks through the real endpoint (issue 5, item 6): the same
 * results as CSV for every kind, and the hostile-file corpus of "Bad input", each refused
 * whole with a message, nothing written, never a 500 or an out-of-memory. Rolled back
 * after each test.
 */
@IntegrationTest
@Transactional
class XlsxImportIntegrationTests {

    private static final String AGENCIES = """
            code,name_en,name_fr,type,province,partner_since
            T-XL1,Xlsx One,Xlsx Un,MUNICIPAL,QC,2030-04-01
            T-XL2,Xlsx Two,Xlsx Deux,REGIONAL,,2031-01-15
            """;

    private static final String SECRET = "contingent-xxe-secret-5b1f";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachKindFromAWorkbookGivesExactlyTheDryRunOfTheSameCsv() throws IOException {
        for (ImportKind kind : ImportKind.values()) {
            String csv = new ClassPathResource(kind.exampleResource()).getContentAsString(StandardCharsets.UTF_8);
            MvcTestResult fromCsv = dryRun(kind.path(), "text/csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(fromCsv).as(kind.path()).hasStatusOk();
            for (boolean typed : List.of(false, true)) {
                MvcTestResult fromXlsx = dryRun(kind.path(), Workbooks.MEDIA_TYPE, Workbooks.fromCsv(csv, typed));
                assertThat(fromXlsx).as("%s typed %s", kind.path(), typed).hasStatusOk();
                assertThat(body(fromXlsx)).as("%s typed %s", kind.path(), typed).isEqualTo(body(fromCsv));
            }
        }
    }

    @Test
    void typedCellsAreStoredAsTheirCsvTextWouldBe() {
        String missions = """
                code,name_en,name_fr,parent_code,organization,country,location,language,armed,authorized_strength,start_date,end_date
                T-XLM,Xlsx mission,Mission xlsx,,UN,HT,"Jacmel, Haiti",fr,true,12,2030-04-01,2031-03-31
                """;
        assertThat(post("missions", Workbooks.MEDIA_TYPE, Workbooks.fromCsv(missions, true))).hasStatusOk()
            .bodyJson()
            .extractingPath("$.created")
            .isEqualTo(1);
        assertThat(this.jdbc.sql("""
                select armed, authorized_strength, start_date::text, end_date::text, location
                from mission where code = 'T-XLM'""")
            .query((rs, n) -> List.of(rs.getBoolean(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)))
            .single()).containsExactly(true, 12, "2030-04-01", "2031-03-31", "Jacmel, Haiti");
        // The same file again, as CSV: nothing to change.
        assertThat(post("missions", "text/csv", missions.getBytes(StandardCharsets.UTF_8))).hasStatusOk()
            .bodyJson()
            .extractingPath("$.unchanged")
            .isEqualTo(1);
    }

    @Test
    void invalidRowsAreNamedAsInCsvAndNothingIsWritten() {
        String csv = AGENCIES + "T-XL3,Three,Trois,federal,,2030-02-30\n";
        MvcTestResult fromCsv = post("agencies", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MvcTestResult fromXlsx = post("agencies", Workbooks.MEDIA_TYPE, Workbooks.fromCsv(csv, true));
        assertThat(fromXlsx).hasStatus(422);
        assertThat(body(fromXlsx)).isEqualTo(body(fromCsv));
        List<Map<String, Object>> errors = JsonPath.read(body(fromXlsx), "$.errors");
        assertThat(errors).extracting((e) -> e.get("row") + " " + e.get("column"))
            .containsExactly("3 type", "3 partner_since");
        assertThat(agencies()).isZero();
    }

    @Test
    void aValidWorkbookIsWrittenAtomicallyAndAudited() {
        assertThat(post("agencies", Workbooks.MEDIA_TYPE, Workbooks.fromCsv(AGENCIES, true))).hasStatusOk()
            .bodyJson()
            .isEqualTo("""
                    {"kind":"agencies","rows":2,"created":2,"updated":0,"unchanged":0}""");
        assertThat(this.jdbc.sql("select partner_since::text from agency where code = 'T-XL2'")
            .query(String.class)
            .single()).isEqualTo("2031-01-15");
        assertThat(this.jdbc.sql("""
                select key from audit_event where action = 'CREATE' and entity = 'agency' and key like 'T-XL%'
                and username = 'admin' order by key""").query(String.class).list()).containsExactly("T-XL1", "T-XL2");
    }

    @Test
    void thePageTakesAWorkbookByItsBytesWhateverItsNameAndType() {
        MockMultipartFile file = new MockMultipartFile("file", "agencies.dat", "application/octet-stream",
                Workbooks.fromCsv(AGENCIES, true));
        assertThat(this.mvc.post()
            .uri("/imports")
            .with(TestUsers.admin())
            .with(csrf())
            .multipart()
            .file(file)
            .param("kind", "agencies")
            .param("action", "check")).hasStatusOk().bodyText().contains("id=\"import-result\"");
        // A hostile workbook through the page: the form again with the message, never an
        // error page.
        byte[] notAWorkbook = Workbooks.withPart(Workbooks.fromCsv(AGENCIES, false), "xl/workbook.xml", "<x");
        assertThat(this.mvc.post()
            .uri("/imports")
            .with(TestUsers.admin())
            .with(csrf())
            .multipart()
            .file(new MockMultipartFile("file", "agencies.xlsx", Workbooks.MEDIA_TYPE, notAWorkbook))
            .param("kind", "agencies")
            .param("action", "import")).hasStatus(400).bodyText().contains("not a readable XLSX workbook");
        assertThat(agencies()).isZero();
    }

    // The hostile-file corpus

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        // 200 MB of one byte compress to about 200 KB: an inflate ratio far past POI's
        // limit (1 %).
        byte[] bomb = Workbooks.withPart(Workbooks.fromCsv(AGENCIES, false), "xl/worksheets/sheet1.xml", (out) -> {
            Workbooks.write(out,
                    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + "<sheetData>");
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                write(out, spaces);
            }
            Workbooks.write(out, "</sheetData></worksheet>");
        });
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(post("agencies", Workbooks.MEDIA_TYPE, bomb), "zip bomb");
        // POI's limits as shipped: nothing in the application lowers the ratio or raises
        // the sizes.
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(0xFFFFFFFFL);
    }

    @Test
    void aHugeDeclaredDimensionAllocatesNothingAndIsRefused() {
        byte[] xlsx = Workbooks.fromCsv(AGENCIES, false);
        String sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
        String huge = sheet.contains("<dimension")
                ? sheet.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>")
                : sheet.replace("<sheetData", "<dimension ref=\"A1:XFD1048576\"/><sheetData");
        assertThat(huge).contains("A1:XFD1048576");
        long started = System.nanoTime();
        assertRefused(
                post("agencies", Workbooks.MEDIA_TYPE, Workbooks.withPart(xlsx, "xl/worksheets/sheet1.xml", huge)),
                "100,000 rows");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void externalEntitiesAreNeverResolvedInTheSheetOrInTheSharedStrings(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n";
        byte[] xlsx = Workbooks.fromCsv(AGENCIES, false);
        String sheet = Workbooks.part(xlsx, "xl/worksheets/sheet1.xml");
        String strings = Workbooks.part(xlsx, "xl/sharedStrings.xml");
        // In the sheet: an inline string made of the entity, in the place of a name.
        String hostileSheet = doctype + sheet.replaceFirst("^<\\?xml[^>]*\\?>", "")
            .replaceFirst("<c r=\"B2\"[^>]*>.*?</c>", "<c r=\"B2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>");
        // In the shared strings: the entity as the text of one of them.
        String hostileStrings = doctype
                + strings.replaceFirst("^<\\?xml[^>]*\\?>", "").replaceFirst("<t>Xlsx One</t>", "<t>&xxe;</t>");
        assertThat(hostileSheet).contains("&xxe;");
        assertThat(hostileStrings).contains("&xxe;");
        for (byte[] hostile : List.of(Workbooks.withPart(xlsx, "xl/worksheets/sheet1.xml", hostileSheet),
                Workbooks.withPart(xlsx, "xl/sharedStrings.xml", hostileStrings))) {
            for (String kind : List.of("agencies")) {
                MvcTestResult result = post(kind, Workbooks.MEDIA_TYPE, hostile);
                assertThat(body(result)).doesNotContain(SECRET);
                assertRefused(result, "DOCTYPE");
            }
        }
        assertThat(this.jdbc.sql("select count(*) from agency where name_en like ? or name_fr like ?")
            .params("%" + SECRET + "%", "%" + SECRET + "%")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void aWorkbookThatIsNotAZipIsRefused() {
        assertRefused(post("agencies", Workbooks.MEDIA_TYPE, AGENCIES.getBytes(StandardCharsets.UTF_8)),
                "not one (an XLSX file is a zip archive)");
        // A zip that is not a workbook.
        byte[] zip = Workbooks.withPart(Workbooks.fromCsv(AGENCIES, false), "xl/workbook.xml", "not xml at all");
        assertRefused(post("agencies", Workbooks.MEDIA_TYPE, zip), "not a readable XLSX workbook");
    }

    @Test
    void aFormulaCellRefusesTheWholeFileNamingTheCell() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new java.io.ByteArrayInputStream(Workbooks.fromCsv(AGENCIES, true)))) {
            workbook.getSheetAt(0).getRow(2).getCell(1).setCellFormula("HYPERLINK(\"http://x.example\",\"x\")");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertRefused(post("agencies", Workbooks.MEDIA_TYPE, xlsx), "Cell B3");
    }

    @Test
    void aMillionRowsStopAtTheRowLimitWithoutReadingTheRest(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("million.xlsx");
        long generating = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] names = AGENCIES.lines().findFirst().orElseThrow().split(",");
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r <= 1_000_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("T-M" + r);
                row.createCell(1).setCellValue(r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        long started = System.nanoTime();
        assertRefused(post("agencies", Workbooks.MEDIA_TYPE, bytes), "more than 100,000 rows");
        System.out.printf("A million rows: %,d bytes generated in %d ms, refused in %d ms%n", bytes.length,
                (started - generating) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused after reading 100,000 rows at most")
            .isLessThan(Duration.ofSeconds(60));
    }

    @Test
    void aCsvMixingUtf8AndLatin1IsRefusedNamingTheLine() {
        byte[] utf8 = (AGENCIES.lines().findFirst().orElseThrow() + "\nT-XL1,Sûreté,Sûreté,MUNICIPAL,QC,2030-04-01\n")
            .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "T-XL2,Sûreté,Sûreté,REGIONAL,,2031-01-15\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
        assertRefused(post("agencies", "text/csv", mixed), "Line 3 of the file is not UTF-8 text (byte FB");
    }

    @Test
    void aWorkbookOverTheSizeLimitIsRefusedWith413() {
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;
        assertThat(post("agencies", Workbooks.MEDIA_TYPE, large)).hasStatus(413);
        assertThat(agencies()).isZero();
    }

    private void assertRefused(MvcTestResult result, String message) {
        assertThat(result).hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains(message);
        assertThat(agencies()).isZero();
    }

    private int agencies() {
        return this.jdbc.sql("select count(*) from agency where code like 'T-XL%' or code like 'T-M%'")
            .query(Integer.class)
            .single();
    }

    private MvcTestResult dryRun(String kind, String type, byte[] body) {
        return this.mvc.post()
            .uri("/api/v1/imports/{kind}?dryRun=true", kind)
            .with(TestUsers.admin())
            .with(csrf())
            .contentType(type)
            .content(body)
            .exchange();
    }

    private MvcTestResult post(String kind, String type, byte[] body) {
        return this.mvc.post()
            .uri("/api/v1/imports/{kind}", kind)
            .with(TestUsers.admin())
            .with(csrf())
            .contentType(type)
            .content(body)
            .exchange();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
