--liquibase formatted sql

--changeset lenkrunde:20261125-02-1
CREATE TABLE audit_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)   NOT NULL,
    actor_account_id BIGINT        NULL,
    actor_login      VARCHAR(100)  NULL,
    action           VARCHAR(60)   NOT NULL,
    ref_kind         VARCHAR(40)   NULL,
    ref_id           BIGINT        NULL,
    ref_label        VARCHAR(300)  NULL,
    ref_route        VARCHAR(300)  NULL,
    details          VARCHAR(2000) NULL,
    INDEX idx_audit_time (occurred_at),
    INDEX idx_audit_action (action, occurred_at),
    INDEX idx_audit_ref (ref_kind, ref_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
