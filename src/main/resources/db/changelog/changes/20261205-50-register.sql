--liquibase formatted sql

--changeset lenkrunde:20261205-50-1
-- Decision register (ADR 017): free text over title and text (InnoDB FULLTEXT, boolean mode as for proposals) and
-- the register's default order (newest first) with the columns its WHERE reads, so that the id subquery of a page
-- (deferred join) is answered from this index alone.
ALTER TABLE decision ADD FULLTEXT INDEX ft_decision_text (title, text);
CREATE INDEX idx_decision_register ON decision (decided_at, superseded_by_id, non_public, body_id, outcome, decision_year);

--changeset lenkrunde:20261205-50-2
-- Follow-up of action items: why an item was cancelled; indexes for "the items of this decision / TOP by status"
-- (register page aggregates, "ohne Umsetzung") and for the daily reminder scan by due date.
ALTER TABLE action_item ADD COLUMN cancel_reason VARCHAR(1000) NULL;
CREATE INDEX idx_action_item_decision_status ON action_item (decision_id, status);
CREATE INDEX idx_action_item_item_status ON action_item (item_id, status);
CREATE INDEX idx_action_item_due ON action_item (status, due_date);

-- The story of an action item, append-only: progress notes with their date, status changes (a cancellation with
-- its reason), due-date changes with the old and new date and the reason.
CREATE TABLE action_item_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    action_item_id  BIGINT        NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    actor_person_id BIGINT        NULL,
    actor_name      VARCHAR(200)  NULL,
    kind            VARCHAR(20)   NOT NULL,
    from_status     VARCHAR(20)   NULL,
    to_status       VARCHAR(20)   NULL,
    progress        INT           NULL,
    old_due_date    DATE          NULL,
    new_due_date    DATE          NULL,
    text            VARCHAR(2000) NULL,
    CONSTRAINT fk_action_item_event_item FOREIGN KEY (action_item_id) REFERENCES action_item (id),
    INDEX idx_action_item_event_item (action_item_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reminders sent: one row per item, kind (DUE_SOON, OVERDUE) and due date. The daily job inserts before it
-- notifies, in one transaction; a second run (or a second node) finds the row and sends nothing. A new due date
-- is a new key, so a moved item reminds again.
CREATE TABLE action_reminder (
    action_item_id BIGINT      NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    due_date       DATE        NOT NULL,
    sent_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (action_item_id, kind, due_date),
    CONSTRAINT fk_action_reminder_item FOREIGN KEY (action_item_id) REFERENCES action_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
