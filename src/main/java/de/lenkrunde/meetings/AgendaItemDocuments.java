package de.lenkrunde.meetings;

import de.lenkrunde.bodies.BodyAction;
import de.lenkrunde.bodies.Permissions;
import de.lenkrunde.documents.DocumentAccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Attachments of an agenda item (e.g. the Vorlage): readable like the item (public items of a published
 * agenda by everyone, non-public ones by the body's insiders); attached and removed by those who plan
 * the meeting while its agenda may change.
 */
@Component
class AgendaItemDocuments implements DocumentAccessPolicy {

    static final String KIND = "AGENDA_ITEM";

    private final MeetingQueries queries;
    private final Permissions permissions;

    AgendaItemDocuments(MeetingQueries queries, Permissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    @Override
    public String ownerKind() {
        return KIND;
    }

    @Override
    public boolean mayRead(long itemId) {
        return queries.ownerOfItem(itemId).map(owner -> {
            boolean insider = permissions.may(BodyAction.READ_NON_PUBLIC, owner.bodyId())
                    || permissions.may(BodyAction.PLAN_MEETING, owner.bodyId());
            return insider || (owner.published() && !owner.nonPublic());
        }).orElse(false);
    }

    @Override
    public boolean mayAttach(long itemId) {
        return queries.ownerOfItem(itemId)
                .map(owner -> owner.status().agendaEditable() && permissions.may(BodyAction.PLAN_MEETING, owner.bodyId()))
                .orElse(false);
    }

    @Override
    public boolean mayRemove(long itemId) {
        return mayAttach(itemId);
    }
}
