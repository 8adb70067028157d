package de.lenkrunde.bodies;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.Set;

interface BodyRepository extends ListCrudRepository<Body, Long> {

    boolean existsByShortCodeAndIdNot(String shortCode, long id);

    boolean existsByAreaIdAndNameAndIdNot(long areaId, String name, long id);

    @Query("SELECT id FROM body WHERE area_id IN (:areaIds)")
    Set<Long> idsInAreas(@Param("areaIds") Collection<Long> areaIds);
}
