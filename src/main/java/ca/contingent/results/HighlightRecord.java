package ca.contingent.results;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A stored highlight: what the pages edit. Other modules read {@link Highlight}. */
@Table("highlight")
public record HighlightRecord(@Id Long id, Long missionId, String fiscalYear, int position, String titleEn,
        String titleFr, String textEn, String textFr, @Version Integer version) {

}
