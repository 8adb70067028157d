package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One offer in the agenda builder's side panel (a waiting proposal, a carry-over suggestion): what it is, where it
 * comes from, and the one button that puts it on the agenda. The button's accessible name says which offer it takes.
 */
class SideCard extends Composite<Div> {

    SideCard(String buttonText, String buttonLabel, Runnable take, Component... parts) {
        getContent().addClassName("side-card");
        getContent().add(parts);
        Button button = new Button(buttonText, VaadinIcon.PLUS.create(), e -> take.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(buttonLabel);
        getContent().add(button);
    }

    /** A line in the card's secondary style. */
    static Div meta(String text) {
        Div meta = new Div(text);
        meta.addClassName("side-card-meta");
        return meta;
    }
}
