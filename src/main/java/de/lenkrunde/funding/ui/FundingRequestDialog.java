package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.FriendlyErrorHandler;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.funding.BudgetLineItem;
import de.lenkrunde.funding.FundingAction;
import de.lenkrunde.funding.FundingDecisionData;
import de.lenkrunde.funding.FundingQueueItem;
import de.lenkrunde.funding.FundingRequestDetails;
import de.lenkrunde.funding.FundingService;
import de.lenkrunde.funding.FundingStatus;
import de.lenkrunde.funding.FundingVerdict;
import de.lenkrunde.funding.PaymentData;
import de.lenkrunde.funding.PaymentItem;

import java.util.List;

/**
 * One funding request: what was decided and asked for, the line's money, and — for finance — the decision form
 * (approve, partly, refuse; four-eyes above the threshold), confirm or return by a second person, and payments.
 * A refusal is shown at its field with the numbers; input is never lost; a conflict offers to reload.
 */
class FundingRequestDialog extends Dialog {

    private final FundingService funding;
    private final long requestId;
    private final Runnable onChange;
    private final ConflictNotice conflict = new ConflictNotice(this::render);
    private final Div message = new Div();
    private final Div body = new Div();
    private FundingRequestDetails request;

    FundingRequestDialog(FundingService funding, long requestId, Runnable onChange) {
        this.funding = funding;
        this.requestId = requestId;
        this.onChange = onChange;
        setWidth("min(60rem, 100vw)");
        setId("funding-request-dialog");
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        add(conflict, body, message);
        getFooter().add(new Button(getTranslation("funding.request.close"), e -> close()));
        render();
    }

    private void render() {
        request = funding.get(requestId);
        FundingQueueItem item = request.summary();
        setHeaderTitle(getTranslation("funding.request.title", item.proposalLabel()));
        conflict.hide();
        message.setText("");
        body.removeAll();
        body.add(summary(item));
        if (request.may(FundingAction.DECIDE)) {
            body.add(decideForm(item));
        }
        if (request.may(FundingAction.CONFIRM) || request.may(FundingAction.RETURN)) {
            body.add(secondApproval());
        }
        if (item.status().isApproved() || item.status() == FundingStatus.CANCELLED) {
            body.add(payments());
        }
    }

    // ---- what was decided ----------------------------------------------------------------------------------

    private Div summary(FundingQueueItem item) {
        Div facts = new Div();
        facts.addClassName("funding-facts");
        Anchor proposal = new Anchor("vorschlaege/" + item.proposalId(), getTranslation("funding.request.openProposal"));
        fact(facts, "funding.request.proposal", new Span(item.proposalLabel() + " "), proposal);
        fact(facts, "funding.request.group", new Span(item.originGroupName()));
        if (item.areaName() != null) {
            fact(facts, "funding.request.area", new Span(item.areaName()));
        }
        UnorderedList criteria = new UnorderedList();
        request.criteria().forEach(c -> criteria.add(new ListItem(getTranslation("hinte." + c.principle().name()) + ": " + c.justification())));
        fact(facts, "funding.request.criteria", criteria);
        fact(facts, "funding.request.decision", new Span(item.decisionNumber() == null
                ? getTranslation("funding.request.decisionNone") : item.decisionNumber()));
        if (item.vote() != null) {
            fact(facts, "funding.request.vote", new Span(FundingTexts.vote(this, item.vote())));
        }
        if (item.decisionText() != null) {
            Paragraph text = new Paragraph(item.decisionText());
            text.getStyle().set("white-space", "pre-line").set("margin", "0");
            facts.add(text);
        }
        fact(facts, "funding.request.requested", new Span(FundingTexts.money(item.requestedAmount())));
        if (request.periodFrom() != null || request.periodTo() != null) {
            fact(facts, "funding.request.period", new Span((request.periodFrom() == null ? "" : Formats.date(request.periodFrom()))
                    + " – " + (request.periodTo() == null ? "" : Formats.date(request.periodTo()))));
        }
        fact(facts, "funding.request.status", FundingTexts.statusBadge(this, item.status()));
        if (item.budgetLineLabel() != null) {
            fact(facts, "funding.queue.line", new Span(item.budgetLineLabel() + " · "
                    + getTranslation("funding.queue.lineAvailable", FundingTexts.money(item.lineAvailable()))));
        }
        if (item.approvedAmount() != null) {
            fact(facts, "funding.request.approved", new Span(FundingTexts.money(item.approvedAmount())));
        }
        if (request.conditions() != null) {
            fact(facts, "funding.request.conditions", new Span(request.conditions()));
        }
        if (request.reason() != null) {
            fact(facts, "funding.request.reason", new Span(request.reason()));
        }
        if (request.returnReason() != null && item.status() == FundingStatus.REQUESTED) {
            facts.add(new Paragraph(getTranslation("funding.request.returned", request.returnReason())));
        }
        if (item.status() == FundingStatus.AWAITING_SECOND_APPROVAL) {
            facts.add(new Paragraph(getTranslation("funding.request.firstDecision", item.firstDeciderName(),
                    Formats.dateTime(request.firstDecidedAt()))));
        }
        if (request.decidedByName() != null) {
            facts.add(new Paragraph(getTranslation("funding.request.decidedBy", request.decidedByName(), Formats.dateTime(request.decidedAt()))));
        }
        return facts;
    }

