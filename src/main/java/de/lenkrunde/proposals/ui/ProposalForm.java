package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.HintePrinciple;
import de.lenkrunde.proposals.ProposalData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fields of a proposal with their limits and character counters; reads and writes
 * {@link ProposalData}. The server checks the same limits and what submitting needs.
 */
class ProposalForm extends Composite<Div> {

    private final TextField title = new TextField();
    private final ComboBox<BodyReference> originGroup = new ComboBox<>();
    private final ComboBox<BodyReference> targetBody = new ComboBox<>();
    private final ComboBox<PersonReference> contact = new ComboBox<>();
    private final ComboBox<AreaNode> area = new ComboBox<>();
    private final TextArea occasion = new TextArea();
    private final TextArea goal = new TextArea();
    private final TextArea measures = new TextArea();
    private final TextArea targetGroup = new TextArea();
    private final DatePicker plannedFrom;
    private final DatePicker plannedTo;
    private final BigDecimalField requestedAmount = new BigDecimalField();
    private final BigDecimalField ownContribution = new BigDecimalField();
    private final TextArea decisionProposal = new TextArea();
    private final Map<HintePrinciple, Checkbox> addressed = new EnumMap<>(HintePrinciple.class);
    private final Map<HintePrinciple, TextArea> justification = new EnumMap<>(HintePrinciple.class);
    private final Div criteriaMessage = new Div();
    private final FormErrors errors;
    private List<BodyReference> groups = List.of();
    private List<BodyReference> targets = List.of();
    private List<AreaNode> areas = List.of();

