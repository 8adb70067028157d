package de.lenkrunde.audit;

import de.lenkrunde.base.SqlText;
import de.lenkrunde.base.TypedReference;
import de.lenkrunde.base.format.Formats;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** Reading the audit trail: admins only, lazily paged, newest first. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditService {

    private static final String WHERE = """
            WHERE (:pattern IS NULL OR a.actor_login LIKE :pattern OR a.ref_label LIKE :pattern OR a.details LIKE :pattern)
              AND (:action IS NULL OR a.action = :action)
              AND (:from IS NULL OR a.occurred_at >= :from)
              AND (:to IS NULL OR a.occurred_at < :to)
            """;

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> {
        Object refId = rs.getObject("ref_id");
        TypedReference subject = rs.getString("ref_kind") == null ? null
                : new TypedReference(rs.getString("ref_kind"), refId == null ? null : ((Number) refId).longValue(),
                rs.getString("ref_label"), rs.getString("ref_route"));
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_login"),
                rs.getString("action"), subject, rs.getString("details"));
    };

    private final JdbcClient jdbc;

    AuditService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> list(AuditFilter filter, Pageable page) {
        return bind(jdbc.sql("SELECT a.* FROM audit_entry a " + WHERE
                + " ORDER BY a.occurred_at DESC, a.id DESC LIMIT :limit OFFSET :offset"), filter)
                .param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(ROW).list();
    }

    public int count(AuditFilter filter) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM audit_entry a " + WHERE), filter).query(Integer.class).single();
    }

    /** The actions that occur in the trail, for the filter. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditFilter filter) {
        return spec.param("pattern", SqlText.containsPattern(filter.text()))
                .param("action", filter.action())
                .param("from", startOfDay(filter.from()))
                .param("to", startOfDay(filter.to() == null ? null : filter.to().plusDays(1)));
    }

    private static Timestamp startOfDay(LocalDate day) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(Formats.ZONE).toInstant());
    }
}
