package ca.contingent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ca.contingent.shared.ReadsAcrossModules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data half of the module rules (ModularityTests checks the types): each module
 * writes only the tables it owns and reads another module's only through what that module
 * publishes, unless it is on the reporting side ({@link ReadsAcrossModules}), which may
 * read but never write. The owners are listed once, in {@code db/owners.properties};
 * every table of the migrations must be listed there.
 */
class DataOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/ca/contingent");

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static final Pattern NAMED = Pattern
        .compile("(?i)\\b(from|join|into|update|table|truncate)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|merge\\s+into)\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

    private static final Pattern CREATED = Pattern.compile(
            "(?i)create\\s+(?:or\\s+replace\\s+)?(?:table|view|materialized\\s+view|function)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void everyTableOfTheMigrationsHasOneOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher matcher = CREATED.matcher(Files.readString(file));
                while (matcher.find()) {
                    created.add(matcher.group(1).toLowerCase());
                }
            }
        }
        Set<String> tables = new TreeSet<>();
        for (String name : created) {
            if (!owners().containsKey(name)) {
                tables.add(name);
            }
        }
        assertThat(tables).as("tables, views and functions of the migrations missing from db/owners.properties")
            .isEmpty();
        Set<String> listed = new TreeSet<>(owners().keySet());
        listed.removeAll(created);
        assertThat(listed).as("names in db/owners.properties that no migration creates").isEmpty();
        assertThat(Set.copyOf(owners().values().stream().map(Owner::module).toList())).as("owners that are not modules")
            .allSatisfy((module) -> assertThat(SOURCES.resolve(module)).isDirectory());
    }

    @Test
    void modulesWriteOnlyTheirOwnTablesAndReadOthersOnlyThroughWhatTheyPublish() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                found.addAll(violations(module.getFileName().toString()));
            }
        }
        assertThat(found)
            .as("SQL naming another module's table (read it through the owner's Java API or a view or "
                    + "function it publishes; see db/owners.properties)")
            .isEmpty();
    }

    private static List<String> violations(String module) throws IOException {
        boolean reader = readsAcross(module);
        Map<String, Owner> owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
            for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
                String sql = literals(Files.readString(file));
                Matcher named = NAMED.matcher(sql);
                while (named.find()) {
                    Owner owner = owners.get(named.group(2).toLowerCase());
                    if (owner != null && !owner.module().equals(module) && !owner.published() && !reader) {
                        violations.add(module + " reads " + named.group(2).toLowerCase());
                    }
                }
                Matcher write = WRITE.matcher(sql);
                while (write.find()) {
                    Owner owner = owners.get(write.group(1).toLowerCase());
                    if (owner != null && !owner.module().equals(module)) {
                        violations.add(module + " writes " + write.group(1).toLowerCase());
                    }
                }
            }
        }
        return violations;
    }

    /** The text of a source's string literals and text blocks, where its SQL is. */
    private static String literals(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            sql.append(blocks.group(1)).append('\n');
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            sql.append(strings.group(1)).append('\n');
        }
        return sql.toString();
    }

    private static boolean readsAcross(String module) {
        Package pkg = packageOf(module);
        return pkg != null && pkg.isAnnotationPresent(ReadsAcrossModules.class);
    }

    private static Package packageOf(String module) {
        try {
            return Class.forName("ca.contingent." + module + ".package-info").getPackage();
        }
        catch (ClassNotFoundException ex) {
            return null;
        }
    }

    record Owner(String module, boolean published) {
    }

    static Map<String, Owner> owners() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DataOwnershipTests.class.getResourceAsStream("/db/owners.properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Owner> owners = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            String[] parts = properties.getProperty(name).split(",");
            owners.put(name, new Owner(parts[0].trim(), parts.length > 1 && parts[1].trim().equals("published")));
        }
        return owners;
    }

}
