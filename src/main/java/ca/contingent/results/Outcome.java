package ca.contingent.results;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An outcome of the logic model; every level but the ultimate one hangs under an outcome
 * of the level above.
 */
public record Outcome(@Id Long id, String code, String nameEn, String nameFr, Level level, Long parentId,
        @Version Integer version) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
