--liquibase formatted sql

--changeset lenkrunde:20261204-01-1
-- The projector link (module live): a room PC opens /beamer/{token} without a member login and sees the public
-- picture of the running meeting. The token is the credential (256 random bits, base64url). It is kept readable, not
-- hashed, so the chair can show the same link again for a second screen; what it opens is only the public part of
-- one meeting. A new link revokes the old one; revoked_at ends a link at once. meeting_id points into meetings
-- (meeting.id): no foreign key across modules.
CREATE TABLE live_projector_link (
    token           CHAR(43)     NOT NULL PRIMARY KEY,
    meeting_id      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by_name VARCHAR(200) NULL,
    revoked_at      DATETIME(6)  NULL,
    INDEX idx_live_projector_link_meeting (meeting_id, revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE live_projector_link;
