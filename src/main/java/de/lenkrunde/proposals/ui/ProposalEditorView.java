package de.lenkrunde.proposals.ui;

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
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonReference;
import de.lenkrunde.proposals.ProposalAction;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Draft a new proposal or edit one: every field validated by the server and shown at the field, a
 * stale save shown as a conflict with the typed text kept, and "Speichern und einreichen" for drafts.
 */
@Route("vorschlaege/bearbeiten/:id?([0-9]+)")
@PermitAll
public class ProposalEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ViewHeader header = new ViewHeader("");
    private final Div formMessage = new Div();
    private final ProposalForm form;
    private final ConflictNotice conflict = new ConflictNotice(this::reload);
    private final Button submit = new Button();
    private ProposalDetails current;

    public ProposalEditorView(ProposalService proposals, PeopleService people) {
        this.proposals = proposals;
        this.form = new ProposalForm(people, formMessage::setText);
        formMessage.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("action.save"), e -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        submit.setText(getTranslation("proposal.saveAndSubmit"));
        submit.addClickListener(e -> save(true));
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        Div content = new Div(conflict, form, formMessage, new HorizontalLayout(save, submit, cancel));
        content.addClassName("view-content");
        add(header, content);
    }

    public static RouteParameters parameters(long proposalId) {
        return new RouteParameters("id", String.valueOf(proposalId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<BodyReference> groups = proposals.draftableGroups();
        form.setChoices(groups, proposals.targetBodies());
        form.setAreas(proposals.areaOptions());
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            if (groups.isEmpty()) {
                event.rerouteTo(ProposalsView.class);
                return;
            }
            current = null;
            header.setTitle(getTranslation("proposals.create"));
            form.setData(proposals.newDraft(groups.get(0).id()), null, true);
            submit.setVisible(true);
            return;
        }
        try {
            current = proposals.get(id.get());
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        if (!current.may(ProposalAction.EDIT)) {
            event.forwardTo(ProposalView.class, ProposalView.parameters(current.id()));
            return;
        }
        show(current);
    }

    private void show(ProposalDetails details) {
        header.setTitle(getTranslation("proposal.editTitle", details.referenceNumber() == null ? details.title()
                : details.referenceNumber() + " · " + details.title()));
        boolean draft = details.may(ProposalAction.SUBMIT);
        PersonReference contact = details.data().contactPersonId() == null ? null
                : new PersonReference(details.data().contactPersonId(), details.contactName(), null);
        form.setData(details.data(), contact, draft);
        submit.setVisible(draft);
        conflict.hide();
    }

    private void reload() {
        if (current != null) {
            current = proposals.get(current.id());
            show(current);
        }
    }

    private void save(boolean andSubmit) {
        form.clearErrors();
        formMessage.setText("");
        try {
            long id;
            if (current == null) {
                id = proposals.createDraft(form.getData(null, null));
            } else {
                id = current.id();
                proposals.update(id, current.version(), form.getData(current.data().originGroupId(), current.data().targetBodyId()));
            }
            current = proposals.get(id);
            if (andSubmit) {
                String number = proposals.submit(id, current.version());
                Toasts.success(getTranslation("proposal.submitted", number));
            } else {
                Toasts.success(getTranslation("proposal.saved"));
            }
            getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(id)));
        } catch (InvalidInputException e) {
            form.showErrors(e);
            if (current != null) {
                // the draft was saved; only submitting was refused
                current = proposals.get(current.id());
            }
        } catch (EditConflictException e) {
            conflict.show(e.changedBy());
        }
    }

    private void back() {
        if (current == null) {
            getUI().ifPresent(ui -> ui.navigate(ProposalsView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ProposalView.class, ProposalView.parameters(current.id())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(current == null ? "proposals.create" : "proposal.action.edit") + " – " + getTranslation("app.name");
    }
}
