package de.lenkrunde.decisions;

/** A motion was recorded on an agenda item (for the live screens, which reload what they show). */
public record MotionRecorded(long meetingId, long itemId, long motionId) {
}
