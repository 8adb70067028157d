package de.lenkrunde.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ViewHeader;

/**
 * An honest placeholder for a module that is not built yet: it says what will be here. Each
 * subclass is replaced by the real view when its module lands.
 */
abstract class ComingSoonView extends Main implements HasDynamicTitle {

    private final String key;

    ComingSoonView(String key) {
        this.key = key;
        Div content = new Div(new EmptyState(getTranslation("comingSoon.text", getTranslation(key + ".description"))));
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation(key)), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(key) + " – " + getTranslation("app.name");
    }
}
