--liquibase formatted sql

--changeset lenkrunde:20261125-01-1
CREATE TABLE person (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    email          VARCHAR(254) NULL,
    phone          VARCHAR(50)  NULL,
    organisation   VARCHAR(200) NULL,
    function_title VARCHAR(200) NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    INDEX idx_person_name (last_name, first_name),
    INDEX idx_person_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset lenkrunde:20261125-01-2
CREATE TABLE account (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL,
    person_id            BIGINT       NOT NULL,
    login                VARCHAR(100) NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    language             VARCHAR(5)   NOT NULL DEFAULT 'de',
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    password_changed_at  DATETIME(6)  NULL,
    CONSTRAINT uk_account_login UNIQUE (login),
    CONSTRAINT uk_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The Planregionen a coordinator acts for; area ids of the bodies module (no foreign key across modules).
CREATE TABLE account_region (
    account_id BIGINT NOT NULL,
    area_id    BIGINT NOT NULL,
    PRIMARY KEY (account_id, area_id),
    CONSTRAINT fk_account_region_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins and lock-outs live outside the account aggregate: a login attempt must never
-- collide with an admin editing the account.
CREATE TABLE account_login_state (
    account_id     BIGINT      NOT NULL PRIMARY KEY,
    failed_logins  INT         NOT NULL DEFAULT 0,
    locked_until   DATETIME(6) NULL,
    last_login_at  DATETIME(6) NULL,
    last_failed_at DATETIME(6) NULL,
    CONSTRAINT fk_login_state_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
