package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The page header every main view starts with: one H1 and, on the right, the view's main actions. */
public class ViewHeader extends Header {

    private final H1 title = new H1();
    private final HorizontalLayout actions = new HorizontalLayout();

    public ViewHeader(String titleText, Component... actionComponents) {
        addClassName("view-header");
        title.setText(titleText);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.add(actionComponents);
        add(new Div(title), actions);
    }

    public void setTitle(String text) {
        title.setText(text);
    }

    public void addAction(Component... components) {
        actions.add(components);
    }

    public void clearActions() {
        actions.removeAll();
    }
}
