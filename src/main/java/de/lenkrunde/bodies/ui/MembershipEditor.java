package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.bodies.BodyRole;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.MembershipData;
import de.lenkrunde.bodies.MembershipListItem;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;

/** Side form of a body's member list: add a member, correct a membership, or end it (with a confirmation). */
class MembershipEditor extends Aside {

    private final MembershipService memberships;
    private final Runnable onSaved;
    private final H2 title = new H2();
    private final Div formMessage = new Div();
    private final MembershipForm form;
    private final ConflictNotice conflict = new ConflictNotice(this::reloadAfterConflict);
    private final Button save = new Button();
    private final Button end = new Button();
    private long bodyId;
    private MembershipListItem current;

    MembershipEditor(MembershipService memberships, PeopleService people, BodyService bodies, Runnable onSaved) {
        this.memberships = memberships;
        this.onSaved = onSaved;
        this.form = new MembershipForm(people, formMessage::setText);
        form.setFocusGroups(bodies.options(BodyType.FOCUS_GROUP));
        addClassName("side-form");
        title.setId("membership-editor-title");
        getElement().setAttribute("aria-labelledby", "membership-editor-title");
        formMessage.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        end.setText(getTranslation("membership.end"));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        end.addClickListener(e -> openEndDialog());
        Button close = new Button(getTranslation("action.close"), e -> setVisible(false));
        add(title, conflict, form, formMessage, new HorizontalLayout(save, end, close));
        setVisible(false);
    }

    void addNew(long bodyId) {
        this.bodyId = bodyId;
        current = null;
        title.setText(getTranslation("membership.add"));
        form.setReadOnly(false);
        form.setData(new MembershipData(null, BodyRole.MEMBER, true, null, Formats.today(), null), null);
        conflict.hide();
        formMessage.setText("");
        end.setVisible(false);
        setVisible(true);
        form.focus();
    }

    void edit(long bodyId, MembershipListItem item) {
        this.bodyId = bodyId;
        current = item;
        title.setText(item.personName());
        form.setReadOnly(false);
        form.setData(new MembershipData(item.personId(), item.role(), item.votingRight(), item.onBehalfOfBodyId(),
                item.validFrom(), item.validTo()), new PersonReference(item.personId(), item.personName(), item.organisation()),
                item.onBehalfOfBodyId() == null ? null
                        : new BodyReference(item.onBehalfOfBodyId(), BodyType.FOCUS_GROUP, item.onBehalfOfName(), null, null));
        conflict.hide();
        formMessage.setText("");
        end.setVisible(item.validTo() == null || !item.validTo().isBefore(Formats.today()));
        setVisible(true);
    }

    private void reloadAfterConflict() {
        setVisible(false);
        onSaved.run();
    }

    private void save() {
        formMessage.setText("");
        form.errors().clear();
        try {
            if (current == null) {
                memberships.add(bodyId, form.getData());
                Toasts.success(getTranslation("membership.added"));
            } else {
                memberships.update(current.id(), current.version(), form.getData());
                Toasts.success(getTranslation("action.saved"));
            }
            setVisible(false);
            onSaved.run();
        } catch (InvalidInputException e) {
            form.errors().show(e);
        } catch (EditConflictException e) {
            conflict.show();
        }
    }

    private void openEndDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("membership.end.title", current.personName()));
        DatePicker lastDay = ComponentTexts.datePicker(this, getTranslation("membership.end.lastDay"));
        lastDay.setValue(Formats.today());
        TextArea reason = new TextArea(getTranslation("membership.end.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        Div message = new Div();
        FormErrors errors = new FormErrors(this, message::setText).field("validTo", lastDay).field("endReason", reason);
        Button confirm = new Button(getTranslation("membership.end"), e -> {
            try {
                memberships.end(current.id(), current.version(), lastDay.getValue(), reason.getValue());
                dialog.close();
                Toasts.success(getTranslation("membership.ended"));
                setVisible(false);
                onSaved.run();
            } catch (InvalidInputException ex) {
                errors.show(ex);
            } catch (EditConflictException ex) {
                dialog.close();
                conflict.show();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(getTranslation("membership.end.text")), lastDay, reason, message);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
