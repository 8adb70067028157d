package de.lenkrunde.bodies;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface MembershipRepository extends ListCrudRepository<Membership, Long> {

    List<Membership> findByBodyIdAndPersonId(long bodyId, long personId);

    @Query("""
            SELECT * FROM membership
            WHERE person_id = :personId AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)
            """)
    List<Membership> findCurrentByPerson(@Param("personId") long personId, @Param("day") LocalDate day);
}
