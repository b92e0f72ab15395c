package ca.contingent.database;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 server from the JVM when no external database is
 * configured.
 * <p>
 * The library's defaults suit throwaway test databases (fsync and synchronous_commit
 * off); a program's records must survive a crash, so the server runs with fsync,
 * synchronous_commit and full_page_writes on unless {@code contingent.durable=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setServerConfig("timezone", "UTC")
            .setServerConfig("max_connections", "50");
        properties.serverConfig().forEach(builder::setServerConfig);
        if (properties.durable()) {
            builder.setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started on port {} with its data in {}", postgres.getPort(), dataDir);
            return postgres;
        }
        catch (OverlappingFileLockException ex) {
            throw inUse(dataDir, ex);
        }
        catch (IllegalStateException | IOException ex) {
            // The library locks the folder; another process holding the lock shows as
            // "could not lock".
            if (String.valueOf(ex.getMessage()).contains("could not lock")) {
                throw inUse(dataDir, ex);
            }
            throw ex;
        }
    }

    private static DataFolderInUseException inUse(Path dataDir, Exception cause) {
        return new DataFolderInUseException(dataDir, cause);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("contingent");
        return dataSource;
    }

}
