--liquibase formatted sql

--changeset lenkrunde:20261125-11-1
-- Attachments of other modules' objects. The owner is a typed reference (kind + id), never a foreign key:
-- the owning modules sit above documents and keep their tables to themselves.
CREATE TABLE document (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_kind            VARCHAR(40)  NOT NULL,
    owner_id              BIGINT       NOT NULL,
    file_name             VARCHAR(200) NOT NULL,
    content_type          VARCHAR(100) NOT NULL,
    size_bytes            BIGINT       NOT NULL,
    sha512                CHAR(128)    NOT NULL,
    content               LONGBLOB     NOT NULL,
    uploaded_at           DATETIME(6)  NOT NULL,
    uploaded_by_person_id BIGINT       NULL,
    uploaded_by_name      VARCHAR(200) NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    INDEX idx_document_owner (owner_kind, owner_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
