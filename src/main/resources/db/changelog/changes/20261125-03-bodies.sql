--liquibase formatted sql

--changeset lenkrunde:20261125-03-1
CREATE TABLE area (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    version   BIGINT       NOT NULL,
    parent_id BIGINT       NULL,
    kind      VARCHAR(20)  NOT NULL,
    name      VARCHAR(150) NOT NULL,
    CONSTRAINT uk_area_name UNIQUE (parent_id, name),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE body (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL,
    type                VARCHAR(20)  NOT NULL,
    name                VARCHAR(150) NOT NULL,
    short_code          VARCHAR(12)  NOT NULL,
    topic               VARCHAR(150) NULL,
    area_id             BIGINT       NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    notice_period_days  INT          NOT NULL DEFAULT 7,
    quorum_rule         VARCHAR(30)  NOT NULL DEFAULT 'MORE_THAN_HALF',
    circulation_allowed BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_body_name UNIQUE (area_id, name),
    CONSTRAINT uk_body_short_code UNIQUE (short_code),
    CONSTRAINT fk_body_area FOREIGN KEY (area_id) REFERENCES area (id),
    INDEX idx_body_type (type, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- person_id points into the people module: no foreign key across modules.
CREATE TABLE membership (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL,
    body_id              BIGINT       NOT NULL,
    person_id            BIGINT       NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    voting_right         BOOLEAN      NOT NULL,
    on_behalf_of_body_id BIGINT       NULL,
    valid_from           DATE         NOT NULL,
    valid_to             DATE         NULL,
    end_reason           VARCHAR(500) NULL,
    CONSTRAINT fk_membership_body FOREIGN KEY (body_id) REFERENCES body (id),
    CONSTRAINT fk_membership_on_behalf FOREIGN KEY (on_behalf_of_body_id) REFERENCES body (id),
    INDEX idx_membership_person (person_id, valid_from, valid_to),
    INDEX idx_membership_body (body_id, valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
