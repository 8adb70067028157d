--liquibase formatted sql

--changeset lenkrunde:20261125-12-1
-- The "Vorschläge" list pages by (updated_at DESC, id DESC) and ProposalQueries first picks the page's ids
-- in a subquery (deferred join). With the visibility and filter columns in the index, that subquery and
-- COUNT(*) read only this index instead of one clustered-row lookup per skipped row. It extends
-- idx_proposal_updated (same leading columns), which it replaces.
ALTER TABLE proposal
    ADD INDEX idx_proposal_list (updated_at, id, reference_number, origin_group_id, target_body_id, status),
    DROP INDEX idx_proposal_updated;
--rollback ALTER TABLE proposal ADD INDEX idx_proposal_updated (updated_at, id), DROP INDEX idx_proposal_list;
