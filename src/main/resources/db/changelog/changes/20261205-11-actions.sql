--liquibase formatted sql

--changeset lenkrunde:20261205-11-1
-- Action items (Aufgaben) born in a meeting from an agenda item or a decision. The owner is a person or a body
-- (exactly one); owner_name keeps the name as it was when assigned for lists without joins. body_id: the body
-- whose meeting created the item (its members follow it up).
CREATE TABLE action_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL,
    body_id         BIGINT        NOT NULL,
    meeting_id      BIGINT        NULL,
    item_id         BIGINT        NULL,
    decision_id     BIGINT        NULL,
    proposal_id     BIGINT        NULL,
    description     VARCHAR(2000) NOT NULL,
    owner_person_id BIGINT        NULL,
    owner_body_id   BIGINT        NULL,
    owner_name      VARCHAR(200)  NOT NULL,
    due_date        DATE          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    progress        INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    created_by_name VARCHAR(200)  NULL,
    updated_at      DATETIME(6)   NOT NULL,
    updated_by_name VARCHAR(200)  NULL,
    CONSTRAINT ck_action_item_owner CHECK ((owner_person_id IS NULL) <> (owner_body_id IS NULL)),
    CONSTRAINT ck_action_item_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT fk_action_item_decision FOREIGN KEY (decision_id) REFERENCES decision (id),
    INDEX idx_action_item_meeting (meeting_id, item_id),
    INDEX idx_action_item_decision (decision_id),
    INDEX idx_action_item_owner_person (owner_person_id, status, due_date),
    INDEX idx_action_item_owner_body (owner_body_id, status, due_date),
    INDEX idx_action_item_body (body_id, status, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
