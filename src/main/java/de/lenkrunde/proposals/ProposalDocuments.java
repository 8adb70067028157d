package de.lenkrunde.proposals;

import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.documents.DocumentAccessPolicy;
import de.lenkrunde.documents.DocumentAttached;
import de.lenkrunde.documents.DocumentRemoved;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Attachments of a proposal (e.g. a cost plan): readable by whoever may read the proposal; attached
 * and removed by the originating group while the proposal is open. Each attachment is a timeline entry.
 */
@Component
class ProposalDocuments implements DocumentAccessPolicy {

    static final String KIND = "PROPOSAL";
    private static final Set<ProposalStatus> OPEN = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SCHEDULED);

    private final ProposalRepository proposals;
    private final Permissions permissions;
    private final Timeline timeline;
    private final CurrentUser currentUser;

    ProposalDocuments(ProposalRepository proposals, Permissions permissions, Timeline timeline, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.proposals = proposals;
        this.permissions = permissions;
        this.timeline = timeline;
    }

    @Override
    public String ownerKind() {
        return KIND;
    }

    @Override
    public boolean mayRead(long proposalId) {
        return proposals.findById(proposalId)
                .map(p -> p.referenceNumber() != null || permissions.may(BodyAction.DRAFT_PROPOSAL, p.originGroupId()))
                .orElse(false);
    }

    @Override
    public boolean mayAttach(long proposalId) {
        return proposals.findById(proposalId)
                .map(p -> OPEN.contains(p.status()) && permissions.may(BodyAction.DRAFT_PROPOSAL, p.originGroupId()))
                .orElse(false);
    }

    @Override
    public boolean mayRemove(long proposalId) {
        return mayAttach(proposalId);
    }

    /** In the attaching transaction: the file and its timeline entry exist together. */
    @EventListener
    @Transactional
    void on(DocumentAttached attached) {
        if (KIND.equals(attached.ownerKind())) {
            append(attached.ownerId(), "ATTACH", attached.fileName(), attached.at());
        }
    }

    @EventListener
    @Transactional
    void on(DocumentRemoved removed) {
        if (KIND.equals(removed.ownerKind())) {
            append(removed.ownerId(), "DETACH", removed.fileName(), removed.at());
        }
    }

    private void append(long proposalId, String action, String fileName, java.time.Instant at) {
        // the actor is whoever is signed in; the document service checked the right to attach
        SignedInUser user = currentUser.get().orElse(null);
        timeline.append(proposalId, new TimelineEntry(0, at, user == null ? null : user.personId(),
                user == null ? null : user.displayName(), TimelineEntry.Kind.ATTACHMENT, action,
                null, null, null, List.of(fileName), null));
    }
}
