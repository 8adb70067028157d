package de.lenkrunde.minutes;

import java.time.Instant;

/**
 * A member's comment or objection on one TOP of released minutes, with the minute-taker's answer once given
 * ({@code answerKind} null: open). {@code version}: name it when answering.
 */
public record ReviewComment(long id, long version, long itemId, CommentKind kind, String text, String authorName,
                            Instant createdAt, AnswerKind answerKind, String answerText, String answeredByName,
                            Instant answeredAt) {

    public boolean answered() {
        return answerKind != null;
    }

    /** A remark, or an objection (Einwendung) against the text. */
    public enum CommentKind {
        COMMENT, OBJECTION
    }

    /** Accepted with a change of the text, or answered without one. */
    public enum AnswerKind {
        ACCEPTED, ANSWERED
    }
}
