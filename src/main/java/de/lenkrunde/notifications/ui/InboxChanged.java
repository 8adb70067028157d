package de.lenkrunde.notifications.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user marked notifications read, so that the bell counts again. */
public class InboxChanged extends ComponentEvent<UI> {

    public InboxChanged(UI source) {
        super(source, false);
    }

    static void fire(UI ui) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new InboxChanged(ui));
    }
}
