package ca.contingent.imports;

import java.nio.charset.StandardCharsets;

import ca.contingent.IntegrationTest;
import ca.contingent.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The /imports page. Rolled back after each test. */
@IntegrationTest
@Transactional
class ImportPageIntegrationTests {

    private static final String AGENCY_HEADER = "code,name_en,name_fr,type,province,partner_since\n";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void formRendersInEnglishAndFrench() {
        assertThat(this.mvc.get().uri("/imports").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Check (dry run)")
            .contains("Example: agencies.csv")
            .contains("/imports/examples/agencies.csv");
        assertThat(this.mvc.get().uri("/imports?lang=fr").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("Vérifier (essai à blanc)")
            .contains("Fichiers d’exemple");
    }

    @Test
    void dryRunShowsEveryInvalidRowAndSaysNothingWasWritten() {
        MvcTestResult result = upload("agencies", AGENCY_HEADER + "T-X,,X,COUNTY,,2030-01-01\nT-Y,Y,Y,FEDERAL,,nope\n",
                "check");
        assertThat(result).hasStatus(422)
            .bodyText()
            .contains("id=\"import-errors\"")
            .contains("Nothing was written")
            .contains("name_en")
            .contains("COUNTY")
            .contains("partner_since");
        assertThat(this.jdbc.sql("select count(*) from agency where code like 'T-%'").query(Integer.class).single())
            .isZero();
    }

    @Test
    void dryRunOfAValidFileShowsWhatWouldHappen() {
        assertThat(upload("agencies", AGENCY_HEADER + "T-X,X,X,FEDERAL,,2030-01-01\n", "check")).hasStatusOk()
            .bodyText()
            .contains("nothing was written")
            .contains("would create 1");
        assertThat(this.jdbc.sql("select count(*) from agency where code = 'T-X'").query(Integer.class).single())
            .isZero();
    }

    @Test
    void importShowsTheCounts() {
        assertThat(upload("agencies",
                AGENCY_HEADER + "T-X,X,X,FEDERAL,,2030-01-01\nRCMP,Royal Canadian Mounted Police,"
                        + "Gendarmerie royale du Canada,FEDERAL,,1989-01-01\n",
                "import"))
            .hasStatusOk()
            .bodyText()
            .contains("Import done: 1 created, 0 updated, 1 unchanged (2 rows).");
        assertThat(this.jdbc.sql("select count(*) from agency where code = 'T-X'").query(Integer.class).single())
            .isOne();
    }

    @Test
    void formErrorsInTheUsersLanguage() {
        MvcTestResult noFile = this.mvc.post()
            .uri("/imports?lang=fr")
            .with(TestUsers.admin())
            .with(csrf())
            .multipart()
            .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
            .param("kind", "agencies")
            .param("action", "check")
            .exchange();
        assertThat(noFile).hasStatus(400).bodyText().contains("Choisissez un fichier à importer.");
        assertThat(upload("agencies", "", "check")).hasStatus(400).bodyText().contains("The file is empty.");
    }

    @Test
    void saysTheFileWasTooLargeAfterTheUploadLimitSentTheUserBack() {
        assertThat(this.mvc.get().uri("/imports?tooLarge=true").with(TestUsers.admin())).hasStatusOk()
            .bodyText()
            .contains("The file is larger than the limit of 20,971,520 bytes.");
    }

    @Test
    void servesExampleFilesAsAttachments() {
        MvcTestResult result = this.mvc.get().uri("/imports/examples/personnel.csv").with(TestUsers.admin()).exchange();
        assertThat(result).hasStatusOk()
            .hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"personnel.csv\"");
        assertThat(result).bodyText().startsWith("external_id,family_name,");
        assertThat(this.mvc.get().uri("/imports/examples/weapons.csv").with(TestUsers.admin())).hasStatus(404);
    }

    @Test
    void analystCannotOpenThePage() {
        assertThat(this.mvc.get().uri("/imports").with(TestUsers.analyst())).hasStatus(403);
    }

    private MvcTestResult upload(String kind, String csv, String action) {
        return this.mvc.post()
            .uri("/imports")
            .with(TestUsers.admin())
            .with(csrf())
            .multipart()
            .file(new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
            .param("kind", kind)
            .param("action", action)
            .exchange();
    }

}
