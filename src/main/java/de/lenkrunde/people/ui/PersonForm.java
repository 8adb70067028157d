package de.lenkrunde.people.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.people.PersonData;

import java.util.function.Consumer;

/** The fields of a person; reads and writes {@link PersonData}, never an entity. */
class PersonForm extends Composite<FormLayout> {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField organisation = new TextField();
    private final TextField functionTitle = new TextField();
    private final FormErrors errors;

    PersonForm(Consumer<String> formMessage) {
        firstName.setLabel(getTranslation("person.firstName"));
        lastName.setLabel(getTranslation("person.lastName"));
        email.setLabel(getTranslation("person.email"));
        phone.setLabel(getTranslation("person.phone"));
        organisation.setLabel(getTranslation("person.organisation"));
        organisation.setHelperText(getTranslation("person.organisation.help"));
        functionTitle.setLabel(getTranslation("person.function"));
        firstName.setRequiredIndicatorVisible(true);
        lastName.setRequiredIndicatorVisible(true);
        // The browser stops typing at the limit; the server checks the same limits.
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        email.setMaxLength(254);
        phone.setMaxLength(50);
        organisation.setMaxLength(200);
        functionTitle.setMaxLength(200);
        email.setErrorMessage(getTranslation("validation.email"));
        getContent().add(firstName, lastName, email, phone, organisation, functionTitle);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        errors = new FormErrors(this, formMessage)
                .field("firstName", firstName).field("lastName", lastName).field("email", email)
                .field("phone", phone).field("organisation", organisation).field("functionTitle", functionTitle);
    }

    void setData(PersonData data) {
        errors.clear();
        firstName.setValue(nullToEmpty(data == null ? null : data.firstName()));
        lastName.setValue(nullToEmpty(data == null ? null : data.lastName()));
        email.setValue(nullToEmpty(data == null ? null : data.email()));
        phone.setValue(nullToEmpty(data == null ? null : data.phone()));
        organisation.setValue(nullToEmpty(data == null ? null : data.organisation()));
        functionTitle.setValue(nullToEmpty(data == null ? null : data.functionTitle()));
    }

    PersonData getData() {
        return new PersonData(firstName.getValue(), lastName.getValue(), email.getValue(), phone.getValue(),
                organisation.getValue(), functionTitle.getValue());
    }

    FormErrors errors() {
        return errors;
    }

    void focus() {
        firstName.focus();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
