package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.minutes.MinutesAction;
import de.lenkrunde.minutes.MinutesService;
import de.lenkrunde.minutes.MinutesView;

/**
 * Umlaufverfahren: its deadline and state, each voting member's answer, and — when it is the reader's turn — consent
 * or objection (an objection needs a reason and stops the circulation).
 */
class CirculationPanel extends Composite<Div> {

    CirculationPanel(MinutesService service, MinutesView minutes, Runnable reload) {
        MinutesView.Circulation circulation = minutes.circulation();
        Div box = getContent();
        box.addClassName("minutes-circulation");
        box.add(new H3(getTranslation("minutes.circulation", Formats.date(circulation.until()))));
        box.add(new Div(getTranslation(switch (circulation.state()) {
            case RUNNING -> "minutes.circulation.RUNNING";
            case STOPPED -> "minutes.circulation.STOPPED";
            case COMPLETED -> "minutes.circulation.COMPLETED";
        })));
        for (MinutesView.Consent consent : circulation.consents()) {
            String answer = consent.consent() == null ? getTranslation("minutes.circulation.open")
                    : consent.consent() ? getTranslation("minutes.circulation.consented")
                    : getTranslation("minutes.circulation.objected", consent.reason());
            box.add(new Div(consent.name() + ": " + answer));
        }
        if (circulation.myTurn() && minutes.may(MinutesAction.CONSENT)) {
            TextArea reason = new TextArea(getTranslation("minutes.circulation.reason"));
            reason.setMaxLength(1000);
            reason.setWidthFull();
            Button consent = new Button(getTranslation("minutes.circulation.consent"), e -> {
                service.answerCirculation(minutes.id(), true, null);
                Toasts.success(getTranslation("minutes.circulation.thanks"));
                reload.run();
            });
            consent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button object = new Button(getTranslation("minutes.circulation.object"), e -> {
                try {
                    service.answerCirculation(minutes.id(), false, reason.getValue());
                    Toasts.success(getTranslation("minutes.circulation.thanks"));
                    reload.run();
                } catch (InvalidInputException invalid) {
                    reason.setErrorMessage(getTranslation(invalid.errors().get(0).messageKey()));
                    reason.setInvalid(true);
                }
            });
            object.addThemeVariants(ButtonVariant.LUMO_ERROR);
            box.add(reason, new HorizontalLayout(consent, object));
        }
    }
}
