package ca.contingent.results;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An outcome of the logic model; every level but the ultimate one hangs under an outcome
 * of the level above. The rules of the parent and of a change of level live here, for the
 * pages and the imports alike (the database holds them too: {@code outcome_parent_fkey}).
 */
public record Outcome(@Id Long id, String code, String nameEn, String nameFr, Level level, Long parentId,
        @Version Integer version) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

    /**
     * What is wrong with an outcome's parent, if anything: the ultimate outcome has none,
     * any other needs an existing outcome of the level above, not itself.
     * @param code the outcome's code
     * @param level the outcome's level
     * @param parentGiven whether a parent was given at all, even one whose code was
     * refused (then already reported, and {@code parentCode} is null)
     * @param parentCode the parent's code, or null
     * @param parentLevel the parent's level, null when there is no such outcome
     */
    static Optional<RuleBreak> parentProblem(String code, Level level, boolean parentGiven, String parentCode,
            Level parentLevel) {
        Level expected = level.parentLevel();
        if (expected == null) {
            return parentGiven ? Optional.of(new RuleBreak("results.outcome.ultimateHasNoParent")) : Optional.empty();
        }
        if (parentCode == null) {
            return parentGiven ? Optional.empty()
                    : Optional.of(new RuleBreak("results.outcome.parentRequired", level, expected));
        }
        if (parentLevel == null) {
            return Optional.of(new RuleBreak("results.outcome.unknown", parentCode));
        }
        if (parentCode.equals(code) || parentLevel != expected) {
            return Optional.of(new RuleBreak("results.outcome.parentLevel", parentCode, parentLevel, level, expected));
        }
        return Optional.empty();
    }

    /**
     * An outcome with outcomes under it keeps its level: theirs would no longer hang
     * under the level above.
     */
    static Optional<RuleBreak> levelChangeProblem(String code, Level stored, Level wanted,
            BooleanSupplier hasChildren) {
        return stored != wanted && hasChildren.getAsBoolean()
                ? Optional.of(new RuleBreak("results.outcome.levelWithChildren", code)) : Optional.empty();
    }

}
