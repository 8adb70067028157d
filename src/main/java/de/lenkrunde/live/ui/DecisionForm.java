package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.decisions.DecisionData;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.decisions.VoteMethod;
import de.lenkrunde.meetings.Quorum;
import de.lenkrunde.proposals.DecisionOutcome;

import java.util.Arrays;
import java.util.List;

/**
 * The fields of a decision: text, outcome, how the vote was taken and its counts, the reason for voting without
 * quorum and for a referral. Shared by "Beschluss erfassen" and the correction dialog. It never clears what was
 * typed; the server's verdict is shown at the fields ({@link #errors}).
 */
class DecisionForm extends Composite<Div> {

    final TextArea text = new TextArea();
    final Select<DecisionOutcome> outcome = new Select<>();
    final RadioButtonGroup<VoteMethod> method = new RadioButtonGroup<>();
    final IntegerField yes = count("live.decision.yes");
    final IntegerField no = count("live.decision.no");
    final IntegerField abstain = count("live.decision.abstain");
    final TextArea quorumOverride = new TextArea();
    final TextArea reason = new TextArea();
    private final Paragraph quorumLine = new Paragraph();
    private final Paragraph formMessage = new Paragraph();
    private final HorizontalLayout counts = new HorizontalLayout(yes, no, abstain);
    final FormErrors errors;

    DecisionForm(List<DecisionOutcome> outcomes) {
        text.setLabel(getTranslation("live.decision.text"));
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setMaxLength(20_000);
        text.setRequiredIndicatorVisible(true);
        outcome.setLabel(getTranslation("live.decision.outcome"));
        outcome.setItems(outcomes.isEmpty() ? Arrays.asList(DecisionOutcome.values()) : outcomes);
        outcome.setItemLabelGenerator(o -> getTranslation("decisionOutcome." + o.name()));
        outcome.setValue(DecisionOutcome.ACCEPTED);
        outcome.addValueChangeListener(e -> reason.setRequiredIndicatorVisible(e.getValue() == DecisionOutcome.REFERRED_BACK));
        method.setLabel(getTranslation("live.decision.method"));
        method.setItems(VoteMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("voteMethod." + m.name()));
        method.setValue(VoteMethod.COUNTED);
        method.addValueChangeListener(e -> counts.setVisible(e.getValue() == VoteMethod.COUNTED));
        quorumOverride.setLabel(getTranslation("live.decision.quorumOverride"));
        quorumOverride.setWidthFull();
        quorumOverride.setMaxLength(1000);
        quorumOverride.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("live.decision.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        quorumLine.addClassName("decision-quorum");
        formMessage.addClassName("form-message");
        formMessage.getElement().setAttribute("role", "alert");
        getContent().add(quorumLine, text, outcome, method, counts, quorumOverride, reason, formMessage);
        getContent().addClassName("decision-form");
        errors = new FormErrors(this, message -> formMessage.setText(message))
                .field("text", text).field("outcome", outcome).field("method", method).field("yes", yes).field("no", no)
                .field("abstain", abstain).field("quorumOverrideReason", quorumOverride).field("reason", reason);
    }

    /** Shows who may vote and whether the body is quorate; asks for a reason to vote anyway when it is not. */
    void quorum(Quorum quorum) {
        quorumLine.setText(getTranslation(quorum.reached() ? "live.decision.quorumReached" : "live.decision.quorumMissing",
                quorum.votingPresent(), quorum.votingMembers(), quorum.required()));
        quorumLine.getElement().getClassList().set("not-quorate", !quorum.reached());
        quorumOverride.setVisible(!quorum.reached());
        yes.setMax(quorum.votingPresent());
        no.setMax(quorum.votingPresent());
        abstain.setMax(quorum.votingPresent());
    }

    DecisionData value() {
        formMessage.setText("");
        VoteMethod how = method.getValue();
        Vote vote = how == null ? new Vote(null, null, null, null) : switch (how) {
            case COUNTED -> new Vote(VoteMethod.COUNTED, yes.getValue(), no.getValue(), abstain.getValue());
            case UNANIMOUS -> Vote.unanimous(null);
            case CONSENSUS -> Vote.consensus();
        };
        return new DecisionData(text.getValue(), outcome.getValue(), vote,
                quorumOverride.isVisible() ? quorumOverride.getValue() : null, reason.getValue());
    }

    private IntegerField count(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setWidth("8rem");
        return field;
    }
}
