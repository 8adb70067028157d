package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;

/**
 * Publishing, sending an amendment and cancelling, with their confirmations — shared by the meeting page
 * and the agenda builder. {@code done} reloads the view; on a conflict too, so the user sees the current state.
 */
final class MeetingActions {

    private MeetingActions() {
    }

    /** Asks before inviting; inside the notice period the dialog says so and the confirmation is recorded. */
    static void publish(Component owner, MeetingService meetings, MeetingDetails meeting, Runnable done) {
        boolean shortNotice = meetings.publishingIsShortNotice(meeting.id());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("meeting.publish.title"));
        dialog.setText(shortNotice
                ? owner.getTranslation("meeting.publish.shortNotice", meeting.noticePeriodDays())
                : owner.getTranslation("meeting.publish.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation(shortNotice ? "meeting.publish.confirmShortNotice" : "meeting.publish"));
        dialog.addConfirmListener(e -> run(owner, () -> meetings.publish(meeting.id(), meeting.version(), shortNotice),
                "meeting.published", done));
        dialog.open();
    }

    static void sendAmendment(Component owner, MeetingService meetings, MeetingDetails meeting, Runnable done) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("meeting.amendment.title"));
        dialog.setText(owner.getTranslation("meeting.amendment.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.setConfirmText(owner.getTranslation("meeting.amendment.send"));
        dialog.addConfirmListener(e -> run(owner, () -> meetings.sendAmendment(meeting.id(), meeting.version()),
                "meeting.amendment.sent", done));
        dialog.open();
    }

    /** Cancelling needs a reason; the invitees are told. */
    static void cancel(Component owner, MeetingService meetings, MeetingDetails meeting, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("meeting.cancel.title"));
        dialog.setWidth("32rem");
        TextArea reason = new TextArea(owner.getTranslation("meeting.cancel.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Div message = new Div();
        message.getElement().setAttribute("role", "alert");
        FormErrors errors = new FormErrors(owner, message::setText).field("reason", reason);
        dialog.add(new Div(owner.getTranslation(meeting.publishedAt() != null ? "meeting.cancel.textInvited" : "meeting.cancel.text")),
                reason, message);
        Button confirm = new Button(owner.getTranslation("meeting.cancel"), e -> {
            try {
                meetings.cancel(meeting.id(), meeting.version(), reason.getValue());
                dialog.close();
                Toasts.success(owner.getTranslation("meeting.cancelled"));
                done.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (EditConflictException ex) {
                dialog.close();
                Toasts.error(owner.getTranslation("meeting.conflict.reloaded"));
                done.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(owner.getTranslation("meeting.cancel.keep"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private static void run(Component owner, Runnable action, String successKey, Runnable done) {
        try {
            action.run();
            Toasts.success(owner.getTranslation(successKey));
        } catch (EditConflictException e) {
            Toasts.error(owner.getTranslation("meeting.conflict.reloaded"));
        }
        done.run();
    }

    static void confirmRemove(Component owner, String title, Runnable remove) {
        Confirmations.destructive(owner.getTranslation("agenda.remove.title"), owner.getTranslation("agenda.remove.text", title),
                owner.getTranslation("agenda.remove"), remove);
    }
}
