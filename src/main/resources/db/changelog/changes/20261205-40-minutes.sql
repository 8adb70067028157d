--liquibase formatted sql

--changeset lenkrunde:20261205-40-1
-- Minutes (Niederschrift) of a closed meeting, one row per edition: a correction of approved minutes is a new edition
-- (previous_id) and the approved one stays as it was (superseded_by_id). The header (place, chair, minute-taker …)
-- is kept as written when the draft was made; the agenda as held, attendance, decisions, motions and action items are
-- read from their modules, which refuse changes after closing (decisions: after approval).
CREATE TABLE minutes (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT        NOT NULL,
    meeting_id              BIGINT        NOT NULL,
    body_id                 BIGINT        NOT NULL,
    body_name               VARCHAR(200)  NOT NULL,
    meeting_title           VARCHAR(200)  NOT NULL,
    meeting_starts_at       DATETIME(6)   NOT NULL,
    edition                 INT           NOT NULL,
    previous_id             BIGINT        NULL,
    superseded_by_id        BIGINT        NULL,
    correction_reason       VARCHAR(1000) NULL,
    status                  VARCHAR(20)   NOT NULL,
    place                   VARCHAR(500)  NULL,
    started_at              DATETIME(6)   NULL,
    ended_at                DATETIME(6)   NULL,
    chair_name              VARCHAR(200)  NULL,
    minute_taker_name       VARCHAR(200)  NULL,
    chair_signed_person_id  BIGINT        NULL,
    chair_signed_name       VARCHAR(200)  NULL,
    chair_signed_at         DATETIME(6)   NULL,
    taker_signed_person_id  BIGINT        NULL,
    taker_signed_name       VARCHAR(200)  NULL,
    taker_signed_at         DATETIME(6)   NULL,
    signatures_voided_at    DATETIME(6)   NULL,
    released_at             DATETIME(6)   NULL,
    review_until            DATE          NULL,
    circulation_until       DATE          NULL,
    circulation_state       VARCHAR(20)   NULL,
    approved_at             DATETIME(6)   NULL,
    approved_how            VARCHAR(20)   NULL,
    approved_by             VARCHAR(300)  NULL,
    approval_decision_id    BIGINT        NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    updated_by_name         VARCHAR(200)  NULL,
    CONSTRAINT uq_minutes_edition UNIQUE (meeting_id, edition),
    INDEX idx_minutes_body (body_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The text per agenda item (Markdown), edited by chair and minute-taker with a version per item: two editors of
-- the same item conflict, two of different items do not.
CREATE TABLE minutes_section (
    minutes_id      BIGINT       NOT NULL,
    item_id         BIGINT       NOT NULL,
    text            MEDIUMTEXT   NOT NULL,
    version         BIGINT       NOT NULL,
    updated_by_name VARCHAR(200) NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (minutes_id, item_id),
    CONSTRAINT fk_minutes_section FOREIGN KEY (minutes_id) REFERENCES minutes (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Review: a member's comment or objection on one item, and the minute-taker's answer.
CREATE TABLE minutes_comment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    minutes_id       BIGINT        NOT NULL,
    item_id          BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    text             VARCHAR(4000) NOT NULL,
    author_person_id BIGINT        NOT NULL,
    author_name      VARCHAR(200)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    answer_kind      VARCHAR(20)   NULL,
    answer_text      VARCHAR(4000) NULL,
    answered_by_name VARCHAR(200)  NULL,
    answered_at      DATETIME(6)   NULL,
    CONSTRAINT fk_minutes_comment FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    INDEX idx_minutes_comment (minutes_id, item_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Circulation procedure (Umlaufverfahren): one row per voting member asked; consent NULL until they answer.
CREATE TABLE minutes_consent (
    minutes_id  BIGINT        NOT NULL,
    person_id   BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    consent     BOOLEAN       NULL,
    reason      VARCHAR(1000) NULL,
    answered_at DATETIME(6)   NULL,
    PRIMARY KEY (minutes_id, person_id),
    CONSTRAINT fk_minutes_consent FOREIGN KEY (minutes_id) REFERENCES minutes (id),
    INDEX idx_minutes_consent_person (person_id, consent)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
