--liquibase formatted sql

--changeset lenkrunde:20261125-10-1
-- In-app notifications. person_id is an id of the people module and the reference points into other
-- modules by kind/id/label/route: no foreign keys across modules.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id   BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    message_key VARCHAR(150)  NOT NULL,
    arguments   TEXT          NULL,
    ref_kind    VARCHAR(40)   NULL,
    ref_id      BIGINT        NULL,
    ref_label   VARCHAR(300)  NULL,
    ref_route   VARCHAR(300)  NULL,
    INDEX idx_notification_person (person_id, created_at),
    INDEX idx_notification_unread (person_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset lenkrunde:20261125-10-2
-- The persistent mail outbox, one row per recipient: PENDING, SENT, FAILED or HELD (no mail server).
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT        NOT NULL,
    to_address      VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX idx_outbox_due (status, next_attempt_at),
    INDEX idx_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
