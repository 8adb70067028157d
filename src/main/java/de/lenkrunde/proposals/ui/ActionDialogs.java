package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.BodyReference;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The small dialogs of a case record's actions: a reason (withdraw, return, discontinue), a target
 * body (forward) or result and cost (complete). A refusal is shown at its field; the input stays.
 */
final class ActionDialogs {

    private ActionDialogs() {
    }

    interface Action {
        void run();
    }

    static void reason(Component owner, String title, String confirm, boolean required, ReasonAction action) {
        TextArea reason = reasonField(owner, required);
        open(owner, title, confirm, Map.of("reason", reason), () -> action.run(reason.getValue()), reason);
    }

    static void forward(Component owner, List<BodyReference> targets, ForwardAction action) {
        ComboBox<BodyReference> target = new ComboBox<>(owner.getTranslation("proposal.forward.target"), targets);
        target.setItemLabelGenerator(BodyReference::name);
        target.setRequiredIndicatorVisible(true);
        target.setWidthFull();
        TextArea reason = reasonField(owner, false);
        open(owner, owner.getTranslation("proposal.action.forward"), owner.getTranslation("proposal.action.forward"),
                Map.of("targetBodyId", target, "reason", reason),
                () -> {
                    if (target.getValue() == null) {
                        throw InvalidInputException.of("targetBodyId", "validation.required");
                    }
                    action.run(target.getValue().id(), reason.getValue());
                }, target, reason);
    }

    static void complete(Component owner, CompleteAction action) {
        TextArea result = new TextArea(owner.getTranslation("proposal.result"));
        result.setMaxLength(4000);
        result.setRequiredIndicatorVisible(true);
        result.setWidthFull();
        BigDecimalField cost = new BigDecimalField(owner.getTranslation("proposal.actualCost"));
        cost.setSuffixComponent(new Div("€"));
        cost.setRequiredIndicatorVisible(true);
        open(owner, owner.getTranslation("proposal.action.complete"), owner.getTranslation("proposal.action.complete"),
                Map.of("result", result, "actualCost", cost), () -> action.run(result.getValue(), cost.getValue()), result, cost);
    }

    private static TextArea reasonField(Component owner, boolean required) {
        TextArea reason = new TextArea(owner.getTranslation(required ? "proposal.reason" : "proposal.reason.optional"));
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(required);
        reason.setWidthFull();
        return reason;
    }

    private static void open(Component owner, String title, String confirm, Map<String, HasValidation> fields, Action action,
                             Component... content) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("32rem");
        Div message = new Div();
        message.getElement().setAttribute("role", "alert");
        FormErrors errors = new FormErrors(owner, message::setText);
        fields.forEach(errors::field);
        dialog.add(content);
        dialog.add(message);
        Button ok = new Button(confirm, e -> {
            try {
                action.run();
                dialog.close();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    interface ReasonAction {
        void run(String reason);
    }

    interface ForwardAction {
        void run(long targetBodyId, String reason);
    }

    interface CompleteAction {
        void run(String result, BigDecimal actualCost);
    }
}
