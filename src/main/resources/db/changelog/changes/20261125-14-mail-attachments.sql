--liquibase formatted sql

--changeset lenkrunde:20261125-14-1
-- The outbox also carries mails to guests (a name and an address, no person) and mails about a subject that
-- the sending module looks up per recipient (kind + id of a typed reference, no foreign key across modules).
ALTER TABLE mail_outbox
    MODIFY person_id BIGINT NULL,
    ADD COLUMN recipient_name VARCHAR(200) NULL AFTER person_id,
    ADD COLUMN ref_kind VARCHAR(40) NULL,
    ADD COLUMN ref_id BIGINT NULL,
    ADD INDEX idx_outbox_ref (ref_kind, ref_id);
--rollback ALTER TABLE mail_outbox DROP INDEX idx_outbox_ref, DROP COLUMN ref_id, DROP COLUMN ref_kind, DROP COLUMN recipient_name, MODIFY person_id BIGINT NOT NULL;

--changeset lenkrunde:20261125-14-2
-- Attachment contents, stored once per SHA-256 (hex): the same PDF sent to 40 members is one row. Rows are
-- inserted with INSERT IGNORE on the unique checksum in a short transaction of their own, so two publishes of
-- the same file do not collide. Rows are never updated or deleted.
CREATE TABLE mail_attachment_content (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256     CHAR(64)    NOT NULL,
    content    LONGBLOB    NOT NULL,
    size_bytes BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_mail_attachment_content_sha256 UNIQUE (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE mail_attachment_content;

--changeset lenkrunde:20261125-14-3
-- The attachments of one mail, in order: name and type per mail, the bytes shared. No foreign key to the
-- content: its row is committed by its own transaction, usually after the publishing transaction's snapshot,
-- and with innodb_snapshot_isolation=ON the key check's locking read of such a row fails with error 1020.
CREATE TABLE mail_attachment (
    mail_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(200) NOT NULL,
    content_id   BIGINT       NOT NULL,
    PRIMARY KEY (mail_id, position),
    INDEX idx_mail_attachment_content (content_id),
    CONSTRAINT fk_mail_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE mail_attachment;