    ProposalForm(PeopleService people, Consumer<String> formMessage) {
        text(title, "proposal.title", 200, true);
        originGroup.setLabel(getTranslation("proposal.originGroup"));
        originGroup.setItemLabelGenerator(BodyReference::name);
        originGroup.setRequiredIndicatorVisible(true);
        targetBody.setLabel(getTranslation("proposal.targetBody"));
        targetBody.setItemLabelGenerator(BodyReference::name);
        targetBody.setRequiredIndicatorVisible(true);
        area.setLabel(getTranslation("proposal.area"));
        area.setHelperText(getTranslation("proposal.area.help"));
        area.setItemLabelGenerator(a -> a.name() + " (" + getTranslation("areaKind." + a.kind().name()) + ")");
        area.setClearButtonVisible(true);
        contact.setLabel(getTranslation("proposal.contact"));
        contact.setHelperText(getTranslation("proposal.contact.help"));
        contact.setItemLabelGenerator(PersonReference::label);
        contact.setItems(query -> people.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        contact.setClearButtonVisible(true);
        area(occasion, "proposal.occasion", 4000);
        area(goal, "proposal.goal", 4000);
        area(measures, "proposal.measures", 4000);
        area(targetGroup, "proposal.targetGroup", 1000);
        area(decisionProposal, "proposal.decisionProposal", 4000);
        plannedFrom = ComponentTexts.datePicker(this, getTranslation("proposal.plannedFrom"));
        plannedTo = ComponentTexts.datePicker(this, getTranslation("proposal.plannedTo"));
        money(requestedAmount, "proposal.requestedAmount");
        requestedAmount.setHelperText(getTranslation("proposal.requestedAmount.help"));
        money(ownContribution, "proposal.ownContribution");

        FormLayout main = new FormLayout(title, originGroup, targetBody, area, contact, occasion, goal, measures, targetGroup,
                plannedFrom, plannedTo, requestedAmount, ownContribution, decisionProposal);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        for (var wide : List.of(title, occasion, goal, measures, targetGroup, decisionProposal)) {
            main.setColspan(wide, 2);
        }
        FormLayout criteria = new FormLayout();
        criteria.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (HintePrinciple principle : HintePrinciple.values()) {
            Checkbox box = new Checkbox(getTranslation("hinte." + principle.name()));
            TextArea why = new TextArea();
            area(why, "proposal.criterion.justification", 2000);
            why.setAriaLabel(getTranslation("proposal.criterion.justificationFor", getTranslation("hinte." + principle.name())));
            addressed.put(principle, box);
            justification.put(principle, why);
            criteria.add(box, why);
        }
        criteriaMessage.getElement().setAttribute("role", "alert");
        criteriaMessage.addClassName("field-error");
        getContent().add(main, new H2(getTranslation("proposal.criteria")), new Div(getTranslation("proposal.criteria.help")),
                criteriaMessage, criteria);

        errors = new FormErrors(this, formMessage);
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title), Map.entry("originGroupId", originGroup),
                Map.entry("targetBodyId", targetBody), Map.entry("contactPersonId", contact), Map.entry("areaId", area), Map.entry("occasion", occasion),
                Map.entry("goal", goal), Map.entry("measures", measures), Map.entry("targetGroup", targetGroup),
                Map.entry("plannedFrom", plannedFrom), Map.entry("plannedTo", plannedTo),
                Map.entry("requestedAmount", requestedAmount), Map.entry("ownContribution", ownContribution),
                Map.entry("decisionProposal", decisionProposal));
        fields.forEach(errors::field);
    }

    void setAreas(List<AreaNode> areas) {
        this.areas = areas;
        area.setItems(areas);
    }

    void setChoices(List<BodyReference> groups, List<BodyReference> targets) {
        this.groups = groups;
        this.targets = targets;
        originGroup.setItems(groups);
        targetBody.setItems(targets);
    }

    void setData(ProposalData data, PersonReference contactPerson, boolean bodiesEditable) {
        errors.clear();
        criteriaMessage.setText("");
        title.setValue(orEmpty(data.title()));
        originGroup.setValue(find(groups, data.originGroupId()).orElse(null));
        targetBody.setValue(find(targets, data.targetBodyId()).orElse(null));
        originGroup.setReadOnly(!bodiesEditable);
        targetBody.setReadOnly(!bodiesEditable);
        contact.setValue(contactPerson);
        area.setValue(areas.stream().filter(a -> data.areaId() != null && a.id() == data.areaId()).findFirst().orElse(null));
        occasion.setValue(orEmpty(data.occasion()));
        goal.setValue(orEmpty(data.goal()));
        measures.setValue(orEmpty(data.measures()));
        targetGroup.setValue(orEmpty(data.targetGroup()));
        plannedFrom.setValue(data.plannedFrom());
        plannedTo.setValue(data.plannedTo());
        requestedAmount.setValue(data.requestedAmount());
        ownContribution.setValue(data.ownContribution());
        decisionProposal.setValue(orEmpty(data.decisionProposal()));
        for (CriterionData criterion : data.criteria()) {
            addressed.get(criterion.principle()).setValue(criterion.addressed());
            justification.get(criterion.principle()).setValue(orEmpty(criterion.justification()));
        }
    }

    /** The input as it is; an empty amount goes to the server as missing and is refused at its field. */
    ProposalData getData(Long fixedOrigin, Long fixedTarget) {
        List<CriterionData> criteria = new ArrayList<>();
        for (HintePrinciple principle : HintePrinciple.values()) {
            criteria.add(new CriterionData(principle, addressed.get(principle).getValue(), justification.get(principle).getValue()));
        }
        return new ProposalData(title.getValue(),
                originGroup.getValue() == null ? fixedOrigin : originGroup.getValue().id(),
                contact.getValue() == null ? null : contact.getValue().id(),
                targetBody.getValue() == null ? fixedTarget : targetBody.getValue().id(),
                area.getValue() == null ? null : area.getValue().id(), occasion.getValue(), goal.getValue(), measures.getValue(), targetGroup.getValue(),
                plannedFrom.getValue(), plannedTo.getValue(), requestedAmount.getValue(), ownContribution.getValue(),
                decisionProposal.getValue(), criteria);
    }

    void showErrors(de.lenkrunde.base.validation.InvalidInputException e) {
        errors.show(e);
        e.errors().stream().filter(err -> "criteria".equals(err.field())).findFirst()
                .ifPresent(err -> criteriaMessage.setText(getTranslation(err.messageKey())));
    }

    void clearErrors() {
        errors.clear();
        criteriaMessage.setText("");
    }

    private void text(TextField field, String key, int max, boolean required) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        counter(field::setHelperText, field.getValue(), max);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> counter(field::setHelperText, e.getValue(), max));
    }

    private void area(TextArea field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        counter(field::setHelperText, "", max);
        field.addValueChangeListener(e -> counter(field::setHelperText, e.getValue(), max));
    }

    private void money(BigDecimalField field, String key) {
        field.setLabel(getTranslation(key));
        field.setSuffixComponent(new Div("€"));
        field.setRequiredIndicatorVisible(true);
    }

    private void counter(Consumer<String> helper, String value, int max) {
        helper.accept(getTranslation("form.counter", value == null ? 0 : value.length(), max));
    }

    private static Optional<BodyReference> find(List<BodyReference> bodies, Long id) {
        return bodies.stream().filter(b -> id != null && b.id() == id).findFirst();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
