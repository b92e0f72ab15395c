package ca.contingent.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, Contingent uses that server: it starts no
 * embedded one, and Flyway and the reference data go to the given database. The
 * "external" server here is one the test starts itself.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExternalDatabaseIntegrationTests {

    static EmbeddedPostgres external;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        external = EmbeddedPostgres.builder().start();
        JdbcClient.create(external.getPostgresDatabase()).sql("create database contingent_ext").update();
        registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "contingent_ext"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        external.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
        assertThat(this.context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(this.jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("contingent_ext");
        assertThat(
                this.jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
            .isPositive();
    }

}
