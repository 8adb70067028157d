package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.MotionData;
import de.lenkrunde.decisions.MotionKind;
import de.lenkrunde.decisions.MotionOutcome;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.decisions.ProceduralMotion;
import de.lenkrunde.decisions.Vote;
import de.lenkrunde.meetings.AttendanceEntry;

import java.util.List;

/**
 * Motions (Anträge) on the current TOP, for the minutes: the list so far and a form — kind, for a procedural motion
 * what it asks, mover (from the attendance list or typed), text, for an amendment the new wording, outcome and vote.
 * An accepted amendment changes the text in "Beschluss erfassen".
 */
class MotionsPanel extends Composite<Div> {

    private final DecisionService decisions;
    private final Runnable changed;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Div form = new Div();
    private final Select<MotionKind> kind = new Select<>();
    private final Select<ProceduralMotion> procedural = new Select<>();
    private final ComboBox<AttendanceEntry> mover = new ComboBox<>();
    private final TextField moverName = new TextField();
    private final TextArea text = new TextArea();
    private final TextArea newText = new TextArea();
    private final Select<MotionOutcome> outcome = new Select<>();
    private final IntegerField yes = new IntegerField();
    private final IntegerField no = new IntegerField();
    private final IntegerField abstain = new IntegerField();
    private final Paragraph formMessage = new Paragraph();
    private final FormErrors errors;
    private long meetingId;
    private long itemId;

    MotionsPanel(DecisionService decisions, Runnable changed) {
        this.decisions = decisions;
        this.changed = changed;
        list.addClassName("motion-list");
        empty.setText(getTranslation("live.motion.empty"));
        kind.setLabel(getTranslation("live.motion.kind"));
        kind.setItems(MotionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("motionKind." + k.name()));
        kind.setValue(MotionKind.SUBSTANTIVE);
        procedural.setLabel(getTranslation("live.motion.procedural"));
        procedural.setItems(ProceduralMotion.values());
        procedural.setItemLabelGenerator(k -> getTranslation("proceduralMotion." + k.name()));
        procedural.setVisible(false);
        kind.addValueChangeListener(e -> {
            procedural.setVisible(e.getValue() == MotionKind.PROCEDURAL);
            newText.setVisible(e.getValue() == MotionKind.AMENDMENT);
        });
        mover.setLabel(getTranslation("live.motion.mover"));
        mover.setItemLabelGenerator(AttendanceEntry::name);
        mover.setClearButtonVisible(true);
        moverName.setLabel(getTranslation("live.motion.moverName"));
        moverName.setMaxLength(200);
        text.setLabel(getTranslation("live.motion.text"));
        text.setWidthFull();
        text.setMaxLength(20_000);
        newText.setLabel(getTranslation("live.motion.newText"));
        newText.setWidthFull();
        newText.setMaxLength(20_000);
        newText.setVisible(false);
        outcome.setLabel(getTranslation("live.motion.outcome"));
        outcome.setItems(MotionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("motionOutcome." + o.name()));
        outcome.setValue(MotionOutcome.ACCEPTED);
        yes.setLabel(getTranslation("live.decision.yes"));
        no.setLabel(getTranslation("live.decision.no"));
        abstain.setLabel(getTranslation("live.decision.abstain"));
        for (IntegerField count : List.of(yes, no, abstain)) {
            count.setMin(0);
            count.setWidth("7rem");
            count.setStepButtonsVisible(true);
        }
        HorizontalLayout votes = new HorizontalLayout(yes, no, abstain);
        outcome.addValueChangeListener(e -> votes.setVisible(e.getValue() != MotionOutcome.WITHDRAWN));
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.addClassName("form-message");
        Button save = new Button(getTranslation("live.motion.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        form.add(new HorizontalLayout(kind, procedural), new HorizontalLayout(mover, moverName), text, newText,
                new HorizontalLayout(outcome), votes, formMessage, save);
        form.addClassName("motion-form");
        errors = new FormErrors(this, formMessage::setText).field("kind", kind).field("proceduralKind", procedural)
                .field("mover", mover).field("text", text).field("newText", newText).field("outcome", outcome)
                .field("yes", yes).field("no", no).field("abstain", abstain);
        getContent().add(list, empty, form);
        getContent().addClassName("motions-panel");
    }

    void show(long meetingId, long itemId, List<AttendanceEntry> present, boolean mayRecord) {
        boolean otherItem = this.itemId != itemId || this.meetingId != meetingId;
        this.meetingId = meetingId;
        this.itemId = itemId;
        List<MotionView> motions = decisions.motions(meetingId, itemId);
        list.removeAll();
        motions.forEach(m -> list.add(new ListItem(describe(m))));
        empty.setVisible(motions.isEmpty());
        mover.setItems(present);
        form.setVisible(mayRecord);
        if (otherItem) {
            clear();
        }
    }

    private String describe(MotionView motion) {
        String what = getTranslation("motionKind." + motion.kind().name())
                + (motion.proceduralKind() == null ? "" : " (" + getTranslation("proceduralMotion." + motion.proceduralKind().name()) + ")");
        String vote = motion.vote() == null ? "" : " – " + DecisionResult.voteText(this, motion.vote());
        return getTranslation("live.motion.line", what, motion.moverName(), motion.text(),
                getTranslation("motionOutcome." + motion.outcome().name()) + vote);
    }

    private void save() {
        formMessage.setText("");
        AttendanceEntry person = mover.getValue();
        Vote vote = outcome.getValue() == MotionOutcome.WITHDRAWN ? null : Vote.counted(
                yes.getValue() == null ? 0 : yes.getValue(), no.getValue() == null ? 0 : no.getValue(),
                abstain.getValue() == null ? 0 : abstain.getValue());
        MotionData data = new MotionData(kind.getValue(), procedural.getValue(), person == null ? null : person.personId(),
                person == null ? moverName.getValue() : null, text.getValue(), newText.getValue(), outcome.getValue(), vote);
        if (errors.submit(() -> decisions.recordMotion(meetingId, itemId, data))) {
            Toasts.success(getTranslation("live.motion.saved"));
            clear();
            changed.run();
        }
    }

    private void clear() {
        errors.clear();
        mover.clear();
        moverName.clear();
        text.clear();
        newText.clear();
        yes.clear();
        no.clear();
        abstain.clear();
        kind.setValue(MotionKind.SUBSTANTIVE);
        outcome.setValue(MotionOutcome.ACCEPTED);
    }
}
