package ca.contingent.activity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRepository extends ListCrudRepository<Activity, Long> {

    Optional<Activity> findByExternalId(String externalId);

}
