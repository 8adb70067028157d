package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ReferenceLinks;
import de.lenkrunde.meetings.AgendaSuggestion;
import de.lenkrunde.proposals.SubmittedProposal;

import java.util.List;
import java.util.function.Consumer;

/**
 * The builder's two offers beside the agenda, each a tab with its count: proposals submitted to the body and waiting
 * for a meeting, and carry-over suggestions (deferred items, open action items, minutes to approve). Taking one is
 * the view's business ({@code take…}); this only lists them.
 */
class AgendaOffers {

    private final Tab waitingTab = new Tab();
    private final Tab suggestionsTab = new Tab();
    private final Div waiting = new Div();
    private final Div suggestions = new Div();
    private final Consumer<SubmittedProposal> takeProposal;
    private final Consumer<AgendaSuggestion> takeSuggestion;

    AgendaOffers(Consumer<SubmittedProposal> takeProposal, Consumer<AgendaSuggestion> takeSuggestion) {
        this.takeProposal = takeProposal;
        this.takeSuggestion = takeSuggestion;
    }

    Tab waitingTab() {
        return waitingTab;
    }

    Div waiting() {
        return waiting;
    }

    Tab suggestionsTab() {
        return suggestionsTab;
    }

    Div suggestions() {
        return suggestions;
    }

    void show(List<SubmittedProposal> proposals, List<AgendaSuggestion> offered) {
        waiting.removeAll();
        waitingTab.setLabel(waiting.getTranslation("agenda.waiting") + " (" + proposals.size() + ")");
        if (proposals.isEmpty()) {
            waiting.add(new EmptyState(waiting.getTranslation("agenda.waiting.empty")));
        }
        for (SubmittedProposal proposal : proposals) {
            waiting.add(new SideCard(waiting.getTranslation("agenda.waiting.add"),
                    waiting.getTranslation("agenda.waiting.addLabel", proposal.label()), () -> takeProposal.accept(proposal),
                    new Anchor("vorschlaege/" + proposal.id(), proposal.label()),
                    SideCard.meta(proposal.originGroupName() + " · " + Formats.money(proposal.requestedAmount()))));
        }
        suggestions.removeAll();
        suggestionsTab.setLabel(suggestions.getTranslation("agenda.suggestions") + " (" + offered.size() + ")");
        if (offered.isEmpty()) {
            suggestions.add(new EmptyState(suggestions.getTranslation("agenda.suggestions.empty")));
        }
        for (AgendaSuggestion suggestion : offered) {
            Component origin = suggestion.origin() == null ? new Div()
                    : ReferenceLinks.linkOrText(suggestion.origin().route(), suggestion.origin().label());
            suggestions.add(new SideCard(suggestions.getTranslation("agenda.suggestions.add"),
                    suggestions.getTranslation("agenda.suggestions.addLabel", suggestion.title()), () -> takeSuggestion.accept(suggestion),
                    SideCard.meta(suggestions.getTranslation(suggestion.sourceKey())), new Div(suggestion.title()), origin));
        }
    }
}
