package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.meetings.AgendaEntry;

/**
 * The title of an agenda item in the builder's list, with what the chair must see at a glance: a sub-item's indent,
 * the proposal's number, non-public, and withdrawn / new / changed since the invitation went out.
 */
class AgendaTitleCell extends Div {

    AgendaTitleCell(AgendaEntry entry) {
        addClassName("agenda-title-cell");
        if (entry.depth() > 0) {
            addClassName("sub-item");
        }
        Span title = new Span(entry.title());
        if (entry.withdrawn()) {
            title.addClassName("withdrawn");
        }
        add(title);
        if (entry.proposalLabel() != null) {
            Span proposal = new Span(entry.proposalLabel().split(" ", 2)[0]);
            proposal.getElement().getThemeList().add("badge small");
            add(new Span(" "), proposal);
        }
        if (entry.data().nonPublic()) {
            add(new Span(" "), badge("agenda.nonPublic", "badge contrast small"));
        }
        if (entry.withdrawn()) {
            add(new Span(" "), badge("agenda.mark.withdrawn", "badge error small"));
        } else if (entry.pendingChange()) {
            add(new Span(" "), badge(entry.newSinceInvitation() ? "agenda.mark.new" : "agenda.mark.changed", "badge success small"));
        }
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
