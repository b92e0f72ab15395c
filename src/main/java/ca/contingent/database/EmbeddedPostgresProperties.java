package ca.contingent.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server.
 *
 * @param dataDir folder where the server keeps its files; survives restarts
 * @param serverConfig extra server settings; the durability settings are applied after
 * these only when {@code durable} is true
 * @param durable whether the server runs with fsync, synchronous_commit and
 * full_page_writes on (tests may relax it)
 */
@ConfigurationProperties("contingent")
public record EmbeddedPostgresProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("true") boolean durable,
        Map<String, String> serverConfig) {

    public EmbeddedPostgresProperties {
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }

}
