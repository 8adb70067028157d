package de.lenkrunde.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.people.MyAccountService;
import jakarta.annotation.security.PermitAll;

/** Change one's own password; the only page reachable while a one-time password is in use. */
@Route("passwort")
@PermitAll
public class PasswordChangeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MyAccountService myAccount;
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();
    private final Paragraph intro = new Paragraph();
    private final Div formMessage = new Div();
    private final FormErrors errors;

    public PasswordChangeView(MyAccountService myAccount) {
        this.myAccount = myAccount;
        currentPassword.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule"));
        repeatPassword.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[]{currentPassword, newPassword, repeatPassword}) {
            field.setRequiredIndicatorVisible(true);
            field.setMaxLength(200);
            field.setWidthFull();
        }
        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeatPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        errors = new FormErrors(this, formMessage::setText)
                .field("currentPassword", currentPassword)
                .field("newPassword", newPassword)
                .field("repeatPassword", repeatPassword);

        Button save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setMaxWidth("30rem");
        Div content = new Div(intro, form, formMessage, save);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("password.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        intro.setText(getTranslation(myAccount.mustChangePassword() ? "password.mustChange" : "password.intro"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " – " + getTranslation("app.name");
    }

    private void save() {
        errors.clear();
        formMessage.setText("");
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            errors.show(InvalidInputException.of("repeatPassword", "validation.password.mismatch"));
            return;
        }
        try {
            myAccount.changePassword(currentPassword.getValue(), newPassword.getValue());
            Toasts.success(getTranslation("password.changed"));
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InvalidInputException e) {
            errors.show(e);
        }
    }
}
