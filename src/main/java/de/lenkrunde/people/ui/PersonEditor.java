package de.lenkrunde.people.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.OneTimePassword;
import de.lenkrunde.people.PeopleService;
import de.lenkrunde.people.PersonDetails;

/**
 * The side form of the people list: a person's data and, below, their account. Saving a stale version
 * is refused and shown; the input stays in the form.
 */
class PersonEditor extends Aside {

    private final PeopleService people;
    private final Runnable onSaved;
    private final H2 title = new H2();
    private final Div formMessage = new Div();
    private final PersonForm personForm = new PersonForm(formMessage::setText);
    private final ConflictNotice personConflict = new ConflictNotice(this::reload);
    private final Div accountSection = new Div();
    private final Div accountMessage = new Div();
    private final AccountForm accountForm;
    private final ConflictNotice accountConflict = new ConflictNotice(this::reload);
    private final Span accountState = new Span();
    private final Button createAccount = new Button();
    private final Button saveAccount = new Button();
    private final Button resetPassword = new Button();
    private final Button unlock = new Button();
    private PersonDetails current;

    PersonEditor(PeopleService people, Runnable onSaved) {
        this.people = people;
        this.onSaved = onSaved;
        this.accountForm = new AccountForm(people.regions(), accountMessage::setText);
        addClassName("side-form");
        getElement().setAttribute("aria-labelledby", "person-editor-title");
        title.setId("person-editor-title");
        formMessage.getElement().setAttribute("role", "alert");
        accountMessage.getElement().setAttribute("role", "alert");

        Button save = new Button(getTranslation("action.save"), e -> savePerson());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        Button close = new Button(getTranslation("action.close"), e -> setVisible(false));

        createAccount.setText(getTranslation("account.create"));
        createAccount.addClickListener(e -> createAccount());
        saveAccount.setText(getTranslation("account.save"));
        saveAccount.addClickListener(e -> saveAccount());
        resetPassword.setText(getTranslation("account.resetPassword"));
        resetPassword.addClickListener(e -> Confirmations.destructive(getTranslation("account.resetPassword"),
                getTranslation("account.resetPassword.confirm"), getTranslation("account.resetPassword"), this::resetPassword));
        unlock.setText(getTranslation("account.unlock"));
        unlock.addClickListener(e -> unlock());

        accountSection.add(new H3(getTranslation("account.title")), accountState, accountConflict, accountForm,
                accountMessage, new HorizontalLayout(createAccount, saveAccount), new HorizontalLayout(resetPassword, unlock));
        add(title, personConflict, personForm, formMessage, new HorizontalLayout(save, close), accountSection);
        setVisible(false);
    }

    void editNew() {
        current = null;
        title.setText(getTranslation("people.create"));
        personForm.setData(null);
        personConflict.hide();
        formMessage.setText("");
        accountSection.setVisible(false);
        setVisible(true);
        personForm.focus();
    }

    void edit(long personId) {
        show(people.get(personId));
    }

    private void reload() {
        if (current != null) {
            edit(current.id());
        }
    }

    private void show(PersonDetails details) {
        current = details;
        title.setText(details.data().firstName() + " " + details.data().lastName());
        personForm.setData(details.data());
        personConflict.hide();
        accountConflict.hide();
        formMessage.setText("");
        accountMessage.setText("");
        PersonDetails.AccountDetails account = details.account();
        accountForm.setData(account == null ? null : account.data());
        createAccount.setVisible(account == null);
        saveAccount.setVisible(account != null);
        resetPassword.setVisible(account != null);
        unlock.setVisible(account != null && account.lockedUntil() != null);
        accountState.setText(account == null ? getTranslation("account.none")
                : account.lockedUntil() != null ? getTranslation("people.status.locked", Formats.dateTime(account.lockedUntil()))
                : account.mustChangePassword() ? getTranslation("account.mustChange") : "");
        accountSection.setVisible(true);
        setVisible(true);
    }

    private void savePerson() {
        formMessage.setText("");
        personForm.errors().clear();
        try {
            if (current == null) {
                long id = people.create(personForm.getData());
                Toasts.success(getTranslation("people.created"));
                onSaved.run();
                edit(id);
            } else {
                people.update(current.id(), current.version(), personForm.getData());
                Toasts.success(getTranslation("action.saved"));
                onSaved.run();
                edit(current.id());
            }
        } catch (InvalidInputException e) {
            personForm.errors().show(e);
        } catch (EditConflictException e) {
            personConflict.show();
        }
    }

    private void createAccount() {
        accountMessage.setText("");
        try {
            OneTimePassword password = people.createAccount(current.id(), accountForm.getData());
            onSaved.run();
            edit(current.id());
            showOneTimePassword(password);
        } catch (InvalidInputException e) {
            accountForm.errors().show(e);
        }
    }

    private void saveAccount() {
        accountMessage.setText("");
        try {
            people.updateAccount(current.account().id(), current.account().version(), accountForm.getData());
            Toasts.success(getTranslation("action.saved"));
            onSaved.run();
            edit(current.id());
        } catch (InvalidInputException e) {
            accountForm.errors().show(e);
        } catch (EditConflictException e) {
            accountConflict.show();
        }
    }

    private void resetPassword() {
        OneTimePassword password = people.resetPassword(current.account().id());
        onSaved.run();
        edit(current.id());
        showOneTimePassword(password);
    }

    private void unlock() {
        people.unlock(current.account().id());
        Toasts.success(getTranslation("account.unlocked"));
        onSaved.run();
        edit(current.id());
    }

    private void showOneTimePassword(OneTimePassword password) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.oneTimePassword.title"));
        Span value = new Span(password.password());
        value.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
        value.setId("one-time-password");
        dialog.add(new Paragraph(getTranslation("account.oneTimePassword.text", password.login())), value);
        Button ok = new Button(getTranslation("action.close"), e -> dialog.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }
}