    private void fact(Div facts, String labelKey, Component... value) {
        Div row = new Div();
        row.addClassName("funding-fact");
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        row.add(label);
        row.add(value);
        facts.add(row);
    }

    // ---- finance decides ----------------------------------------------------------------------------------

    private Div decideForm(FundingQueueItem item) {
        RadioButtonGroup<FundingVerdict> verdict = new RadioButtonGroup<>(getTranslation("funding.decide.verdict"));
        verdict.setItems(FundingVerdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("funding.decide." + v.name()));
        verdict.setValue(FundingVerdict.APPROVE);
        verdict.setId("funding-verdict");
        BigDecimalField amount = new BigDecimalField(getTranslation("funding.decide.amount"));
        amount.setSuffixComponent(new Span("€"));
        amount.setValue(item.requestedAmount());
        amount.setReadOnly(true);
        amount.setId("funding-amount");
        ComboBox<BudgetLineItem> line = new ComboBox<>(getTranslation("funding.decide.line"));
        List<BudgetLineItem> lines = funding.lineOptions(requestId);
        line.setItems(lines);
        line.setItemLabelGenerator(l -> getTranslation("funding.decide.lineOption", l.budgetYear() + " " + l.label(),
                FundingTexts.money(l.available())));
        line.setWidthFull();
        line.setRequiredIndicatorVisible(true);
        line.setId("funding-line");
        lines.stream().filter(l -> item.budgetLineId() != null && l.id() == item.budgetLineId()).findFirst().ifPresent(line::setValue);
        TextArea reason = new TextArea(getTranslation("funding.decide.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("funding-reason");
        TextArea conditions = new TextArea(getTranslation("funding.decide.conditions"));
        conditions.setMaxLength(2000);
        conditions.setWidthFull();
        DatePicker from = ComponentTexts.datePicker(this, getTranslation("funding.decide.periodFrom"));
        DatePicker to = ComponentTexts.datePicker(this, getTranslation("funding.decide.periodTo"));
        from.setValue(request.periodFrom());
        to.setValue(request.periodTo());
        Paragraph fourEyes = new Paragraph(getTranslation("funding.decide.fourEyes", Formats.money(funding.secondApprovalAbove())));
        fourEyes.addClassNames("text-s", "text-secondary");
        verdict.addValueChangeListener(e -> {
            boolean refuse = e.getValue() == FundingVerdict.REFUSE;
            amount.setVisible(!refuse);
            line.setVisible(!refuse);
            conditions.setVisible(!refuse);
            amount.setReadOnly(e.getValue() == FundingVerdict.APPROVE);
            if (e.getValue() == FundingVerdict.APPROVE) {
                amount.setValue(item.requestedAmount());
            }
            reason.setRequiredIndicatorVisible(e.getValue() != FundingVerdict.APPROVE);
        });
        FormErrors errors = new FormErrors(this, message::setText).field("amount", amount).field("budgetLineId", line)
                .field("reason", reason).field("conditions", conditions).field("periodTo", to).field("periodFrom", from);
        Button save = new Button(getTranslation("funding.decide.save"), e -> act(errors, () -> {
            funding.decide(requestId, request.version(), new FundingDecisionData(verdict.getValue(), amount.getValue(),
                    line.getValue() == null ? null : line.getValue().id(), reason.getValue(), conditions.getValue(),
                    from.getValue(), to.getValue()));
            FundingStatus now = funding.get(requestId).status();
            return getTranslation(now == FundingStatus.AWAITING_SECOND_APPROVAL ? "funding.decide.awaiting" : "funding.decide.done");
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("funding-decide");
        Div dates = new Div(from, to);
        dates.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        Div form = new Div(new H3(getTranslation("funding.action.decide")), verdict, amount, line, reason, conditions, dates, fourEyes, save);
        form.addClassName("funding-form");
        return form;
    }

    private Div secondApproval() {
        TextArea why = new TextArea(getTranslation("funding.return.reason"));
        why.setMaxLength(2000);
        why.setWidthFull();
        FormErrors errors = new FormErrors(this, message::setText).field("reason", why);
        Button confirm = new Button(getTranslation("funding.action.confirm"), e -> act(errors, () -> {
            funding.confirm(requestId, request.version());
            return getTranslation("funding.confirm.done");
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("funding-confirm");
        Button back = new Button(getTranslation("funding.action.return"), e -> act(errors, () -> {
            funding.returnToQueue(requestId, request.version(), why.getValue());
            return getTranslation("funding.return.done");
        }));
        back.setId("funding-return");
        return new Div(new H3(getTranslation("funding.action.confirm") + " / " + getTranslation("funding.action.return")),
                confirm, why, back);
    }

    // ---- payments -------------------------------------------------------------------------------------------

    private Div payments() {
        Div section = new Div(new H3(getTranslation("funding.request.payments")));
        section.add(new Paragraph(getTranslation("funding.request.paid") + ": " + FundingTexts.money(request.paidAmount())
                + (request.actualCost() == null ? "" : " · " + getTranslation("funding.request.actualCost") + ": "
                + FundingTexts.money(request.actualCost()))));
        List<PaymentItem> paid = funding.payments(requestId);
        if (paid.isEmpty()) {
            section.add(new Paragraph(getTranslation("funding.request.noPayments")));
        } else {
            UnorderedList list = new UnorderedList();
            paid.forEach(p -> list.add(new ListItem(Formats.date(p.paidOn()) + ": " + Formats.money(p.amount())
                    + (p.note() == null ? "" : " – " + p.note()) + " (" + p.recordedByName() + ")")));
            section.add(list);
        }
        if (request.may(FundingAction.PAY)) {
            DatePicker date = ComponentTexts.datePicker(this, getTranslation("funding.pay.date"));
            date.setValue(Formats.today());
            BigDecimalField amount = new BigDecimalField(getTranslation("funding.pay.amount"));
            amount.setSuffixComponent(new Span("€"));
            amount.setId("funding-pay-amount");
            TextField note = new TextField(getTranslation("funding.pay.note"));
            note.setMaxLength(500);
            FormErrors errors = new FormErrors(this, message::setText).field("paidOn", date).field("amount", amount).field("note", note);
            Button pay = new Button(getTranslation("funding.action.pay"), e -> act(errors, () -> {
                funding.recordPayment(requestId, request.version(), new PaymentData(date.getValue(), amount.getValue(), note.getValue()));
                return getTranslation("funding.pay.done");
            }));
            pay.setId("funding-pay");
            Div row = new Div(date, amount, note, pay);
            row.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline").set("flex-wrap", "wrap");
            section.add(row);
        }
        return section;
    }

    // ---- running an action -------------------------------------------------------------------------------

    interface Action {
        String run();
    }

    /** Runs the service call; on success says so and shows the request anew, on refusal keeps the input. */
    private void act(FormErrors errors, Action action) {
        errors.clear();
        message.setText("");
        try {
            String done = action.run();
            Toasts.success(done);
            onChange.run();
            render();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (BusinessRuleException e) {
            message.setText(getTranslation(e.messageKey(), FriendlyErrorHandler.translatedArguments(UI.getCurrent(), e.arguments())));
        } catch (EditConflictException e) {
            conflict.show(e.changedBy());
        }
    }
}
