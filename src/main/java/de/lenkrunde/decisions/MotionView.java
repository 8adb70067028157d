package de.lenkrunde.decisions;

import java.time.Instant;

/** A motion as recorded, for the console, the minutes and the decision page. */
public record MotionView(long id, long meetingId, long itemId, MotionKind kind, ProceduralMotion proceduralKind, Long moverPersonId,
                         String moverName, String text, String newText, MotionOutcome outcome, Vote vote, Instant recordedAt,
                         String recordedByName) {
}
