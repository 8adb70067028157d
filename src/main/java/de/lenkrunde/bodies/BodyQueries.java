package de.lenkrunde.bodies;

import de.lenkrunde.base.SqlText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Paged DTO queries over bodies, limited to a {@link BodyScope}. */
@Repository
class BodyQueries {

    private static final String FROM_WHERE = """
            FROM body b JOIN area a ON a.id = b.area_id
            WHERE (:all OR b.id IN (:ids))
              AND (:pattern IS NULL OR b.name LIKE :pattern OR b.short_code LIKE :pattern OR b.topic LIKE :pattern OR a.name LIKE :pattern)
              AND (:type IS NULL OR b.type = :type)
              AND (:activeOnly = FALSE OR b.active)
            """;

    private final JdbcClient jdbc;

    BodyQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BodyListItem> list(BodyScope scope, BodyFilter filter, LocalDate today, int offset, int limit) {
        return bind(jdbc.sql("""
                        SELECT b.id, b.type, b.name, b.short_code, b.topic, a.name AS area_name, b.active,
                               (SELECT COUNT(*) FROM membership m WHERE m.body_id = b.id AND m.valid_from <= :today
                                  AND (m.valid_to IS NULL OR m.valid_to >= :today)) AS current_members
                        """ + FROM_WHERE + " ORDER BY b.name, b.id LIMIT :limit OFFSET :offset"), scope, filter)
                .param("today", today).param("limit", limit).param("offset", offset)
                .query(BodyListItem.class).list();
    }

    int count(BodyScope scope, BodyFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM_WHERE), scope, filter).query(Integer.class).single();
    }

    List<BodyReference> references(BodyType type) {
        return jdbc.sql("""
                        SELECT id, type, name, short_code, area_id FROM body
                        WHERE active AND (:type IS NULL OR type = :type) ORDER BY name
                        """)
                .param("type", type == null ? null : type.name())
                .query(BodyReference.class).list();
    }

    List<BodyReference> references(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, type, name, short_code, area_id FROM body WHERE id IN (:ids)")
                .param("ids", ids).query(BodyReference.class).list();
    }

    String areaName(long areaId) {
        return jdbc.sql("SELECT name FROM area WHERE id = :id").param("id", areaId).query(String.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, BodyScope scope, BodyFilter filter) {
        return spec.param("all", scope.all())
                .param("ids", scope.bodyIds().isEmpty() ? Set.of(-1L) : scope.bodyIds())
                .param("pattern", SqlText.containsPattern(filter.text()))
                .param("type", filter.type() == null ? null : filter.type().name())
                .param("activeOnly", filter.activeOnly());
    }
}
