package de.lenkrunde.bodies;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Set;

interface AreaRepository extends ListCrudRepository<Area, Long> {

    List<Area> findByKindOrderByName(AreaKind kind);

    boolean existsByParentIdAndNameAndIdNot(Long parentId, String name, Long id);

    @Query("SELECT COUNT(*) > 0 FROM area WHERE parent_id IS NULL AND name = :name AND id <> :id")
    boolean existsRootWithName(@Param("name") String name, @Param("id") long id);

    /** The area and all its ancestors (a few rows: the tree has four levels). */
    @Query("""
            WITH RECURSIVE up (id, parent_id) AS (
                SELECT id, parent_id FROM area WHERE id = :areaId
                UNION ALL
                SELECT a.id, a.parent_id FROM area a JOIN up ON a.id = up.parent_id)
            SELECT id FROM up
            """)
    Set<Long> selfAndAncestors(@Param("areaId") long areaId);

    /** The areas and all their descendants. */
    @Query("""
            WITH RECURSIVE down (id) AS (
                SELECT id FROM area WHERE id IN (:areaIds)
                UNION ALL
                SELECT a.id FROM area a JOIN down ON a.parent_id = down.id)
            SELECT id FROM down
            """)
    Set<Long> selfAndDescendants(@Param("areaIds") Collection<Long> areaIds);
}
