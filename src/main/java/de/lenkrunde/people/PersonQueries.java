package de.lenkrunde.people;

import de.lenkrunde.base.SqlText;
import de.lenkrunde.base.i18n.Languages;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The read side of people: paged DTO queries for lists and pickers. */
@Repository
class PersonQueries {

    private static final String FROM_WHERE = """
            FROM person p
            LEFT JOIN account a ON a.person_id = p.id
            LEFT JOIN account_login_state s ON s.account_id = a.id
            WHERE (:pattern IS NULL OR p.last_name LIKE :pattern OR p.first_name LIKE :pattern
                   OR CONCAT(p.first_name, ' ', p.last_name) LIKE :pattern
                   OR p.email LIKE :pattern OR p.organisation LIKE :pattern OR a.login LIKE :pattern)
              AND (:role IS NULL OR EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :role))
            """;

    private static final RowMapper<PersonListItem> LIST_ITEM = (rs, i) -> {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        Object enabled = rs.getObject("enabled");
        return new PersonListItem(rs.getLong("id"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("organisation"), rs.getString("function_title"),
                rs.getString("login"), roles(rs.getString("roles")),
                enabled == null ? null : rs.getBoolean("enabled"),
                lockedUntil == null ? null : lockedUntil.toInstant());
    };

    private final JdbcClient jdbc;

    PersonQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonListItem> list(PersonFilter filter, int offset, int limit) {
        return jdbc.sql("""
                        SELECT p.id, p.first_name, p.last_name, p.email, p.organisation, p.function_title,
                               a.login, a.enabled, s.locked_until,
                               (SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM account_role r WHERE r.account_id = a.id) AS roles
                        """ + FROM_WHERE + """
                        ORDER BY p.last_name, p.first_name, p.id
                        LIMIT :limit OFFSET :offset
                        """)
                .param("pattern", SqlText.containsPattern(filter.text()))
                .param("role", filter.role() == null ? null : filter.role().name())
                .param("limit", limit).param("offset", offset)
                .query(LIST_ITEM).list();
    }

    int count(PersonFilter filter) {
        return jdbc.sql("SELECT COUNT(*) " + FROM_WHERE)
                .param("pattern", SqlText.containsPattern(filter.text()))
                .param("role", filter.role() == null ? null : filter.role().name())
                .query(Integer.class).single();
    }

    List<PersonReference> search(String text, int offset, int limit) {
        return jdbc.sql("""
                        SELECT p.id, CONCAT(p.first_name, ' ', p.last_name) AS display_name, p.organisation
                        FROM person p
                        WHERE (:pattern IS NULL OR p.last_name LIKE :pattern OR p.first_name LIKE :pattern
                               OR CONCAT(p.first_name, ' ', p.last_name) LIKE :pattern OR p.organisation LIKE :pattern)
                        ORDER BY p.last_name, p.first_name, p.id
                        LIMIT :limit OFFSET :offset
                        """)
                .param("pattern", SqlText.containsPattern(text))
                .param("limit", limit).param("offset", offset)
                .query(PersonReference.class).list();
    }

    List<PersonReference> references(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, CONCAT(p.first_name, ' ', p.last_name) AS display_name, p.organisation
                        FROM person p WHERE p.id IN (:ids)
                        """)
                .param("ids", ids)
                .query(PersonReference.class).list();
    }

    List<PersonContact> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT p.id, CONCAT(p.first_name, ' ', p.last_name) AS display_name, p.email, a.language
                        FROM person p LEFT JOIN account a ON a.person_id = p.id
                        WHERE p.id IN (:ids)
                        ORDER BY p.id
                        """)
                .param("ids", ids)
                .query((rs, i) -> new PersonContact(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                        Languages.fromCode(rs.getString("language"))))
                .list();
    }

    private static Set<GlobalRole> roles(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(GlobalRole::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
