package de.lenkrunde.meetings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the planning form edits: title, day, start and planned end (Europe/Berlin), and the place — a room
 * with its address, an online link, or both (hybrid). The rules across fields (end after start, at most
 * ten hours, a place at all) are the meeting's.
 */
public record MeetingData(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.maxLength") String title,
        @NotNull(message = "validation.required") LocalDate date,
        @NotNull(message = "validation.required") LocalTime startTime,
        @NotNull(message = "validation.required") LocalTime endTime,
        @Size(max = 150, message = "validation.maxLength") String room,
        @Size(max = 300, message = "validation.maxLength") String address,
        @Size(max = 500, message = "validation.maxLength")
        @Pattern(regexp = "https://\\S+", message = "meeting.validation.onlineLink") String onlineLink) {

    public MeetingData {
        title = title == null ? null : title.strip();
        room = blankToNull(room);
        address = blankToNull(address);
        onlineLink = blankToNull(onlineLink);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A guest invited by name and address. */
    public record Guest(@NotBlank(message = "validation.required") @Size(max = 200, message = "validation.maxLength") String name,
                        @NotBlank(message = "validation.required") @Email(message = "validation.email")
                        @Size(max = 254, message = "validation.maxLength") String email) {
        public Guest {
            name = name == null ? null : name.strip();
            email = email == null ? null : email.strip();
        }
    }
}
