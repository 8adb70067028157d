package de.lenkrunde.bodies;

import de.lenkrunde.people.PersonReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/** Paged queries over memberships; person names are added from the people module per page. */
@Repository
class MembershipQueries {

    private static final String CURRENT = "m.valid_from <= :today AND (m.valid_to IS NULL OR m.valid_to >= :today)";

    private final JdbcClient jdbc;

    MembershipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> list(long bodyId, boolean includeEnded, LocalDate today, int offset, int limit) {
        return jdbc.sql("""
                        SELECT m.id, m.version, m.person_id, m.role, m.voting_right, m.on_behalf_of_body_id,
                               ob.name AS on_behalf_of_name, m.valid_from, m.valid_to
                        FROM membership m LEFT JOIN body ob ON ob.id = m.on_behalf_of_body_id
                        WHERE m.body_id = :bodyId AND (:includeEnded OR (""" + CURRENT + """
                        ))
                        ORDER BY FIELD(m.role, 'CHAIR', 'DEPUTY', 'MINUTE_TAKER', 'MEMBER', 'ADVISORY', 'GUEST'),
                                 m.valid_to IS NOT NULL, m.valid_from, m.id
                        LIMIT :limit OFFSET :offset
                        """)
                .param("bodyId", bodyId).param("includeEnded", includeEnded).param("today", today)
                .param("limit", limit).param("offset", offset)
                .query(Row.class).list();
    }

    int count(long bodyId, boolean includeEnded, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM membership m WHERE m.body_id = :bodyId AND (:includeEnded OR (" + CURRENT + "))")
                .param("bodyId", bodyId).param("includeEnded", includeEnded).param("today", today)
                .query(Integer.class).single();
    }

    java.util.Set<Long> currentPersons(long bodyId, java.util.Set<BodyRole> roles, LocalDate today) {
        if (roles.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT m.person_id FROM membership m WHERE m.body_id = :bodyId AND m.role IN (:roles) AND "
                        + CURRENT)
                .param("bodyId", bodyId).param("roles", roles.stream().map(Enum::name).toList()).param("today", today)
                .query(Long.class).list());
    }

    List<MyBodyRow> currentBodiesOf(long personId, LocalDate today) {
        return jdbc.sql("""
                        SELECT b.id AS body_id, b.type, b.name, a.name AS area_name, m.role
                        FROM membership m JOIN body b ON b.id = m.body_id JOIN area a ON a.id = b.area_id
                        WHERE m.person_id = :personId AND b.active AND
                        """ + " " + CURRENT)
                .param("personId", personId).param("today", today)
                .query(MyBodyRow.class).list();
    }

    record Row(long id, long version, long personId, BodyRole role, boolean votingRight, Long onBehalfOfBodyId,
               String onBehalfOfName, LocalDate validFrom, LocalDate validTo) {

        MembershipListItem toListItem(PersonReference person, LocalDate today) {
            boolean current = !validFrom.isAfter(today) && (validTo == null || !validTo.isBefore(today));
            return new MembershipListItem(id, version, personId, person == null ? "#" + personId : person.displayName(),
                    person == null ? null : person.organisation(), role, votingRight, onBehalfOfBodyId, onBehalfOfName,
                    validFrom, validTo, current);
        }
    }

    record MyBodyRow(long bodyId, BodyType type, String name, String areaName, BodyRole role) {
    }
}
