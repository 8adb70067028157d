package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.decisions.DecisionDraft;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.proposals.DecisionOutcome;

/**
 * "Beschluss erfassen" in the console: the form for the current Beschluss TOP, pre-filled with the text being voted;
 * once the decision is taken, the decision with its number and a "Berichtigen" action. A failed check keeps
 * everything typed and shows the message at the field. "Beschluss speichern" is disabled while it saves, so a double
 * click records once; chair and deputy saving at once get one decision (the second is told which).
 */
class DecisionPanel extends Composite<Div> {

    private final DecisionService decisions;
    private final Runnable changed;
    private final DecisionResult result = new DecisionResult();
    private final Div body = new Div();
    private long meetingId;
    private long itemId;
    private DecisionForm form;
    /** The text the form was filled with, to tell an untouched form from one the chair typed in. */
    private String suggested;

    DecisionPanel(DecisionService decisions, Runnable changed) {
        this.decisions = decisions;
        this.changed = changed;
        getContent().add(result, body);
        getContent().addClassName("decision-panel");
    }

    /** Shows the item's decision or the form for it; keeps a form being typed in when the same item is shown again. */
    void show(long meetingId, long itemId) {
        boolean sameItem = this.meetingId == meetingId && this.itemId == itemId && form != null;
        this.meetingId = meetingId;
        this.itemId = itemId;
        DecisionDraft draft = decisions.draft(meetingId, itemId);
        result.show(draft.current());
        if (draft.current() != null) {
            form = null;
            body.removeAll();
            if (draft.mayRecord()) {
                Button correct = new Button(getTranslation("live.decision.correct"), e -> correctionDialog(draft.current(), draft));
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
                body.add(correct);
            }
            return;
        }
        if (!draft.decidable()) {
            form = null;
            body.removeAll();
            body.add(new Paragraph(getTranslation("live.decision.notDecisionItem")));
            return;
        }
        if (!draft.mayRecord()) {
            form = null;
            body.removeAll();
            body.add(new Paragraph(getTranslation("live.decision.none")));
            return;
        }
        if (sameItem) {
            form.quorum(draft.quorum());
            // an amendment carried meanwhile: an untouched form takes the amended text, typed text stays
            String nowSuggested = draft.suggestedText() == null ? "" : draft.suggestedText();
            if (!nowSuggested.equals(suggested) && form.text.getValue().equals(suggested)) {
                form.text.setValue(nowSuggested);
                suggested = nowSuggested;
                if (draft.amended()) {
                    body.addComponentAsFirst(new Paragraph(getTranslation("live.decision.amendedHint")));
                    preselectAmended(draft);
                }
            }
            return;
        }
        body.removeAll();
        form = new DecisionForm(draft.outcomes());
        suggested = draft.suggestedText() == null ? "" : draft.suggestedText();
        form.text.setValue(suggested);
        form.quorum(draft.quorum());
        if (draft.amended()) {
            body.add(new Paragraph(getTranslation("live.decision.amendedHint")));
            preselectAmended(draft);
        }
        Button save = new Button(getTranslation("live.decision.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        DecisionForm current = form;
        save.addClickListener(e -> {
            try {
                record(current);
            } finally {
                save.setEnabled(true);
            }
        });
        body.add(form, save);
    }

    /** The text already carries the accepted amendment: what the body decides is the amended proposal. */
    private void preselectAmended(DecisionDraft draft) {
        if (draft.outcomes().isEmpty() || draft.outcomes().contains(DecisionOutcome.ACCEPTED_AMENDED)) {
            form.outcome.setValue(DecisionOutcome.ACCEPTED_AMENDED);
        }
    }

    private void record(DecisionForm current) {
        try {
            DecisionView decision = decisions.record(meetingId, itemId, current.value());
            current.errors.clear();
            Toasts.success(getTranslation("live.decision.saved", decision.number()));
            form = null;
            changed.run();
        } catch (InvalidInputException e) {
            current.errors.show(e);
        } catch (BusinessRuleException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
            form = null;
            changed.run();
        } catch (EditConflictException e) {
            Toasts.error(getTranslation("live.conflict"));
            changed.run();
        }
    }

    /** Berichtigung: the form filled with the decision as it stands, and the reason for the correction. */
    private void correctionDialog(DecisionView decision, DecisionDraft draft) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("live.decision.correct.title", decision.number()));
        dialog.setWidth("min(44rem, 95vw)");
        DecisionForm correction = new DecisionForm(draft.outcomes());
        correction.text.setValue(decision.text());
        correction.outcome.setValue(decision.outcome());
        correction.method.setValue(decision.vote().method());
        correction.yes.setValue(decision.vote().yes());
        correction.no.setValue(decision.vote().no());
        correction.abstain.setValue(decision.vote().abstain());
        correction.quorum(draft.quorum());
        correction.quorumOverride.setVisible(false);
        correction.reason.setValue(decision.reason() == null ? "" : decision.reason());
        TextArea why = new TextArea(getTranslation("live.decision.correct.reason"));
        why.setWidthFull();
        why.setMaxLength(1000);
        why.setRequiredIndicatorVisible(true);
        correction.errors.field("correctionReason", why);
        dialog.add(new Paragraph(getTranslation("live.decision.correct.text")), correction, why);
        Button save = new Button(getTranslation("live.decision.correct.save"), e -> {
            try {
                DecisionView corrected = decisions.correct(decision.id(), decision.version(), correction.value(), why.getValue());
                Toasts.success(getTranslation("live.decision.correct.saved", corrected.number()));
                dialog.close();
                changed.run();
            } catch (InvalidInputException ex) {
                correction.errors.show(ex);
            } catch (BusinessRuleException ex) {
                Toasts.error(getTranslation(ex.messageKey(), ex.arguments()));
            } catch (EditConflictException ex) {
                Toasts.error(getTranslation("live.conflict"));
                dialog.close();
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
