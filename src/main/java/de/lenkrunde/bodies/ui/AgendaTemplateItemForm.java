package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.bodies.AgendaItemKind;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The side form of the agenda template editor: edits the selected {@link TemplateRow} in place and tells
 * the editor after every change, so the grid shows it at once. Nothing is saved until the editor saves.
 */
class AgendaTemplateItemForm extends Composite<FormLayout> implements HasSize {

    private final TextField title = new TextField();
    private final Select<AgendaItemKind> kind = new Select<>();
    private final IntegerField plannedMinutes = new IntegerField();
    private final Checkbox nonPublic = new Checkbox();
    private final Checkbox atEnd = new Checkbox();
    private final FormErrors errors;
    private final Runnable onChange;
    private TemplateRow row;
    private boolean filling;

    AgendaTemplateItemForm(Consumer<String> formMessage, Runnable onChange) {
        this.onChange = onChange;
        title.setLabel(getTranslation("agendaTemplate.itemTitle"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("agendaTemplate.kind"));
        kind.setItems(Arrays.asList(AgendaItemKind.values()));
        kind.setItemLabelGenerator(k -> kindLabel(this, k));
        plannedMinutes.setLabel(getTranslation("agendaTemplate.plannedMinutes"));
        plannedMinutes.setMin(0);
        plannedMinutes.setMax(600);
        plannedMinutes.setStepButtonsVisible(true);
        nonPublic.setLabel(getTranslation("agendaTemplate.nonPublic"));
        atEnd.setLabel(getTranslation("agendaTemplate.atEnd"));
        atEnd.setHelperText(getTranslation("agendaTemplate.atEnd.help"));

        title.addValueChangeListener(e -> change(r -> r.title = e.getValue()));
        kind.addValueChangeListener(e -> change(r -> r.kind = e.getValue()));
        plannedMinutes.addValueChangeListener(e -> change(r -> r.plannedMinutes = e.getValue()));
        nonPublic.addValueChangeListener(e -> change(r -> r.nonPublic = e.getValue()));
        atEnd.addValueChangeListener(e -> change(r -> r.atEnd = e.getValue()));

        getContent().add(title, kind, plannedMinutes, nonPublic, atEnd);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        errors = new FormErrors(this, formMessage).field("title", title).field("kind", kind)
                .field("plannedMinutes", plannedMinutes).field("nonPublic", nonPublic).field("atEnd", atEnd);
        setRow(null);
    }

    /** The label of a kind, e.g. "Beschluss". */
    static String kindLabel(Component translator, AgendaItemKind kind) {
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case INFORMATION -> translator.getTranslation("agendaItemKind.INFORMATION");
            case DISCUSSION -> translator.getTranslation("agendaItemKind.DISCUSSION");
            case DECISION -> translator.getTranslation("agendaItemKind.DECISION");
        };
    }

    /** Shows {@code row} for editing, or an empty, disabled form for {@code null}. */
    void setRow(TemplateRow row) {
        this.row = row;
        filling = true;
        try {
            errors.clear();
            title.setValue(row == null || row.title == null ? "" : row.title);
            kind.setValue(row == null ? null : row.kind);
            plannedMinutes.setValue(row == null ? null : row.plannedMinutes);
            nonPublic.setValue(row != null && row.nonPublic);
            atEnd.setValue(row != null && row.atEnd);
        } finally {
            filling = false;
        }
        getContent().setEnabled(row != null);
    }

    TemplateRow row() {
        return row;
    }

    FormErrors errors() {
        return errors;
    }

    void focus() {
        title.focus();
    }

    private void change(Consumer<TemplateRow> edit) {
        if (filling || row == null) {
            return;
        }
        edit.accept(row);
        onChange.run();
    }
}
