package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.meetings.MeetingAction;
import de.lenkrunde.meetings.MeetingDetails;
import de.lenkrunde.meetings.MeetingService;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Plan a meeting ("Sitzung planen") or change its date, place and guests. A new meeting goes straight to
 * the agenda builder, which starts from the body's template.
 */
@Route("sitzungen/planen/:id?([0-9]+)")
@PermitAll
public class MeetingEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final ViewHeader header = new ViewHeader("");
    private final Div formMessage = new Div();
    private final MeetingForm form;
    private final ConflictNotice conflict = new ConflictNotice(this::reload);
    private MeetingDetails current;

    public MeetingEditorView(MeetingService meetings) {
        this.meetings = meetings;
        this.form = new MeetingForm(formMessage::setText, this::bodyChosen);
        formMessage.getElement().setAttribute("role", "alert");
        formMessage.addClassName("field-error");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        Div content = new Div(conflict, form, formMessage, new HorizontalLayout(save, cancel));
        content.addClassName("view-content");
        content.getStyle().set("max-width", "60rem");
        add(header, content);
    }

    public static RouteParameters parameters(long meetingId) {
        return new RouteParameters("id", String.valueOf(meetingId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            List<BodyReference> bodies = meetings.plannableBodies();
            if (bodies.isEmpty()) {
                event.rerouteTo(MeetingsView.class);
                return;
            }
            current = null;
            header.setTitle(getTranslation("meetings.plan"));
            BodyReference first = event.getLocation().getQueryParameters().getSingleParameter("gremium")
                    .flatMap(p -> bodies.stream().filter(b -> String.valueOf(b.id()).equals(p)).findFirst())
                    .orElse(bodies.get(0));
            form.setBodies(bodies, first, true);
            form.setData(meetings.proposeNew(first.id()), List.of());
            return;
        }
        try {
            current = meetings.get(id.get());
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        if (!current.may(MeetingAction.EDIT)) {
            event.forwardTo(MeetingView.class, MeetingView.parameters(current.id()));
            return;
        }
        show(current);
    }

    private void show(MeetingDetails details) {
        header.setTitle(getTranslation("meeting.editTitle", details.bodyName()));
        BodyReference body = new BodyReference(details.bodyId(), details.bodyType(), details.bodyName(), null, null);
        form.setBodies(List.of(body), body, false);
        form.setData(details.data(), details.guests());
        conflict.hide();
    }

    /** A new body: its defaults (title, a date after its notice period), keeping guests already entered. */
    private void bodyChosen(BodyReference body) {
        if (current == null) {
            var guests = form.guests();
            form.setData(meetings.proposeNew(body.id()), guests);
        }
    }

    private void reload() {
        if (current != null) {
            current = meetings.get(current.id());
            show(current);
        }
    }

    private void save() {
        form.clearErrors();
        formMessage.setText("");
        try {
            if (current == null) {
                if (form.body() == null) {
                    throw InvalidInputException.of("bodyId", "validation.required");
                }
                long id = meetings.plan(form.body().id(), form.getData(), form.guests());
                Toasts.success(getTranslation("meeting.planned"));
                getUI().ifPresent(ui -> ui.navigate(AgendaBuilderView.class, AgendaBuilderView.parameters(id)));
            } else {
                meetings.update(current.id(), current.version(), form.getData(), form.guests());
                Toasts.success(getTranslation("meeting.saved"));
                getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(current.id())));
            }
        } catch (InvalidInputException e) {
            form.showErrors(e);
        } catch (EditConflictException e) {
            conflict.show(e.changedBy());
        }
    }

    private void back() {
        if (current == null) {
            getUI().ifPresent(ui -> ui.navigate(MeetingsView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(current.id())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(current == null ? "meetings.plan" : "meeting.edit") + " – " + getTranslation("app.name");
    }
}
