package ca.contingent.results;

import org.springframework.data.repository.ListCrudRepository;

interface TargetRepository extends ListCrudRepository<Target, Long> {

}
