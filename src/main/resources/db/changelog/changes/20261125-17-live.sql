--liquibase formatted sql

--changeset lenkrunde:20261125-17-1
-- The running meeting (module live). item_id and meeting_id point into the meetings module (agenda_item.item_id,
-- meeting.id): no foreign keys across modules.

-- Notes per agenda item (TOP): Markdown, draft material for the minutes. One row per item, written with a
-- conditional UPDATE ... WHERE version = :expected (the first save: an INSERT, racing inserts meet the primary
-- key), so two writers are told apart without holding a transaction while someone types.
CREATE TABLE live_note (
    item_id              BIGINT       NOT NULL PRIMARY KEY,
    meeting_id           BIGINT       NOT NULL,
    text                 MEDIUMTEXT   NOT NULL,
    version              BIGINT       NOT NULL,
    updated_by_person_id BIGINT       NULL,
    updated_by_name      VARCHAR(200) NULL,
    updated_at           DATETIME(6)  NOT NULL,
    INDEX idx_live_note_meeting (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The speakers list (Redeliste) of an item, in order of position (ties, from two additions at once, by id).
-- Waiting: started_at NULL; speaking: started_at set, finished_at NULL; finished: both set. person_id is set
-- when the speaker was picked as a person; name is always stored as shown at the time.
CREATE TABLE live_speaker (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    item_id     BIGINT       NOT NULL,
    position    INT          NOT NULL,
    person_id   BIGINT       NULL,
    name        VARCHAR(200) NOT NULL,
    added_at    DATETIME(6)  NOT NULL,
    started_at  DATETIME(6)  NULL,
    finished_at DATETIME(6)  NULL,
    INDEX idx_live_speaker_item (item_id, position, id),
    INDEX idx_live_speaker_meeting (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Settings of the running meeting per item: the speaking time per speaker (seconds; NULL = no limit). The browser
-- ticks the clock; the server keeps the start times (live_speaker.started_at).
CREATE TABLE live_item (
    item_id               BIGINT NOT NULL PRIMARY KEY,
    meeting_id            BIGINT NOT NULL,
    speaking_time_seconds INT    NULL,
    INDEX idx_live_item_meeting (meeting_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE live_item; DROP TABLE live_speaker; DROP TABLE live_note;
