package ca.contingent.results;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OutcomeRepository extends ListCrudRepository<Outcome, Long> {

    Optional<Outcome> findByCode(String code);

}
