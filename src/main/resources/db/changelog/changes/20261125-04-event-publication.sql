--liquibase formatted sql

--changeset lenkrunde:20261125-04-1
-- Spring Modulith 1.4's JDBC event publication log (schema-mariadb.sql of spring-modulith-events-jdbc).
-- The name is upper case because Modulith's statements use it so and MariaDB on Linux is case-sensitive.
CREATE TABLE EVENT_PUBLICATION (
    ID               VARCHAR(36)   NOT NULL,
    LISTENER_ID      VARCHAR(512)  NOT NULL,
    EVENT_TYPE       VARCHAR(512)  NOT NULL,
    SERIALIZED_EVENT VARCHAR(4000) NOT NULL,
    PUBLICATION_DATE TIMESTAMP(6)  NOT NULL,
    COMPLETION_DATE  TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
