package ca.contingent.database;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded server as the application starts it: durable, persistent, and one instance
 * per data folder.
 */
class EmbeddedPostgresIntegrationTests {

    final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @TempDir
    Path dataDir;

    @Test
    void runsWithFsyncSynchronousCommitAndFullPageWritesOn() throws Exception {
        try (EmbeddedPostgres postgres = this.configuration.embeddedPostgres(durable(true))) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(setting(jdbc, "fsync")).isEqualTo("on");
            assertThat(setting(jdbc, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(jdbc, "full_page_writes")).isEqualTo("on");
            assertThat(setting(jdbc, "server_version")).startsWith("17.");
        }
    }

    @Test
    void keepsCommittedRecordsAcrossARestart() throws Exception {
        try (EmbeddedPostgres postgres = this.configuration.embeddedPostgres(durable(true))) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            jdbc.sql("create table kept (value text)").update();
            jdbc.sql("insert into kept values ('still here')").update();
        }
        try (EmbeddedPostgres postgres = this.configuration.embeddedPostgres(durable(true))) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(jdbc.sql("select value from kept").query(String.class).single()).isEqualTo("still here");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataFolder() throws Exception {
        try (EmbeddedPostgres first = this.configuration.embeddedPostgres(durable(false))) {
            assertThatIllegalStateException().isThrownBy(() -> this.configuration.embeddedPostgres(durable(false)))
                .withMessageContaining(this.dataDir.toString())
                .withMessageContaining("in use by another running Contingent")
                .isInstanceOf(DataFolderInUseException.class);
            assertThat(JdbcClient.create(first.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
                .isEqualTo(1);
        }
    }

    @Test
    void closesTheConnectionPoolBeforeTheServer() throws Exception {
        try (EmbeddedPostgres postgres = this.configuration.embeddedPostgres(durable(false))) {
            DataSource dataSource = this.configuration.dataSource(postgres);
            assertThat(JdbcClient.create(dataSource).sql("select current_user").query(String.class).single())
                .isEqualTo("postgres");
            ((HikariDataSource) dataSource).close();
        }
    }

    private EmbeddedPostgresProperties durable(boolean durable) {
        return new EmbeddedPostgresProperties(this.dataDir, durable, Map.of());
    }

    private static String setting(JdbcClient jdbc, String name) {
        return jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
    }

}
