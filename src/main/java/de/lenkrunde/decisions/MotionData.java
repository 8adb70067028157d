package de.lenkrunde.decisions;

/**
 * A motion as the chair records it. {@code moverPersonId}: a person on the attendance list, or {@code null} with
 * {@code moverName} for someone else (e.g. a guest). {@code newText}: for an amendment, the decision text as it
 * would read. {@code vote}: required unless withdrawn.
 */
public record MotionData(MotionKind kind, ProceduralMotion proceduralKind, Long moverPersonId, String moverName, String text,
                         String newText, MotionOutcome outcome, Vote vote) {
}
