--liquibase formatted sql

--changeset lenkrunde:20261205-10-1
-- Gapless decision numbers per body and year (LR-TEL-2026/014): one counter row per (body, year), locked with
-- SELECT ... FOR UPDATE in the recording transaction (ADR 011, 014). A rolled-back recording rolls it back too.
CREATE TABLE decision_counter (
    body_id      BIGINT NOT NULL,
    counter_year INT    NOT NULL,
    last_number  INT    NOT NULL,
    PRIMARY KEY (body_id, counter_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A decision (Beschluss) taken on one agenda item. A correction (Berichtigung) is a new row with the same number
-- and the next revision; the corrected row stays as it was and names its successor in superseded_by_id.
-- item_id names the agenda item by its lasting item id (no foreign key: agenda rows are rewritten on save).
-- entitled: the voting members present and not biased for the item when the vote was taken (substitutes count).
CREATE TABLE decision (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL,
    body_id                BIGINT        NOT NULL,
    meeting_id             BIGINT        NOT NULL,
    item_id                BIGINT        NOT NULL,
    item_number            VARCHAR(20)   NOT NULL,
    title                  VARCHAR(300)  NOT NULL,
    non_public             BOOLEAN       NOT NULL DEFAULT FALSE,
    proposal_id            BIGINT        NULL,
    number                 VARCHAR(40)   NOT NULL,
    decision_year          INT           NOT NULL,
    sequence_no            INT           NOT NULL,
    revision               INT           NOT NULL DEFAULT 0,
    text                   TEXT          NOT NULL,
    outcome                VARCHAR(30)   NOT NULL,
    vote_method            VARCHAR(20)   NOT NULL,
    votes_yes              INT           NULL,
    votes_no               INT           NULL,
    votes_abstain          INT           NULL,
    entitled               INT           NOT NULL,
    quorum_reached         BOOLEAN       NOT NULL,
    quorum_override_reason VARCHAR(1000) NULL,
    reason                 VARCHAR(1000) NULL,
    decided_at             DATETIME(6)   NOT NULL,
    decided_by_id          BIGINT        NULL,
    decided_by_name        VARCHAR(200)  NULL,
    corrects_decision_id   BIGINT        NULL,
    correction_reason      VARCHAR(1000) NULL,
    superseded_by_id       BIGINT        NULL,
    CONSTRAINT fk_decision_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_decision_corrects FOREIGN KEY (corrects_decision_id) REFERENCES decision (id),
    CONSTRAINT uk_decision_number UNIQUE (body_id, decision_year, sequence_no, revision),
    -- one decision per agenda item (its corrections are the next revisions): a double click or chair and deputy
    -- saving at once can never leave two decisions on one item
    CONSTRAINT uk_decision_item UNIQUE (item_id, revision),
    INDEX idx_decision_meeting (meeting_id),
    INDEX idx_decision_proposal (proposal_id),
    INDEX idx_decision_body_date (body_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Motions (Anträge) on an agenda item, recorded for the minutes with their outcome and vote. An accepted
-- amendment (Änderungsantrag) carries the new wording of the decision text in new_text.
CREATE TABLE motion (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL,
    body_id          BIGINT        NOT NULL,
    meeting_id       BIGINT        NOT NULL,
    item_id          BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    procedural_kind  VARCHAR(30)   NULL,
    mover_person_id  BIGINT        NULL,
    mover_name       VARCHAR(200)  NOT NULL,
    text             TEXT          NOT NULL,
    new_text         TEXT          NULL,
    outcome          VARCHAR(20)   NOT NULL,
    vote_method      VARCHAR(20)   NULL,
    votes_yes        INT           NULL,
    votes_no         INT           NULL,
    votes_abstain    INT           NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    recorded_by_name VARCHAR(200)  NULL,
    CONSTRAINT fk_motion_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX idx_motion_item (item_id, recorded_at),
    INDEX idx_motion_meeting (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
