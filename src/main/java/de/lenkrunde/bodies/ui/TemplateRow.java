package de.lenkrunde.bodies.ui;

import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.bodies.AgendaTemplateItem;

/**
 * One item of an agenda template while it is being edited: the side form changes it in place, the grid
 * shows it. Identity, not equality: two rows with the same text are still two rows.
 */
final class TemplateRow {

    String title;
    AgendaItemKind kind;
    /** {@code null} while the field is empty or holds no number; the server refuses that at the field. */
    Integer plannedMinutes;
    boolean nonPublic;
    boolean atEnd;

    TemplateRow(String title, AgendaItemKind kind, Integer plannedMinutes, boolean nonPublic, boolean atEnd) {
        this.title = title;
        this.kind = kind;
        this.plannedMinutes = plannedMinutes;
        this.nonPublic = nonPublic;
        this.atEnd = atEnd;
    }

    static TemplateRow of(AgendaTemplateItem item) {
        return new TemplateRow(item.title(), item.kind(), item.plannedMinutes(), item.nonPublic(), item.atEnd());
    }

    /** A new item: a discussion of ten minutes, inserted before the items that stay at the end. */
    static TemplateRow blank() {
        return new TemplateRow("", AgendaItemKind.DISCUSSION, 10, false, false);
    }

    AgendaTemplateItem toItem() {
        // An empty or unparsable number becomes -1, which the server refuses at this field.
        return new AgendaTemplateItem(title, kind, plannedMinutes == null ? -1 : plannedMinutes, nonPublic, atEnd);
    }
}
