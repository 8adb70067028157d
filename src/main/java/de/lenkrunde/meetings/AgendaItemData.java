package de.lenkrunde.meetings;

import de.lenkrunde.bodies.AgendaItemKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the side form of the agenda builder edits on one item. */
public record AgendaItemData(
        @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.maxLength") String title,
        @NotNull(message = "validation.required") AgendaItemKind kind,
        @Min(value = 0, message = "meeting.validation.minutes") @Max(value = 600, message = "meeting.validation.minutes")
        int plannedMinutes,
        @Size(max = 200, message = "validation.maxLength") String presenter,
        boolean nonPublic,
        @Size(max = 4000, message = "validation.maxLength") String description) {

    public AgendaItemData {
        title = title == null ? null : title.strip();
        presenter = MeetingData.blankToNull(presenter);
        description = MeetingData.blankToNull(description);
    }
}
