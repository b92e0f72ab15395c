package ca.contingent.imports;

import java.io.IOException;
import java.io.InputStream;

import ca.contingent.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportReferenceDataIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    ReferenceDataLoader loader;

    @Test
    void referenceDataIsLoadedOnce() {
        assertThat(count("person")).isEqualTo(151);
        assertThat(count("agency")).isEqualTo(19);
        assertThat(count("mission")).isEqualTo(16);
        assertThat(count("deployment")).isEqualTo(176);
        assertThat(count("activity")).isEqualTo(59);
        assertThat(this.loader.load()).as("a second start loads nothing").isEmpty();
        assertThat(count("person")).isEqualTo(151);
    }

    @Test
    @Transactional
    void importingTheShippedFilesAgainChangesNothing() throws IOException {
        for (ImportKind kind : ReferenceDataLoader.ORDER) {
            try (InputStream in = new ClassPathResource(kind.exampleResource()).getInputStream()) {
                ImportResult result = this.imports.importCsv(kind, in, false, ImportScope.everything());
                assertThat(result.created()).as(kind.path()).isZero();
                assertThat(result.updated()).as(kind.path()).isZero();
                assertThat(result.unchanged()).as(kind.path()).isEqualTo(result.rows()).isPositive();
            }
        }
    }

    /**
     * The whole data set again into emptied tables, on a warm JVM; rolled back. Prints
     * the time it took.
     */
    @Test
    @Transactional
    void loadsTheWholeDataSetIntoAnEmptyDatabase() {
        for (String table : new String[] { "highlight", "indicator_target", "indicator", "outcome", "activity",
                "deployment", "person", "mission", "agency" }) {
            this.jdbc.sql("delete from " + table).update();
        }
        long started = System.nanoTime();
        assertThat(this.loader.load()).extracting(ImportResult::created)
            .containsExactly(19, 16, 151, 176, 59, 9, 8, 14, 15);
        System.out.printf("Reference data set (9 files, 151 people) imported in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(count("person")).isEqualTo(151);
    }

    private int count(String table) {
        return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

}
