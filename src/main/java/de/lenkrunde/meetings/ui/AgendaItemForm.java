package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AgendaItemKind;
import de.lenkrunde.meetings.AgendaItemData;

import java.util.Arrays;
import java.util.function.Consumer;

/** The side form of the agenda builder: one TOP's title, kind, time, presenter, visibility and description. */
class AgendaItemForm extends Composite<Div> {

    private final TextField title = new TextField();
    private final Select<AgendaItemKind> kind = new Select<>();
    private final IntegerField minutes = new IntegerField();
    private final TextField presenter = new TextField();
    private final Checkbox nonPublic = new Checkbox();
    private final TextArea description = new TextArea();
    private final FormErrors errors;

    AgendaItemForm(Consumer<String> formMessage) {
        title.setLabel(getTranslation("agenda.item.title"));
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("agenda.item.kind"));
        kind.setItems(Arrays.asList(AgendaItemKind.values()));
        kind.setItemLabelGenerator(k -> getTranslation("agendaItemKind." + k.name()));
        minutes.setLabel(getTranslation("agenda.item.minutes"));
        minutes.setMin(0);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        minutes.setHelperText(getTranslation("agenda.item.minutes.help"));
        presenter.setLabel(getTranslation("agenda.item.presenter"));
        presenter.setMaxLength(200);
        nonPublic.setLabel(getTranslation("agenda.item.nonPublic"));
        description.setLabel(getTranslation("agenda.item.description"));
        description.setMaxLength(4000);
        description.setMinHeight("6rem");
        FormLayout layout = new FormLayout(title, kind, minutes, presenter, nonPublic, description);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        layout.setColspan(title, 2);
        layout.setColspan(presenter, 2);
        layout.setColspan(nonPublic, 2);
        layout.setColspan(description, 2);
        getContent().add(layout);
        errors = new FormErrors(this, formMessage).field("title", title).field("kind", kind).field("plannedMinutes", minutes)
                .field("presenter", presenter).field("description", description);
    }

    void setData(AgendaItemData data) {
        errors.clear();
        title.setValue(data.title() == null ? "" : data.title());
        kind.setValue(data.kind());
        minutes.setValue(data.plannedMinutes());
        presenter.setValue(data.presenter() == null ? "" : data.presenter());
        nonPublic.setValue(data.nonPublic());
        description.setValue(data.description() == null ? "" : data.description());
    }

    /** The input as it is; an empty or out-of-range time goes to the server and comes back at its field. */
    AgendaItemData getData() {
        Integer value = minutes.getValue();
        return new AgendaItemData(title.getValue(), kind.getValue(), value == null ? -1 : value, presenter.getValue(),
                nonPublic.getValue(), description.getValue());
    }

    void setEnabledForm(boolean enabled) {
        title.setReadOnly(!enabled);
        kind.setReadOnly(!enabled);
        minutes.setReadOnly(!enabled);
        presenter.setReadOnly(!enabled);
        nonPublic.setReadOnly(!enabled);
        description.setReadOnly(!enabled);
    }

    void focusTitle() {
        title.focus();
    }

    void showErrors(InvalidInputException e) {
        errors.show(e);
    }

    void clearErrors() {
        errors.clear();
    }
}
