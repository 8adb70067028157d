package de.lenkrunde.bodies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One item of a body's agenda template (Tagesordnungsvorlage): a new meeting of the body starts with
 * these items, in this order.
 *
 * @param plannedMinutes how long the item is planned to take, 0 to 600
 * @param nonPublic      discussed in the non-public part of the meeting
 * @param atEnd          the item stays at the end of the agenda (e.g. "Verschiedenes"): items added later,
 *                       such as proposals, are inserted before the first such item
 */
public record AgendaTemplateItem(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.maxLength") String title,
        @NotNull(message = "validation.required") AgendaItemKind kind,
        @Min(value = 0, message = "validation.range") @Max(value = 600, message = "validation.range") int plannedMinutes,
        boolean nonPublic,
        boolean atEnd) {

    /** How many items a template may hold. */
    public static final int MAX_ITEMS = 40;

    private static final List<AgendaTemplateItem> STANDARD = List.of(
            new AgendaTemplateItem("Eröffnung und Begrüßung", AgendaItemKind.INFORMATION, 5, false, false),
            new AgendaTemplateItem("Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit",
                    AgendaItemKind.INFORMATION, 5, false, false),
            new AgendaTemplateItem("Genehmigung der Tagesordnung", AgendaItemKind.DECISION, 5, false, false),
            new AgendaTemplateItem("Genehmigung der Niederschrift der letzten Sitzung", AgendaItemKind.DECISION, 5, false, false),
            new AgendaTemplateItem("Verschiedenes", AgendaItemKind.INFORMATION, 10, false, true));

    public AgendaTemplateItem {
        title = title == null ? null : title.strip();
    }

    /**
     * The name under which a service reports a refused value of the item at {@code index} of a template,
     * e.g. {@code templateItems[2].title}.
     */
    public static String field(int index, String property) {
        return "templateItems[" + index + "]." + property;
    }

    /**
     * The template every new body starts with. Its German titles are data, not UI text: the changeset
     * {@code 20261125-13-body-agenda-template.sql} gave the same items to the bodies that existed then.
     */
    public static List<AgendaTemplateItem> standard() {
        return STANDARD;
    }
}
