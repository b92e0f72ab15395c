package ca.contingent.results;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What shows progress towards an outcome, computed from the records: a count, or a
 * percent of two measures.
 */
public record Indicator(@Id Long id, String code, String nameEn, String nameFr, Long outcomeId, String numerator,
        String denominator, Unit unit, @Version Integer version) {

    public String name(String language) {
        return "fr".equals(language) ? this.nameFr : this.nameEn;
    }

}
