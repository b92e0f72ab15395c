package ca.contingent.mission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface MissionRepository extends ListCrudRepository<Mission, Long> {

    Optional<Mission> findByCode(String code);

    List<Mission> findByParentIdOrderByCode(Long parentId);

}
