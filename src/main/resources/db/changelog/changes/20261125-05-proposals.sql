--liquibase formatted sql

--changeset lenkrunde:20261125-05-1
-- body/person/area ids point into the bodies and people modules: no foreign keys across modules.
CREATE TABLE proposal (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT         NOT NULL,
    reference_number     VARCHAR(20)    NULL,
    reference_year       INT            NULL,
    status               VARCHAR(30)    NOT NULL,
    title                VARCHAR(200)   NOT NULL,
    origin_group_id      BIGINT         NOT NULL,
    contact_person_id    BIGINT         NULL,
    target_body_id       BIGINT         NOT NULL,
    area_id              BIGINT         NULL,
    occasion             TEXT           NULL,
    goal                 TEXT           NULL,
    measures             TEXT           NULL,
    target_group         VARCHAR(1000)  NULL,
    planned_from         DATE           NULL,
    planned_to           DATE           NULL,
    requested_amount     DECIMAL(12, 2) NOT NULL DEFAULT 0,
    own_contribution     DECIMAL(12, 2) NOT NULL DEFAULT 0,
    decision_proposal    TEXT           NULL,
    result               TEXT           NULL,
    actual_cost          DECIMAL(12, 2) NULL,
    text_version         INT            NOT NULL DEFAULT 1,
    created_at           DATETIME(6)    NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    submitted_at         DATETIME(6)    NULL,
    CONSTRAINT uk_proposal_reference UNIQUE (reference_number),
    INDEX idx_proposal_status (status, updated_at),
    INDEX idx_proposal_target (target_body_id, status),
    INDEX idx_proposal_origin (origin_group_id, status),
    INDEX idx_proposal_updated (updated_at, id),
    FULLTEXT INDEX ft_proposal_text (title, occasion, goal, measures, decision_proposal)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE proposal_criterion (
    proposal_id   BIGINT        NOT NULL,
    principle     VARCHAR(40)   NOT NULL,
    addressed     BOOLEAN       NOT NULL,
    justification VARCHAR(2000) NULL,
    PRIMARY KEY (proposal_id, principle),
    CONSTRAINT fk_criterion_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Gapless reference numbers: one row per year, read with SELECT … FOR UPDATE in the submitting transaction.
CREATE TABLE proposal_counter (
    counter_year INT NOT NULL PRIMARY KEY,
    last_number  INT NOT NULL
) ENGINE = InnoDB;

-- The case record's timeline: append-only. The cause is a typed reference (kind, id, label, route).
CREATE TABLE proposal_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposal_id     BIGINT        NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    actor_person_id BIGINT        NULL,
    actor_name      VARCHAR(200)  NULL,
    kind            VARCHAR(20)   NOT NULL,
    action          VARCHAR(30)   NOT NULL,
    from_status     VARCHAR(30)   NULL,
    to_status       VARCHAR(30)   NULL,
    reason          VARCHAR(4000) NULL,
    arguments       VARCHAR(2000) NULL,
    cause_kind      VARCHAR(40)   NULL,
    cause_id        BIGINT        NULL,
    cause_label     VARCHAR(300)  NULL,
    cause_route     VARCHAR(300)  NULL,
    CONSTRAINT fk_event_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
    INDEX idx_event_proposal (proposal_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
