package ca.contingent.results;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

}
