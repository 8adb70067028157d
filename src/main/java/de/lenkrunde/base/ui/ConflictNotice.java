package de.lenkrunde.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Shown in a form when someone else saved the same record first. The user's input stays in the form;
 * "Neu laden" discards it and loads the other person's version.
 */
public class ConflictNotice extends Div {

    private final Runnable reload;

    public ConflictNotice(Runnable reload) {
        this.reload = reload;
        setVisible(false);
        getElement().setAttribute("role", "alert");
        getStyle().set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)")
                .set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    public void show() {
        show(null);
    }

    /** @param changedBy who saved in between, or {@code null} when unknown */
    public void show(String changedBy) {
        removeAll();
        Button reloadButton = new Button(getTranslation("conflict.reload"), e -> {
            setVisible(false);
            reload.run();
        });
        reloadButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        add(new Span(changedBy == null ? getTranslation("conflict.text") : getTranslation("conflict.textBy", changedBy)),
                reloadButton);
        setVisible(true);
    }

    public void hide() {
        setVisible(false);
    }
}
