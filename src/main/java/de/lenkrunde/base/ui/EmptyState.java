package de.lenkrunde.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** Shown where a list is empty: says what is missing and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String text, Component... nextSteps) {
        addClassName("empty-state");
        add(new Paragraph(text));
        add(nextSteps);
    }
}
