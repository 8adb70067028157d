package de.lenkrunde.live.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.Query;
import de.lenkrunde.actions.ActionItemData;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.actions.ActionOwner;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.people.PersonReference;

import java.util.List;

/**
 * "Aufgabe anlegen" in the console: the current TOP's action items and a form — what, who (a person, searched by
 * name, or a body), by when, and whether it implements the decision just taken. The owner is told at once.
 */
class ActionItemsPanel extends Composite<Div> {

    private enum OwnerKind { PERSON, BODY }

    private final ActionItemService actions;
    private final Runnable changed;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final Div form = new Div();
    private final TextArea description = new TextArea();
    private final RadioButtonGroup<OwnerKind> ownerKind = new RadioButtonGroup<>();
    private final ComboBox<PersonReference> person = new ComboBox<>();
    private final ComboBox<BodyReference> body = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final Checkbox ofDecision = new Checkbox();
    private final Paragraph formMessage = new Paragraph();
    private final FormErrors errors;
    private long meetingId;
    private long itemId;
    private DecisionView decision;

    ActionItemsPanel(ActionItemService actions, Runnable changed) {
        this.actions = actions;
        this.changed = changed;
        empty.setText(getTranslation("live.action.empty"));
        list.addClassName("action-list");
        description.setLabel(getTranslation("live.action.description"));
        description.setWidthFull();
        description.setMaxLength(2000);
        description.setRequiredIndicatorVisible(true);
        ownerKind.setLabel(getTranslation("live.action.ownerKind"));
        ownerKind.setItems(OwnerKind.values());
        ownerKind.setItemLabelGenerator(k -> getTranslation("live.action.ownerKind." + k.name()));
        ownerKind.setValue(OwnerKind.PERSON);
        person.setLabel(getTranslation("live.action.person"));
        person.setItemLabelGenerator(PersonReference::label);
        person.setItems(query -> actions.ownerPeople(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        person.setRequiredIndicatorVisible(true);
        person.setWidth("20rem");
        body.setLabel(getTranslation("live.action.body"));
        body.setItemLabelGenerator(BodyReference::name);
        body.setRequiredIndicatorVisible(true);
        body.setVisible(false);
        body.setWidth("20rem");
        ownerKind.addValueChangeListener(e -> {
            person.setVisible(e.getValue() == OwnerKind.PERSON);
            body.setVisible(e.getValue() == OwnerKind.BODY);
        });
        due.setLabel(getTranslation("live.action.due"));
        due.setLocale(java.util.Locale.GERMANY);
        due.setRequiredIndicatorVisible(true);
        ofDecision.setLabel(getTranslation("live.action.ofDecision"));
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.addClassName("form-message");
        Button save = new Button(getTranslation("live.action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        form.add(description, ownerKind, person, body, due, ofDecision, formMessage, save);
        form.addClassName("action-form");
        errors = new FormErrors(this, formMessage::setText).field("description", description).field("owner",
                new OwnerValidation()).field("dueDate", due);
        getContent().add(list, empty, form);
        getContent().addClassName("actions-panel");
    }

    void show(long meetingId, long itemId, DecisionView decision, boolean mayAssign) {
        boolean otherItem = this.itemId != itemId || this.meetingId != meetingId;
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.decision = decision;
        List<ActionItemView> items = actions.ofItem(meetingId, itemId);
        list.removeAll();
        items.forEach(a -> list.add(new ListItem(getTranslation("live.action.line", a.description(), a.owner().name(),
                Formats.date(a.dueDate())))));
        empty.setVisible(items.isEmpty());
        form.setVisible(mayAssign);
        ofDecision.setVisible(decision != null);
        ofDecision.setValue(decision != null);
        if (decision != null) {
            ofDecision.setLabel(getTranslation("live.action.ofDecision", decision.number()));
        }
        if (mayAssign && body.getListDataView().getItemCount() == 0) {
            body.setItems(actions.ownerBodies());
        }
        if (otherItem) {
            clear();
        }
    }

    private void save() {
        formMessage.setText("");
        ActionOwner owner = null;
        if (ownerKind.getValue() == OwnerKind.PERSON && person.getValue() != null) {
            owner = ActionOwner.person(person.getValue().id(), person.getValue().displayName());
        } else if (ownerKind.getValue() == OwnerKind.BODY && body.getValue() != null) {
            owner = ActionOwner.body(body.getValue().id(), body.getValue().name());
        }
        ActionItemData data = new ActionItemData(description.getValue(), owner, due.getValue(),
                decision != null && ofDecision.getValue() ? decision.id() : null, null);
        if (errors.submit(() -> actions.assign(meetingId, itemId, data))) {
            Toasts.success(getTranslation("live.action.saved"));
            clear();
            changed.run();
        }
    }

    private void clear() {
        errors.clear();
        description.clear();
        person.clear();
        body.clear();
        due.clear();
    }

    /** The owner's message goes to whichever picker is showing. */
    private final class OwnerValidation implements com.vaadin.flow.component.HasValidation {

        private String message;

        @Override
        public void setErrorMessage(String errorMessage) {
            this.message = errorMessage;
            person.setErrorMessage(errorMessage);
            body.setErrorMessage(errorMessage);
        }

        @Override
        public String getErrorMessage() {
            return message;
        }

        @Override
        public void setInvalid(boolean invalid) {
            person.setInvalid(invalid && person.isVisible());
            body.setInvalid(invalid && body.isVisible());
        }

        @Override
        public boolean isInvalid() {
            return person.isInvalid() || body.isInvalid();
        }
    }
}
