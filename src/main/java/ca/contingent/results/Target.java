package ca.contingent.results;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator's baseline and target for one fiscal year, for one mission or (no mission)
 * the whole program.
 */
@Table("indicator_target")
public record Target(@Id Long id, Long indicatorId, Long missionId, String fiscalYear, BigDecimal baseline,
        BigDecimal target, @Version Integer version) {

}
