package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.Vote;

/**
 * A decision as the room sees it: number, outcome and vote in one line, then its text. Used on the members' view,
 * the projector and in the console; announced politely to screen readers when it changes.
 */
class DecisionResult extends Composite<Div> {

    private final Span headline = new Span();
    private final Paragraph text = new Paragraph();

    DecisionResult() {
        headline.addClassName("decision-headline");
        text.addClassName("decision-text");
        getContent().add(headline, text);
        getContent().addClassName("decision-result");
        getContent().getElement().setAttribute("aria-live", "polite");
        getContent().setVisible(false);
    }

    void show(DecisionView decision) {
        getContent().setVisible(decision != null);
        if (decision == null) {
            return;
        }
        headline.setText(getTranslation("live.decision.headline", decision.number(),
                getTranslation("decisionOutcome." + decision.outcome().name()), voteText(this, decision.vote()))
                + (decision.correction() ? " · " + getTranslation("live.decision.corrected") : ""));
        text.setText(decision.text());
    }

    /** "5 Ja · 1 Nein · 0 Enthaltungen", "einstimmig (7 Ja)", "im Konsens". */
    static String voteText(Component translator, Vote vote) {
        if (vote == null) {
            return "";
        }
        return switch (vote.method()) {
            case COUNTED -> translator.getTranslation("live.decision.votes", vote.yes(), vote.no(), vote.abstain());
            case UNANIMOUS -> translator.getTranslation("live.decision.unanimous", vote.yes() > 0 ? vote.yes() : vote.no());
            case CONSENSUS -> translator.getTranslation("voteMethod.CONSENSUS");
        };
    }
}
