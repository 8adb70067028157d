--liquibase formatted sql

--changeset lenkrunde:20261206-01-1
-- "ohne Umsetzung" (ADR 018): the current, approved decisions that have no done action item on their TOP and whose
-- proposal is neither in implementation nor completed, kept by actions in the transaction that changes any of it.
-- The register's filter and its count read this small table instead of testing two NOT EXISTS on every decision;
-- its one index answers the order, the reader's non-public check and the body filter without touching decision.
CREATE TABLE unimplemented_decision (
    decision_id BIGINT      NOT NULL PRIMARY KEY,
    decided_at  DATETIME(6) NOT NULL,
    body_id     BIGINT      NOT NULL,
    non_public  BOOLEAN     NOT NULL,
    CONSTRAINT fk_unimplemented_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    INDEX idx_unimplemented_decision_order (decided_at, decision_id, non_public, body_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset lenkrunde:20261206-01-2
-- Backfill from the decisions recorded so far, with the same rule as UnimplementedDecisions.
INSERT INTO unimplemented_decision (decision_id, decided_at, body_id, non_public)
SELECT d.id, d.decided_at, d.body_id, d.non_public
  FROM decision d
 WHERE d.superseded_by_id IS NULL
   AND d.outcome IN ('ACCEPTED', 'ACCEPTED_AMENDED')
   AND NOT EXISTS (SELECT 1 FROM action_item a WHERE a.item_id = d.item_id AND a.status = 'DONE')
   AND NOT EXISTS (SELECT 1 FROM proposal p WHERE p.id = d.proposal_id AND p.status IN ('IN_IMPLEMENTATION', 'COMPLETED'));
