--liquibase formatted sql

--changeset lenkrunde:20261205-31-1
-- Budget lines (Haushaltsstelle / Förderprogramm) of one budget year, module funding. committed and paid are
-- changed only by conditional UPDATEs (never over-commit, also under a race: STACK.md), which also bump version
-- so that a stale edit of the line's name or total is refused as a conflict. area_id points into bodies (no
-- foreign key across modules); NULL = usable for every area.
CREATE TABLE budget_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT         NOT NULL,
    code            VARCHAR(40)    NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    budget_year     INT            NOT NULL,
    total           DECIMAL(12, 2) NOT NULL,
    committed       DECIMAL(12, 2) NOT NULL DEFAULT 0,
    paid            DECIMAL(12, 2) NOT NULL DEFAULT 0,
    area_id         BIGINT         NULL,
    closed          BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    updated_by_name VARCHAR(200)   NULL,
    CONSTRAINT uq_budget_line_code_year UNIQUE (budget_year, code),
    CONSTRAINT ck_budget_line_money CHECK (total >= 0 AND committed >= 0 AND paid >= 0 AND committed <= total AND paid <= committed)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE budget_line;

--changeset lenkrunde:20261205-31-2
-- Funding requests (Mittelanträge). proposal_id, decision_id, body ids and area_id point into other modules: no
-- foreign keys. What finance must see is kept as it was decided (decision text and vote, proposal label,
-- justified Hinte principles), so the queue needs no look-up per row. The pending_* columns hold the first
-- decision while it awaits the second approver (four-eyes); its money is already committed on the line.
CREATE TABLE funding_request (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT         NOT NULL,
    proposal_id         BIGINT         NOT NULL,
    proposal_label      VARCHAR(300)   NOT NULL,
    origin_group_id     BIGINT         NOT NULL,
    origin_group_name   VARCHAR(200)   NOT NULL,
    target_body_id      BIGINT         NOT NULL,
    area_id             BIGINT         NULL,
    area_name           VARCHAR(200)   NULL,
    principles          VARCHAR(200)   NOT NULL,
    decision_id         BIGINT         NULL,
    decision_number     VARCHAR(40)    NULL,
    decision_text       TEXT           NULL,
    vote_method         VARCHAR(20)    NULL,
    vote_yes            INT            NULL,
    vote_no             INT            NULL,
    vote_abstain        INT            NULL,
    requested_amount    DECIMAL(12, 2) NOT NULL,
    period_from         DATE           NULL,
    period_to           DATE           NULL,
    budget_line_id      BIGINT         NULL,
    status              VARCHAR(30)    NOT NULL,
    approved_amount     DECIMAL(12, 2) NULL,
    committed_amount    DECIMAL(12, 2) NOT NULL DEFAULT 0,
    paid_amount         DECIMAL(12, 2) NOT NULL DEFAULT 0,
    conditions          VARCHAR(2000)  NULL,
    reason              VARCHAR(2000)  NULL,
    first_decider_id    BIGINT         NULL,
    first_decider_name  VARCHAR(200)   NULL,
    first_decided_at    DATETIME(6)    NULL,
    decided_by_name     VARCHAR(200)   NULL,
    decided_at          DATETIME(6)    NULL,
    return_reason       VARCHAR(2000)  NULL,
    actual_cost         DECIMAL(12, 2) NULL,
    settled_at          DATETIME(6)    NULL,
    opened_by_name      VARCHAR(200)   NULL,
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    updated_by_name     VARCHAR(200)   NULL,
    CONSTRAINT fk_funding_request_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
    INDEX idx_funding_request_status (status, created_at),
    INDEX idx_funding_request_proposal (proposal_id),
    INDEX idx_funding_request_decision (decision_id),
    INDEX idx_funding_request_line (budget_line_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE funding_request;

--changeset lenkrunde:20261205-31-3
-- Payments against an approved request; never more than approved in total (checked with the request's @Version).
CREATE TABLE funding_payment (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id          BIGINT         NOT NULL,
    paid_on             DATE           NOT NULL,
    amount              DECIMAL(12, 2) NOT NULL,
    note                VARCHAR(500)   NULL,
    recorded_by_name    VARCHAR(200)   NULL,
    recorded_at         DATETIME(6)    NOT NULL,
    CONSTRAINT fk_funding_payment_request FOREIGN KEY (request_id) REFERENCES funding_request (id),
    INDEX idx_funding_payment_request (request_id, paid_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE funding_payment;
