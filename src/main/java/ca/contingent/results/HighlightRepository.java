package ca.contingent.results;

import org.springframework.data.repository.ListCrudRepository;

interface HighlightRepository extends ListCrudRepository<HighlightRecord, Long> {

}
