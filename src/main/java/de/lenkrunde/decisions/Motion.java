package de.lenkrunde.decisions;

import de.lenkrunde.base.validation.FieldError;
import de.lenkrunde.base.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A motion (Antrag) on an agenda item, recorded with its outcome for the minutes. An amendment carries the new
 * wording of the decision text; when accepted it becomes the text the decision form offers. A withdrawn motion has
 * no vote; any other needs one that could stand ({@link VoteRules}, without a majority check: a motion's outcome is
 * what the chair announces).
 */
@Table("motion")
class Motion {

    static final int MAX_TEXT = 20_000;
    static final int MAX_NAME = 200;

    @Id
    private Long id;
    @Version
    private Long version;
    private long bodyId;
    private long meetingId;
    private long itemId;
    private MotionKind kind;
    private ProceduralMotion proceduralKind;
    private Long moverPersonId;
    private String moverName;
    private String text;
    private String newText;
    private MotionOutcome outcome;
    private VoteMethod voteMethod;
    private Integer votesYes;
    private Integer votesNo;
    private Integer votesAbstain;
    private Instant recordedAt;
    private String recordedByName;

    @PersistenceCreator
    private Motion() {
    }

    /** {@code moverName}: resolved by the caller for a person on the list, else as typed. */
    static Motion record(Decision.Subject subject, MotionData data, String moverName, int entitled, Decision.Recorder recorder) {
        List<FieldError> errors = new ArrayList<>();
        if (data.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        }
        if (data.kind() == MotionKind.PROCEDURAL && data.proceduralKind() == null) {
            errors.add(FieldError.of("proceduralKind", "validation.required"));
        }
        String mover = InputText.strip(moverName);
        if (mover == null) {
            errors.add(FieldError.of("mover", "decision.motion.moverRequired"));
        } else if (mover.length() > MAX_NAME) {
            errors.add(new FieldError("mover", "validation.maxLength", Map.of("max", MAX_NAME)));
        }
        String motionText = InputText.strip(data.text());
        if (motionText == null) {
            errors.add(FieldError.of("text", "validation.required"));
        } else if (motionText.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "validation.maxLength", Map.of("max", MAX_TEXT)));
        }
        String amended = InputText.strip(data.newText());
        if (data.kind() == MotionKind.AMENDMENT && amended == null) {
            errors.add(FieldError.of("newText", "decision.motion.newTextRequired"));
        } else if (amended != null && amended.length() > MAX_TEXT) {
            errors.add(new FieldError("newText", "validation.maxLength", Map.of("max", MAX_TEXT)));
        }
        if (data.outcome() == null) {
            errors.add(FieldError.of("outcome", "validation.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Motion motion = new Motion();
        if (data.outcome() != MotionOutcome.WITHDRAWN) {
            VoteRules.check(data.vote(), null, entitled);
            Vote vote = VoteRules.normalised(data.vote(), data.outcome() == MotionOutcome.REJECTED
                    ? de.lenkrunde.proposals.DecisionOutcome.REJECTED : de.lenkrunde.proposals.DecisionOutcome.ACCEPTED, entitled);
            motion.voteMethod = vote.method();
            motion.votesYes = vote.yes();
            motion.votesNo = vote.no();
            motion.votesAbstain = vote.abstain();
        }
        motion.bodyId = subject.bodyId();
        motion.meetingId = subject.meetingId();
        motion.itemId = subject.itemId();
        motion.kind = data.kind();
        motion.proceduralKind = data.kind() == MotionKind.PROCEDURAL ? data.proceduralKind() : null;
        motion.moverPersonId = data.moverPersonId();
        motion.moverName = mover;
        motion.text = motionText;
        motion.newText = data.kind() == MotionKind.AMENDMENT ? amended : null;
        motion.outcome = data.outcome();
        motion.recordedAt = recorder.at();
        motion.recordedByName = recorder.name();
        return motion;
    }

    /** An accepted amendment: its wording is the text now being voted. */
    boolean changesDecisionText() {
        return kind == MotionKind.AMENDMENT && outcome == MotionOutcome.ACCEPTED;
    }

    String newText() {
        return newText;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    MotionView view() {
        return new MotionView(id == null ? 0 : id, meetingId, itemId, kind, proceduralKind, moverPersonId, moverName, text, newText, outcome,
                voteMethod == null ? null : new Vote(voteMethod, votesYes, votesNo, votesAbstain), recordedAt, recordedByName);
    }
}
