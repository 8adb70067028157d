package de.lenkrunde.minutes;

import de.lenkrunde.base.validation.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One edition of a meeting's minutes and its life cycle: DRAFT → RELEASED (both signatures) → APPROVED (locked).
 * Any change of the text after a signature voids both signatures; released minutes then stay released (the members'
 * review goes on) but can be approved only when signed again. A correction of approved minutes is a new edition
 * ({@link #correction}); this one stays approved and readable. The texts per TOP live in their own rows (two editors
 * of different TOPs never collide); this root only learns that a text changed.
 */
@Table("minutes")
class Minutes {

    @Id
    private Long id;
    @Version
    private Long version;
    private long meetingId;
    private long bodyId;
    private String bodyName;
    private String meetingTitle;
    private Instant meetingStartsAt;
    private int edition;
    private Long previousId;
    private Long supersededById;
    private String correctionReason;
    private MinutesStatus status;
    private String place;
    private Instant startedAt;
    private Instant endedAt;
    private String chairName;
    private String minuteTakerName;
    private Long chairSignedPersonId;
    private String chairSignedName;
    private Instant chairSignedAt;
    private Long takerSignedPersonId;
    private String takerSignedName;
    private Instant takerSignedAt;
    private Instant signaturesVoidedAt;
    private Instant releasedAt;
    private LocalDate reviewUntil;
    private LocalDate circulationUntil;
    private CirculationState circulationState;
    private Instant approvedAt;
    private ApprovalMethod approvedHow;
    private String approvedBy;
    private Long approvalDecisionId;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedByName;

    @PersistenceCreator
    private Minutes() {
    }

    /** The header of the minutes as known when the meeting closed. */
    record Header(long meetingId, long bodyId, String bodyName, String meetingTitle, Instant meetingStartsAt, String place,
                  Instant startedAt, Instant endedAt, String chairName, String minuteTakerName) {
    }

    /** The first edition, a DRAFT. */
    static Minutes draft(Header header, Instant now) {
        Minutes minutes = new Minutes();
        minutes.header(header);
        minutes.edition = 1;
        minutes.status = MinutesStatus.DRAFT;
        minutes.createdAt = now;
        minutes.updatedAt = now;
        return minutes;
    }

    private void header(Header header) {
        this.meetingId = header.meetingId();
        this.bodyId = header.bodyId();
        this.bodyName = header.bodyName();
        this.meetingTitle = header.meetingTitle();
        this.meetingStartsAt = header.meetingStartsAt();
        this.place = header.place();
        this.startedAt = header.startedAt();
        this.endedAt = header.endedAt();
        this.chairName = header.chairName();
        this.minuteTakerName = header.minuteTakerName();
    }

    Header header() {
        return new Header(meetingId, bodyId, bodyName, meetingTitle, meetingStartsAt, place, startedAt, endedAt, chairName,
                minuteTakerName);
    }

    // ---- editing ------------------------------------------------------------------------------------------

    /** Refuses any change of approved minutes: they are locked (a correction is a new edition). */
    void requireChangeable() {
        if (status == MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.rule.approved");
        }
    }

    /**
     * A text of the minutes changed: any signature given is void now (§93: the signatures cover the text).
     *
     * @return whether signatures were voided (the caller tells the signers)
     */
    boolean textChanged(Instant now) {
        requireChangeable();
        boolean signed = chairSignedAt != null || takerSignedAt != null;
        if (signed) {
            chairSignedPersonId = null;
            chairSignedName = null;
            chairSignedAt = null;
            takerSignedPersonId = null;
            takerSignedName = null;
            takerSignedAt = null;
            signaturesVoidedAt = now;
        }
        if (circulationState == CirculationState.RUNNING) {
            // consent was given to the text as it was
            circulationState = CirculationState.STOPPED;
        }
        return signed;
    }

    // ---- signing and release --------------------------------------------------------------------------------

    /**
     * Signs in one role. When both have signed, DRAFT minutes are RELEASED with the review deadline; released minutes
     * whose signatures a change had voided are released again with a new deadline.
     *
     * @return whether this signature released the minutes (the members are to be told)
     */
    boolean sign(SignerRole role, long personId, String name, Instant now, LocalDate reviewUntil) {
        requireChangeable();
        boolean chair = role == SignerRole.CHAIR;
        if (chair ? chairSignedAt != null : takerSignedAt != null) {
            throw new BusinessRuleException("minutes.rule.alreadySigned", chair ? chairSignedName : takerSignedName);
        }
        Long other = chair ? takerSignedPersonId : chairSignedPersonId;
        if (other != null && other == personId) {
            throw new BusinessRuleException("minutes.rule.twoSigners");
        }
        if (chair) {
            chairSignedPersonId = personId;
            chairSignedName = name;
            chairSignedAt = now;
        } else {
            takerSignedPersonId = personId;
            takerSignedName = name;
            takerSignedAt = now;
        }
        if (!signed()) {
            return false;
        }
        status = MinutesStatus.RELEASED;
        releasedAt = now;
        this.reviewUntil = reviewUntil;
        return true;
    }

    /** Both signatures are there. */
    boolean signed() {
        return chairSignedAt != null && takerSignedAt != null;
    }

    // ---- review ------------------------------------------------------------------------------------------------

    /** Members comment or object while released, until the review deadline (Berlin date, inclusive). */
    void requireReviewOpen(LocalDate today) {
        if (status != MinutesStatus.RELEASED) {
            throw new BusinessRuleException(status == MinutesStatus.APPROVED ? "minutes.rule.approved" : "minutes.rule.notReleased");
        }
        if (reviewUntil != null && today.isAfter(reviewUntil)) {
            throw new BusinessRuleException("minutes.rule.reviewClosed", de.lenkrunde.base.format.Formats.date(reviewUntil));
        }
    }

    boolean reviewOpen(LocalDate today) {
        return status == MinutesStatus.RELEASED && (reviewUntil == null || !today.isAfter(reviewUntil));
    }

    // ---- approval ------------------------------------------------------------------------------------------------

    /** Approval needs released minutes with both signatures valid. */
    void requireApprovable() {
        if (status == MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.rule.approved");
        }
        if (status != MinutesStatus.RELEASED) {
            throw new BusinessRuleException("minutes.rule.notReleased");
        }
        if (!signed()) {
            throw new BusinessRuleException("minutes.rule.unsigned");
        }
    }

    /** RELEASED → APPROVED: locked from now on. {@code by}: who approved how (the decision, or the circulation). */
    void approve(ApprovalMethod how, String by, Long decisionId, Instant now) {
        requireApprovable();
        status = MinutesStatus.APPROVED;
        approvedAt = now;
        approvedHow = how;
        approvedBy = by;
        approvalDecisionId = decisionId;
        if (how == ApprovalMethod.CIRCULATION) {
            circulationState = CirculationState.COMPLETED;
        } else if (circulationState == CirculationState.RUNNING) {
            circulationState = CirculationState.STOPPED;
        }
    }

    /**
     * The decision that approved these minutes was corrected and still approves them: the approval now names the
     * correction (same number, next revision).
     */
    void approvalDecisionCorrected(long correctionId, String by) {
        requireApprovedByDecision();
        approvalDecisionId = correctionId;
        approvedBy = by;
    }

    /**
     * APPROVED → RELEASED: the decision that approved these minutes was corrected to an outcome that does not approve
     * them. The signatures stand (the text did not change); the body approves them again later.
     */
    void withdrawApproval() {
        requireApprovedByDecision();
        if (supersededById != null) {
            throw new BusinessRuleException("minutes.rule.alreadyCorrected");
        }
        status = MinutesStatus.RELEASED;
        approvedAt = null;
        approvedHow = null;
        approvedBy = null;
        approvalDecisionId = null;
    }

    private void requireApprovedByDecision() {
        if (status != MinutesStatus.APPROVED || approvedHow != ApprovalMethod.MEETING) {
            throw new BusinessRuleException("minutes.rule.notApprovedByDecision");
        }
    }

    /** Starts a circulation procedure until {@code until} (after today). */
    void startCirculation(LocalDate until, LocalDate today) {
        requireApprovable();
        if (circulationState == CirculationState.RUNNING && !today.isAfter(circulationUntil)) {
            throw new BusinessRuleException("minutes.rule.circulationRunning");
        }
        if (until == null || !until.isAfter(today)) {
            throw new BusinessRuleException("minutes.rule.circulationDeadline");
        }
        circulationState = CirculationState.RUNNING;
        circulationUntil = until;
    }

    /** A voting member answers the circulation: only while it runs and until its deadline. */
    void requireCirculationOpen(LocalDate today) {
        if (status == MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.rule.approved");
        }
        if (circulationState != CirculationState.RUNNING) {
            throw new BusinessRuleException("minutes.rule.noCirculation");
        }
        if (today.isAfter(circulationUntil)) {
            throw new BusinessRuleException("minutes.rule.circulationOver", de.lenkrunde.base.format.Formats.date(circulationUntil));
        }
    }

    /** One objection stops the circulation. */
    void stopCirculation() {
        circulationState = CirculationState.STOPPED;
    }

    // ---- correction -----------------------------------------------------------------------------------------------

    /** A new DRAFT edition correcting these approved minutes; link it with {@link #supersededBy} once it has its id. */
    Minutes correction(String reason, Instant now) {
        if (status != MinutesStatus.APPROVED) {
            throw new BusinessRuleException("minutes.rule.correctOnlyApproved");
        }
        if (supersededById != null) {
            throw new BusinessRuleException("minutes.rule.alreadyCorrected");
        }
        Minutes next = draft(header(), now);
        next.edition = edition + 1;
        next.previousId = id;
        next.correctionReason = reason;
        return next;
    }

    void supersededBy(long nextId) {
        this.supersededById = nextId;
    }

    void savedBy(String name, Instant now) {
        this.updatedByName = name;
        this.updatedAt = now;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    Long id() { return id; }
    long version() { return version == null ? 0 : version; }
    long meetingId() { return meetingId; }
    long bodyId() { return bodyId; }
    String bodyName() { return bodyName; }
    String meetingTitle() { return meetingTitle; }
    Instant meetingStartsAt() { return meetingStartsAt; }
    int edition() { return edition; }
    Long previousId() { return previousId; }
    Long supersededById() { return supersededById; }
    String correctionReason() { return correctionReason; }
    MinutesStatus status() { return status; }
    Long chairSignedPersonId() { return chairSignedPersonId; }
    Long takerSignedPersonId() { return takerSignedPersonId; }
    Instant releasedAt() { return releasedAt; }
    LocalDate reviewUntil() { return reviewUntil; }
    LocalDate circulationUntil() { return circulationUntil; }
    CirculationState circulationState() { return circulationState; }
    Instant signaturesVoidedAt() { return signaturesVoidedAt; }
    String updatedByName() { return updatedByName; }
    ApprovalMethod approvedHow() { return approvedHow; }
    Long approvalDecisionId() { return approvalDecisionId; }

    MinutesView.Signature chairSignature() {
        return chairSignedAt == null ? null : new MinutesView.Signature(chairSignedName, chairSignedAt);
    }

    MinutesView.Signature takerSignature() {
        return takerSignedAt == null ? null : new MinutesView.Signature(takerSignedName, takerSignedAt);
    }

    MinutesView.Approval approval() {
        return approvedAt == null ? null : new MinutesView.Approval(approvedHow, approvedBy, approvedAt, approvalDecisionId);
    }

    boolean signedBy(long personId) {
        return Objects.equals(chairSignedPersonId, personId) || Objects.equals(takerSignedPersonId, personId);
    }
}
