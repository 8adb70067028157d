package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;

import java.util.function.Supplier;

/**
 * The follow-up form of one action item: progress in percent with a note, "erledigt", a new due date with a reason,
 * and cancelling with a reason (confirmed). Errors show at their field and nothing typed is lost; when someone else
 * saved the item first, the conflict notice offers to reload (the typed values stay until then).
 */
class ActionItemEditor extends Div {

    private final ActionItemService actions;
    private final Runnable onChanged;
    private final Runnable reload;
    private final IntegerField progress = new IntegerField();
    private final TextArea note = new TextArea();
    private final DatePicker dueDate = new DatePicker();
    private final TextField dueReason = new TextField();
    private final TextField cancelReason = new TextField();
    private final Div message = new Div();
    private final ConflictNotice conflict;
    private final FormErrors progressErrors;
    private final FormErrors dueErrors;
    private final FormErrors cancelErrors;
    private ActionItemView item;

    /**
     * @param onChanged after a saved change (the caller reloads what it shows)
     * @param reload    "Neu laden" after a conflict
     */
    ActionItemEditor(ActionItemService actions, Runnable onChanged, Runnable reload) {
        this.actions = actions;
        this.onChanged = onChanged;
        this.reload = reload;
        addClassName("action-item-editor");
        setId("action-editor");
        conflict = new ConflictNotice(this.reload);
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        progressErrors = new FormErrors(this, message::setText).field("progress", progress).field("note", note);
        dueErrors = new FormErrors(this, message::setText).field("dueDate", dueDate).field("reason", dueReason);
        cancelErrors = new FormErrors(this, message::setText).field("reason", cancelReason);

        progress.setLabel(getTranslation("action.progress"));
        progress.setMin(0);
        progress.setMax(100);
        progress.setStep(10);
        progress.setStepButtonsVisible(true);
        progress.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        progress.setId("action-progress");
        note.setLabel(getTranslation("action.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("action-note");
        Button saveProgress = new Button(getTranslation("action.progress.save"), e -> run(progressErrors,
                () -> actions.reportProgress(item.id(), item.version(), progress.getValue(), note.getValue()), "action.progress.saved"));
        saveProgress.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProgress.setId("action-save-progress");
        Button done = new Button(getTranslation("action.complete"), e -> run(progressErrors,
                () -> actions.complete(item.id(), item.version(), note.getValue()), "action.completed"));
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        done.setId("action-complete");

        dueDate.setLabel(getTranslation("action.newDueDate"));
        dueDate.setLocale(java.util.Locale.GERMANY);
        dueReason.setLabel(getTranslation("action.dueDate.reason"));
        dueReason.setMaxLength(1000);
        Button reschedule = new Button(getTranslation("action.reschedule"), e -> run(dueErrors,
                () -> actions.reschedule(item.id(), item.version(), dueDate.getValue(), dueReason.getValue()), "action.rescheduled"));
        reschedule.setId("action-reschedule");

        cancelReason.setLabel(getTranslation("action.cancel.reason"));
        cancelReason.setMaxLength(1000);
        Button cancel = new Button(getTranslation("action.cancelItem"), e -> Confirmations.destructive(
                getTranslation("action.cancelItem"), getTranslation("action.cancel.confirm", item.description()),
                getTranslation("action.cancelItem"), () -> run(cancelErrors,
                        () -> actions.cancel(item.id(), item.version(), cancelReason.getValue()), "action.cancelled")).open());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.setId("action-cancel");

        HorizontalLayout progressButtons = new HorizontalLayout(saveProgress, done);
        HorizontalLayout dueRow = new HorizontalLayout(dueDate, dueReason, reschedule);
        dueRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        dueRow.setWrap(true);
        HorizontalLayout cancelRow = new HorizontalLayout(cancelReason, cancel);
        cancelRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        cancelRow.setWrap(true);
        add(conflict, message, new H3(getTranslation("action.report")), progress, note, progressButtons,
                new H3(getTranslation("action.dueDate.change")), new Paragraph(), dueRow,
                new H3(getTranslation("action.cancelItem")), cancelRow);
    }

    /** Shows the item's values; typed notes and reasons are cleared only after a save, not here. */
    void show(ActionItemView item) {
        this.item = item;
        conflict.hide();
        message.setText("");
        progress.setValue(item.progress());
        dueDate.setMin(null);
        dueDate.setHelperText(getTranslation("action.dueDate.current", Formats.date(item.dueDate())));
        setVisible(item.status().pending());
    }

    private void run(FormErrors errors, Supplier<ActionItemView> change, String successKey) {
        message.setText("");
        errors.clear();
        try {
            ActionItemView saved = change.get();
            Toasts.success(getTranslation(successKey));
            note.clear();
            dueReason.clear();
            cancelReason.clear();
            dueDate.clear();
            show(saved);
            onChanged.run();
        } catch (InvalidInputException invalid) {
            errors.show(invalid);
        } catch (BusinessRuleException rule) {
            message.setText(getTranslation(rule.messageKey(), rule.arguments()));
        } catch (EditConflictException stale) {
            conflict.show(stale.changedBy());
        }
    }
}
