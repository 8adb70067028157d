--liquibase formatted sql

--changeset lenkrunde:20261125-06-1
-- Every submitted text and every later edit of it, readable and comparable word by word.
CREATE TABLE proposal_text_version (
    proposal_id       BIGINT         NOT NULL,
    version_no        INT            NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    author_person_id  BIGINT         NULL,
    author_name       VARCHAR(200)   NULL,
    title             VARCHAR(200)   NOT NULL,
    occasion          TEXT           NULL,
    goal              TEXT           NULL,
    measures          TEXT           NULL,
    target_group      VARCHAR(1000)  NULL,
    decision_proposal TEXT           NULL,
    requested_amount  DECIMAL(12, 2) NOT NULL,
    own_contribution  DECIMAL(12, 2) NOT NULL,
    planned_from      DATE           NULL,
    planned_to        DATE           NULL,
    PRIMARY KEY (proposal_id, version_no),
    CONSTRAINT fk_text_version_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who saved last: an edit conflict can say "inzwischen von … geändert".
ALTER TABLE proposal ADD COLUMN updated_by_name VARCHAR(200) NULL;
