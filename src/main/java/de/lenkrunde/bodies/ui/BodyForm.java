package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.BodyData;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.QuorumRule;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** A body's name, code, area and settings; reads and writes {@link BodyData}. */
class BodyForm extends Composite<FormLayout> {

    private final Select<BodyType> type = new Select<>();
    private final TextField name = new TextField();
    private final TextField shortCode = new TextField();
    private final TextField topic = new TextField();
    private final ComboBox<AreaNode> area = new ComboBox<>();
    private final Checkbox active = new Checkbox();
    private final IntegerField noticePeriodDays = new IntegerField();
    private final Select<QuorumRule> quorumRule = new Select<>();
    private final Checkbox circulationAllowed = new Checkbox();
    private final FormErrors errors;
    private List<AreaNode> areas = List.of();

    BodyForm(Consumer<String> formMessage) {
        type.setLabel(getTranslation("body.type"));
        type.setItems(Arrays.asList(BodyType.values()));
        type.setItemLabelGenerator(t -> getTranslation("bodyType." + t.name()));
        type.addValueChangeListener(e -> topic.setVisible(e.getValue() == BodyType.FOCUS_GROUP));
        name.setLabel(getTranslation("body.name"));
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        shortCode.setLabel(getTranslation("body.shortCode"));
        shortCode.setHelperText(getTranslation("body.shortCode.help"));
        shortCode.setMaxLength(12);
        shortCode.setRequiredIndicatorVisible(true);
        topic.setLabel(getTranslation("body.topic"));
        topic.setMaxLength(150);
        area.setLabel(getTranslation("body.area"));
        area.setItemLabelGenerator(a -> a.name() + " (" + getTranslation("areaKind." + a.kind().name()) + ")");
        area.setRequiredIndicatorVisible(true);
        active.setLabel(getTranslation("body.active"));
        noticePeriodDays.setLabel(getTranslation("body.noticePeriod"));
        noticePeriodDays.setHelperText(getTranslation("body.noticePeriod.help"));
        noticePeriodDays.setMin(0);
        noticePeriodDays.setMax(90);
        noticePeriodDays.setStepButtonsVisible(true);
        quorumRule.setLabel(getTranslation("body.quorumRule"));
        quorumRule.setItems(Arrays.asList(QuorumRule.values()));
        quorumRule.setItemLabelGenerator(q -> getTranslation("quorumRule." + q.name()));
        circulationAllowed.setLabel(getTranslation("body.circulationAllowed"));
        getContent().add(type, name, shortCode, topic, area, noticePeriodDays, quorumRule, circulationAllowed, active);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        errors = new FormErrors(this, formMessage).field("type", type).field("name", name).field("shortCode", shortCode)
                .field("topic", topic).field("areaId", area).field("noticePeriodDays", noticePeriodDays)
                .field("quorumRule", quorumRule);
    }

    void setAreas(List<AreaNode> areas) {
        this.areas = areas;
        area.setItems(areas);
    }

    void setData(BodyData data, boolean typeEditable) {
        errors.clear();
        type.setValue(data.type());
        type.setReadOnly(!typeEditable);
        name.setValue(data.name() == null ? "" : data.name());
        shortCode.setValue(data.shortCode() == null ? "" : data.shortCode());
        topic.setValue(data.topic() == null ? "" : data.topic());
        topic.setVisible(data.type() == BodyType.FOCUS_GROUP);
        area.setValue(areas.stream().filter(a -> a.id() == (data.areaId() == null ? -1 : data.areaId())).findFirst().orElse(null));
        active.setValue(data.active());
        noticePeriodDays.setValue(data.noticePeriodDays());
        quorumRule.setValue(data.quorumRule());
        circulationAllowed.setValue(data.circulationAllowed());
    }

    BodyData getData() {
        Integer days = noticePeriodDays.getValue();
        return new BodyData(type.getValue(), name.getValue(), shortCode.getValue(), topic.getValue(),
                area.getValue() == null ? null : area.getValue().id(), active.getValue(),
                // An empty or unparsable number becomes -1, which the server refuses at this field.
                days == null ? -1 : days, quorumRule.getValue(), circulationAllowed.getValue());
    }

    void setReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        shortCode.setReadOnly(readOnly);
        topic.setReadOnly(readOnly);
        area.setReadOnly(readOnly);
        active.setReadOnly(readOnly);
        noticePeriodDays.setReadOnly(readOnly);
        quorumRule.setReadOnly(readOnly);
        circulationAllowed.setReadOnly(readOnly);
        if (readOnly) {
            type.setReadOnly(true);
        }
    }

    FormErrors errors() {
        return errors;
    }

    void focus() {
        name.focus();
    }
}
