package ca.contingent.imports;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import ca.contingent.shared.Role;

/**
 * The kinds of records a CSV file can import, as the contract names them in the address.
 * A later kind is one more constant here and one more {@link KindImporter} bean.
 */
public enum ImportKind {

    AGENCIES("agencies", "agency"), MISSIONS("missions", "mission"),
    PERSONNEL("personnel", "person", Role.AGENCY_COORDINATOR), DEPLOYMENTS("deployments", "deployment"),
    ACTIVITIES("activities", "activity", Role.MISSION_COMMANDER), READINESS("readiness", "readiness_item"),
    // Results framework (issue 5): the logic model and targets are headquarters' work; a
    // commander writes the
    // highlights of their own missions.
    OUTCOMES("outcomes", "outcome"), INDICATORS("indicators", "indicator"), TARGETS("targets", "target"),
    HIGHLIGHTS("highlights", "highlight", Role.MISSION_COMMANDER);

    /** Headquarters import everything; other roles only the kinds that name them. */
    private static final Set<Role> EVERY_KIND = EnumSet.of(Role.ADMIN, Role.PROGRAM_OFFICER);

    private final String path;

    private final String entity;

    private final Set<Role> alsoImportedBy;

    ImportKind(String path, String entity, Role... alsoImportedBy) {
        this.path = path;
        this.entity = entity;
        this.alsoImportedBy = Set.of(alsoImportedBy);
    }

    /** The name in addresses and forms: {@code agencies}, {@code personnel}, … */
    public String path() {
        return this.path;
    }

    /**
     * The record an audit event names, as the contract spells it: {@code agency},
     * {@code person}, …
     */
    String entity() {
        return this.entity;
    }

    /**
     * The example file shipped with the application, which is also the reference data
     * set.
     */
    String exampleResource() {
        return "reference-data/" + this.path + ".csv";
    }

    public boolean importableBy(Collection<Role> roles) {
        return roles.stream().anyMatch((role) -> EVERY_KIND.contains(role) || this.alsoImportedBy.contains(role));
    }

    public static Optional<ImportKind> fromPath(String path) {
        return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
    }

}
