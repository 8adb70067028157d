package de.lenkrunde.documents;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The document table. Lists and look-ups read metadata only; the content is read only by
 * {@link #content(long)}, for a download.
 */
@Repository
class DocumentStore {

    private static final String INFO_COLUMNS = """
            id, owner_kind, owner_id, file_name, content_type, size_bytes, uploaded_at,
            uploaded_by_person_id, uploaded_by_name
            """;

    private static final RowMapper<DocumentInfo> INFO = (rs, i) -> new DocumentInfo(rs.getLong("id"),
            rs.getString("owner_kind"), rs.getLong("owner_id"), rs.getString("file_name"), rs.getString("content_type"),
            rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(),
            rs.getObject("uploaded_by_person_id") == null ? null : rs.getLong("uploaded_by_person_id"),
            rs.getString("uploaded_by_name"));

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String ownerKind, long ownerId, String fileName, FileType type, byte[] content, String sha512,
                Instant at, Long personId, String personName) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document (owner_kind, owner_id, file_name, content_type, size_bytes, sha512, content,
                                              uploaded_at, uploaded_by_person_id, uploaded_by_name, version)
                        VALUES (:kind, :ownerId, :name, :type, :size, :sha, :content, :at, :personId, :personName, 0)
                        """)
                .param("kind", ownerKind)
                .param("ownerId", ownerId)
                .param("name", fileName)
                .param("type", type.contentType())
                .param("size", content.length)
                .param("sha", sha512)
                .param("content", content)
                .param("at", Timestamp.from(at))
                .param("personId", personId)
                .param("personName", personName)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<DocumentInfo> list(String ownerKind, long ownerId) {
        return jdbc.sql("SELECT " + INFO_COLUMNS + """
                         FROM document WHERE owner_kind = :kind AND owner_id = :ownerId
                        ORDER BY uploaded_at DESC, id DESC
                        """)
                .param("kind", ownerKind).param("ownerId", ownerId)
                .query(INFO).list();
    }

    Optional<DocumentInfo> info(long documentId) {
        return jdbc.sql("SELECT " + INFO_COLUMNS + " FROM document WHERE id = :id")
                .param("id", documentId).query(INFO).optional();
    }

    /** The stored content and the checksum it was stored with. */
    record Stored(byte[] content, String sha512) {
    }

    Optional<Stored> content(long documentId) {
        return jdbc.sql("SELECT content, sha512 FROM document WHERE id = :id")
                .param("id", documentId)
                .query((rs, i) -> new Stored(rs.getBytes("content"), rs.getString("sha512")))
                .optional();
    }

    boolean delete(long documentId) {
        return jdbc.sql("DELETE FROM document WHERE id = :id").param("id", documentId).update() == 1;
    }
}
