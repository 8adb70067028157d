package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.actions.ActionStatus;
import de.lenkrunde.decisions.Vote;

/** Shared wording of the register and action item views: vote, action state, badges. */
final class RegisterTexts {

    private RegisterTexts() {
    }

    /** "5 : 1 : 2", "einstimmig", "im Konsens". */
    static String vote(Component translator, Vote vote) {
        return switch (vote.method()) {
            case COUNTED -> translator.getTranslation("register.vote.counted", vote.yes(), vote.no(), vote.abstain());
            case UNANIMOUS -> translator.getTranslation("voteMethod.UNANIMOUS");
            case CONSENSUS -> translator.getTranslation("register.vote.consensus");
        };
    }

    /** The status of an action item as a badge; overdue ones in the error colour with the word "überfällig". */
    static Span statusBadge(Component translator, ActionStatus status, boolean overdue) {
        Span badge = new Span(translator.getTranslation("actionStatus." + status.name())
                + (overdue ? " · " + translator.getTranslation("register.overdue") : ""));
        badge.getElement().getThemeList().add(overdue ? "badge error" : switch (status) {
            case DONE -> "badge success";
            case CANCELLED -> "badge contrast";
            default -> "badge";
        });
        return badge;
    }
}
