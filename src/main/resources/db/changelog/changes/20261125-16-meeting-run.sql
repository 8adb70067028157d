--liquibase formatted sql

--changeset lenkrunde:20261125-16-1
-- The running meeting's durable state, so a restart or a second console shows the same picture.
-- current_item_id names an agenda item by its item_id (no foreign key: agenda rows are rewritten on save);
-- current_item_since is when it became current, so its running time is now - current_item_since.
ALTER TABLE meeting
    ADD COLUMN started_at         DATETIME(6) NULL,
    ADD COLUMN closed_at          DATETIME(6) NULL,
    ADD COLUMN current_item_id    BIGINT      NULL,
    ADD COLUMN current_item_since DATETIME(6) NULL;

-- Per item: the time spent on it so far (without the running part of the current item), whether it came
-- in as an urgent item (Dringlichkeit) and why, why it was withdrawn or deferred in the meeting, and when it
-- was first called.
ALTER TABLE agenda_item
    ADD COLUMN elapsed_seconds BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN urgent          BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN urgent_reason   VARCHAR(1000) NULL,
    ADD COLUMN state_reason    VARCHAR(1000) NULL,
    ADD COLUMN started_at      DATETIME(6)   NULL;

-- Attendance: one row per invitee (created from the invitees snapshot when the meeting starts, or at the
-- first check-in on the meeting's day) and per guest added on the spot. A small aggregate of its own with a
-- version, so the minute-taker's check-ins never collide with the chair moving through the agenda.
-- substitute_for_id: the absent voting member's row this person stands in for (Stellvertretung).
CREATE TABLE meeting_attendance (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    meeting_id        BIGINT       NOT NULL,
    person_id         BIGINT       NULL,
    name              VARCHAR(200) NOT NULL,
    role              VARCHAR(20)  NOT NULL,
    voting_right      BOOLEAN      NOT NULL DEFAULT FALSE,
    guest             BOOLEAN      NOT NULL DEFAULT FALSE,
    on_the_spot       BOOLEAN      NOT NULL DEFAULT FALSE,
    status            VARCHAR(20)  NOT NULL,
    arrived_at        DATETIME(6)  NULL,
    left_at           DATETIME(6)  NULL,
    substitute_for_id BIGINT       NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by_name   VARCHAR(200) NULL,
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_attendance_substitute FOREIGN KEY (substitute_for_id) REFERENCES meeting_attendance (id),
    CONSTRAINT uk_meeting_attendance_person UNIQUE (meeting_id, person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Befangenheit: a person who may not take part in one item. item_id is the agenda item's lasting id
-- (no foreign key, see above).
CREATE TABLE agenda_item_bias (
    meeting_id  BIGINT      NOT NULL,
    item_id     BIGINT      NOT NULL,
    person_id   BIGINT      NOT NULL,
    declared_at DATETIME(6) NOT NULL,
    PRIMARY KEY (item_id, person_id),
    CONSTRAINT fk_agenda_item_bias_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX idx_agenda_item_bias_meeting (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
