package ca.contingent.person;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByExternalId(String externalId);

}
