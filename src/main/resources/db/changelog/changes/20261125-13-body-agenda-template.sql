--liquibase formatted sql

--changeset lenkrunde:20261125-13-1
-- A body's agenda template (Tagesordnungsvorlage): the items a new meeting of the body starts with.
-- A child collection of the body aggregate (a List in Spring Data JDBC): position is the 0-based index
-- in the list, and a save of the body rewrites these rows under the body's version.
CREATE TABLE body_agenda_template_item (
    body_id         BIGINT       NOT NULL,
    position        INT          NOT NULL,
    title           VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    planned_minutes INT          NOT NULL,
    non_public      BOOLEAN      NOT NULL DEFAULT FALSE,
    at_end          BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (body_id, position),
    CONSTRAINT fk_agenda_template_body FOREIGN KEY (body_id) REFERENCES body (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
--rollback DROP TABLE body_agenda_template_item;

--changeset lenkrunde:20261125-13-2
-- Every body that exists now gets the standard template; new bodies get the same from the application
-- (AgendaTemplateItem.standard(): keep both in step).
INSERT INTO body_agenda_template_item (body_id, position, title, kind, planned_minutes, non_public, at_end)
SELECT b.id, t.position, t.title, t.kind, t.planned_minutes, FALSE, t.at_end
FROM body b
CROSS JOIN (
    SELECT 0 AS position, 'Eröffnung und Begrüßung' AS title, 'INFORMATION' AS kind, 5 AS planned_minutes, FALSE AS at_end
    UNION ALL SELECT 1, 'Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit', 'INFORMATION', 5, FALSE
    UNION ALL SELECT 2, 'Genehmigung der Tagesordnung', 'DECISION', 5, FALSE
    UNION ALL SELECT 3, 'Genehmigung der Niederschrift der letzten Sitzung', 'DECISION', 5, FALSE
    UNION ALL SELECT 4, 'Verschiedenes', 'INFORMATION', 10, TRUE
) t;
--rollback DELETE FROM body_agenda_template_item;
