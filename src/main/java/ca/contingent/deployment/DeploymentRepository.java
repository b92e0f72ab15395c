package ca.contingent.deployment;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DeploymentRepository extends ListCrudRepository<Deployment, Long> {

    Optional<Deployment> findByExternalId(String externalId);

}
