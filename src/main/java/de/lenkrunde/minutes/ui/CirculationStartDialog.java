package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesView;

/** The chair starts an Umlaufverfahren: every voting member is asked to consent by the chosen day. */
class CirculationStartDialog extends Dialog {

    CirculationStartDialog(MinutesService service, MinutesView minutes, Runnable reload) {
        setHeaderTitle(getTranslation("minutes.circulation.start"));
        DatePicker until = new DatePicker(getTranslation("minutes.circulation.until"));
        until.setValue(Formats.today().plusDays(7));
        until.setRequired(true);
        add(new Paragraph(getTranslation("minutes.circulation.explain")), until);
        Button start = new Button(getTranslation("minutes.circulation.start"), e -> {
            try {
                service.startCirculation(minutes.id(), minutes.version(), until.getValue());
                close();
                reload.run();
            } catch (InvalidInputException invalid) {
                until.setErrorMessage(getTranslation(invalid.errors().get(0).messageKey()));
                until.setInvalid(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }
}
