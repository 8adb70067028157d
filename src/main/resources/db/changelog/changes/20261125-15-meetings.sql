--liquibase formatted sql

--changeset lenkrunde:20261125-15-1
-- Meetings of a body. body_id points into the bodies module: no foreign key across modules.
-- agenda_revision counts published versions of the agenda (0 = not yet published; 1 = the invitation;
-- 2, 3 … = each sent "Änderung der Tagesordnung"); it is also the calendar file's SEQUENCE.
CREATE TABLE meeting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    body_id             BIGINT        NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    starts_at           DATETIME(6)   NOT NULL,
    ends_at             DATETIME(6)   NOT NULL,
    room                VARCHAR(150)  NULL,
    address             VARCHAR(300)  NULL,
    online_link         VARCHAR(500)  NULL,
    status              VARCHAR(20)   NOT NULL,
    notice_period_days  INT           NOT NULL,
    agenda_revision     INT           NOT NULL DEFAULT 0,
    amendment_pending   BOOLEAN       NOT NULL DEFAULT FALSE,
    published_at        DATETIME(6)   NULL,
    short_notice        BOOLEAN       NOT NULL DEFAULT FALSE,
    cancel_reason       VARCHAR(1000) NULL,
    cancelled_at        DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by_name     VARCHAR(200)  NULL,
    INDEX idx_meeting_body_start (body_id, starts_at),
    INDEX idx_meeting_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Agenda items (TOPs), children of the meeting: Spring Data JDBC rewrites them on every save of the
-- meeting, so an item's stable identity is item_id (from a sequence), which attachments and later
-- modules (decisions, minutes) refer to. number is NULL until the agenda is published (then frozen).
CREATE SEQUENCE agenda_item_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE agenda_item (
    meeting_id         BIGINT        NOT NULL,
    position           INT           NOT NULL,
    item_id            BIGINT        NOT NULL,
    depth              INT           NOT NULL DEFAULT 0,
    number             VARCHAR(12)   NULL,
    title              VARCHAR(300)  NOT NULL,
    kind               VARCHAR(20)   NOT NULL,
    planned_minutes    INT           NOT NULL,
    presenter          VARCHAR(200)  NULL,
    non_public         BOOLEAN       NOT NULL DEFAULT FALSE,
    at_end             BOOLEAN       NOT NULL DEFAULT FALSE,
    proposal_id        BIGINT        NULL,
    proposal_label     VARCHAR(400)  NULL,
    description        TEXT          NULL,
    suggestion_key     VARCHAR(100)  NULL,
    state              VARCHAR(20)   NOT NULL DEFAULT 'OPEN',
    added_in_revision  INT           NOT NULL DEFAULT 0,
    changed_in_revision INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT uk_agenda_item_id UNIQUE (item_id),
    CONSTRAINT fk_agenda_item_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX idx_agenda_item_proposal (proposal_id),
    INDEX idx_agenda_item_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Guests invited by name and address (not necessarily people with an account).
CREATE TABLE meeting_guest (
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_guest_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who was invited, as of the last published revision: members (person_id) and guests (name, e-mail).
CREATE TABLE meeting_invitee (
    meeting_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    person_id    BIGINT       NULL,
    name         VARCHAR(200) NOT NULL,
    email        VARCHAR(254) NULL,
    role         VARCHAR(20)  NOT NULL,
    voting_right BOOLEAN      NOT NULL DEFAULT FALSE,
    non_public   BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (meeting_id, position),
    CONSTRAINT fk_meeting_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX idx_meeting_invitee_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
