package de.lenkrunde.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytes of mail attachments (mail_attachment_content), once per SHA-256 however many mails, publishes and
 * transactions carry them.
 * <p>
 * A missing content row is written in a short transaction of its own (READ COMMITTED), committed before the
 * caller's transaction links mails to it. Inside the caller's transaction the insert could not work: under
 * REPEATABLE READ with {@code innodb_snapshot_isolation=ON} (MariaDB &ge; 11.6.2, and our embedded server)
 * an insert that meets the same checksum committed by another publish after the caller's first read fails with
 * error 1020, and the caller could not even read that row's id. The price: a second connection for a moment
 * (only for content the caller's snapshot does not already show), and a publish that rolls back leaves its new
 * content rows unreferenced (harmless; they are reused by the next publish of the same bytes).
 */
@Repository
class AttachmentContents {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    AttachmentContents(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Stores the bytes that are not stored yet; returns each attachment's content id, in order. */
    List<Long> store(List<MailAttachment> attachments, Instant now) {
        if (attachments.isEmpty()) {
            return List.of();
        }
        List<String> checksums = attachments.stream().map(a -> sha256(a.contentUnshared())).toList();
        Map<String, MailAttachment> distinct = new LinkedHashMap<>();
        for (int i = 0; i < attachments.size(); i++) {
            distinct.putIfAbsent(checksums.get(i), attachments.get(i));
        }
        // Usually a file is stored already (a re-publish, the next guest): then the caller's own read finds it.
        Map<String, Long> ids = ids(distinct.keySet());
        if (!ids.keySet().containsAll(distinct.keySet())) {
            Map<String, MailAttachment> missing = new LinkedHashMap<>(distinct);
            missing.keySet().removeAll(ids.keySet());
            ids.putAll(ownTransaction.execute(tx -> insert(missing, now)));
        }
        return checksums.stream().map(sha -> {
            Long id = ids.get(sha);
            if (id == null) {
                throw new IllegalStateException("attachment content " + sha + " was not stored");
            }
            return id;
        }).toList();
    }

    /** In the own transaction: inserts what no one has committed yet (a parallel insert is ignored). */
    private Map<String, Long> insert(Map<String, MailAttachment> missing, Instant now) {
        Map<String, Long> stored = ids(missing.keySet());
        missing.forEach((sha, attachment) -> {
            if (!stored.containsKey(sha)) {
                jdbc.sql("""
                                INSERT IGNORE INTO mail_attachment_content (sha256, content, size_bytes, created_at)
                                VALUES (:sha, :content, :size, :now)
                                """)
                        .param("sha", sha).param("content", attachment.contentUnshared())
                        .param("size", attachment.size()).param("now", Timestamp.from(now))
                        .update();
            }
        });
        return ids(missing.keySet());
    }

    private Map<String, Long> ids(Collection<String> checksums) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("SELECT id, sha256 FROM mail_attachment_content WHERE sha256 IN (:shas)")
                .param("shas", checksums)
                .query((rs, i) -> ids.put(rs.getString("sha256"), rs.getLong("id")))
                .list();
        return ids;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
