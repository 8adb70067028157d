package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.MembershipData;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Person, role, voting right, representation and period of a membership. */
class MembershipForm extends Composite<FormLayout> {

    private final ComboBox<PersonReference> person = new ComboBox<>();
    private final Select<BodyRole> role = new Select<>();
    private final Checkbox votingRight = new Checkbox();
    private final ComboBox<BodyReference> onBehalfOf = new ComboBox<>();
    private final DatePicker validFrom;
    private final DatePicker validTo;
    private final FormErrors errors;
    private List<BodyReference> focusGroups = List.of();

    MembershipForm(PeopleService people, Consumer<String> formMessage) {
        person.setLabel(getTranslation("membership.person"));
        person.setRequiredIndicatorVisible(true);
        person.setItemLabelGenerator(PersonReference::label);
        // Searches as the user types; never loads all people.
        person.setItems(query -> people.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        role.setLabel(getTranslation("membership.role"));
        role.setItems(Arrays.asList(BodyRole.values()));
        role.setItemLabelGenerator(r -> getTranslation("bodyRole." + r.name()));
        role.addValueChangeListener(e -> {
            boolean mayVote = e.getValue() != null && e.getValue().mayHaveVotingRight();
            votingRight.setEnabled(mayVote);
            if (!mayVote) {
                votingRight.setValue(false);
            }
        });
        votingRight.setLabel(getTranslation("membership.votingRight"));
        onBehalfOf.setLabel(getTranslation("membership.onBehalfOf"));
        onBehalfOf.setHelperText(getTranslation("membership.onBehalfOf.help"));
        onBehalfOf.setItemLabelGenerator(BodyReference::name);
        onBehalfOf.setClearButtonVisible(true);
        validFrom = ComponentTexts.datePicker(this, getTranslation("membership.validFrom"));
        validFrom.setRequiredIndicatorVisible(true);
        validTo = ComponentTexts.datePicker(this, getTranslation("membership.validTo"));
        validTo.setHelperText(getTranslation("membership.validTo.help"));
        validTo.setClearButtonVisible(true);
        getContent().add(person, role, votingRight, onBehalfOf, validFrom, validTo);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        errors = new FormErrors(this, formMessage).field("personId", person).field("role", role)
                .field("votingRight", votingRight).field("onBehalfOfBodyId", onBehalfOf)
                .field("validFrom", validFrom).field("validTo", validTo);
    }

    void setFocusGroups(List<BodyReference> focusGroups) {
        this.focusGroups = focusGroups;
        onBehalfOf.setItems(focusGroups);
    }

    void setData(MembershipData data, PersonReference personReference) {
        setData(data, personReference, null);
    }

    /**
     * @param represented the focus group the member speaks for, offered even when it is no longer active
     *                    (the pickers list active groups only), so that saving does not silently drop it
     */
    void setData(MembershipData data, PersonReference personReference, BodyReference represented) {
        errors.clear();
        List<BodyReference> options = focusGroups;
        if (represented != null && focusGroups.stream().noneMatch(b -> b.id() == represented.id())) {
            options = new ArrayList<>(focusGroups);
            options.add(represented);
        }
        onBehalfOf.setItems(options);
        person.setValue(personReference);
        person.setReadOnly(personReference != null);
        role.setValue(data.role());
        votingRight.setValue(data.votingRight());
        onBehalfOf.setValue(options.stream().filter(b -> data.onBehalfOfBodyId() != null && b.id() == data.onBehalfOfBodyId())
                .findFirst().orElse(null));
        validFrom.setValue(data.validFrom());
        validTo.setValue(data.validTo());
    }

    MembershipData getData() {
        return new MembershipData(person.getValue() == null ? null : person.getValue().id(), role.getValue(),
                votingRight.getValue(), onBehalfOf.getValue() == null ? null : onBehalfOf.getValue().id(),
                validFrom.getValue(), validTo.getValue());
    }

    FormErrors errors() {
        return errors;
    }

    void setReadOnly(boolean readOnly) {
        role.setReadOnly(readOnly);
        votingRight.setReadOnly(readOnly);
        onBehalfOf.setReadOnly(readOnly);
        validFrom.setReadOnly(readOnly);
        validTo.setReadOnly(readOnly);
    }

    void focus() {
        person.focus();
    }
}
