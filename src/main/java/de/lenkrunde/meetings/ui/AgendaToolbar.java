package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.lenkrunde.meetings.AgendaEntry;
import de.lenkrunde.meetings.MeetingDetails;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The agenda builder's toolbar: add, and for the selected item move up or down, indent, outdent, remove. Each move
 * also works with Alt+arrow keys, the accessible alternative to dragging rows; the buttons say so in their labels.
 */
class AgendaToolbar extends HorizontalLayout {

    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Button indent = new Button(VaadinIcon.INDENT.create());
    private final Button outdent = new Button(VaadinIcon.ALIGN_LEFT.create());
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    /** The actions are the view's, which carries them out through the service. */
    AgendaToolbar(Runnable addItem, IntConsumer move, Consumer<Boolean> changeDepth, Runnable removeItem) {
        Button add = new Button(getTranslation("agenda.add"), VaadinIcon.PLUS.create(), e -> addItem.run());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configure(up, "agenda.moveUp", "Alt+↑", () -> move.accept(-1));
        configure(down, "agenda.moveDown", "Alt+↓", () -> move.accept(+1));
        configure(indent, "agenda.indent", "Alt+→", () -> changeDepth.accept(true));
        configure(outdent, "agenda.outdent", "Alt+←", () -> changeDepth.accept(false));
        configure(remove, "agenda.remove", null, removeItem);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(add, up, down, indent, outdent, remove);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        getElement().setAttribute("role", "toolbar");
        getElement().setAttribute("aria-label", getTranslation("agenda.toolbar"));
    }

    /** The Alt+arrow keys work while focus is anywhere in {@code area} (a grid row or the toolbar itself). */
    void listenForKeysOn(Component area) {
        up.addClickShortcut(Key.ARROW_UP, KeyModifier.ALT).listenOn(area);
        down.addClickShortcut(Key.ARROW_DOWN, KeyModifier.ALT).listenOn(area);
        indent.addClickShortcut(Key.ARROW_RIGHT, KeyModifier.ALT).listenOn(area);
        outdent.addClickShortcut(Key.ARROW_LEFT, KeyModifier.ALT).listenOn(area);
    }

    /** Enables what the selected item allows; once the agenda was published its structure (depth) is fixed. */
    void update(MeetingDetails meeting, Optional<AgendaEntry> selected) {
        int index = selected.map(e -> meeting.agenda().indexOf(e)).orElse(-1);
        boolean frozen = meeting.agendaRevision() > 0;
        up.setEnabled(index > 0);
        down.setEnabled(index >= 0 && index < meeting.agenda().size() - 1);
        indent.setEnabled(!frozen && index > 0 && selected.get().depth() == 0);
        outdent.setEnabled(!frozen && selected.map(e -> e.depth() > 0).orElse(false));
        remove.setEnabled(selected.map(e -> !e.withdrawn()).orElse(false));
    }

    private void configure(Button button, String key, String shortcut, Runnable action) {
        String label = getTranslation(key) + (shortcut == null ? "" : " (" + shortcut + ")");
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addClickListener(e -> action.run());
    }
}
