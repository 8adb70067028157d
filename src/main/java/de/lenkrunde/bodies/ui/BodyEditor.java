package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.AreaService;
import de.lenkrunde.bodies.BodyData;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.BodyType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** The side form of the body list: create a body, or view and edit one's settings. */
class BodyEditor extends Aside {

    private final BodyService bodies;
    private final AreaService areas;
    private final List<AreaNode> usableAreas;
    private final LongConsumer onSaved;
    private final H2 title = new H2();
    private final Div formMessage = new Div();
    private final BodyForm form = new BodyForm(formMessage::setText);
    private final ConflictNotice conflict = new ConflictNotice(this::reload);
    private final Button save = new Button();
    private final Button members = new Button();
    private BodyDetails current;

    BodyEditor(BodyService bodies, AreaService areas, LongConsumer onSaved) {
        this.bodies = bodies;
        this.areas = areas;
        this.onSaved = onSaved;
        addClassName("side-form");
        title.setId("body-editor-title");
        getElement().setAttribute("aria-labelledby", "body-editor-title");
        formMessage.getElement().setAttribute("role", "alert");
        usableAreas = areas.usableForBodies();
        form.setAreas(usableAreas);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        members.setText(getTranslation("bodies.members"));
        members.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MembershipsView.class,
                MembershipsView.parameters(current.id()))));
        Button close = new Button(getTranslation("action.close"), e -> setVisible(false));
        add(title, conflict, form, formMessage, new HorizontalLayout(save, members, close));
        setVisible(false);
    }

    void editNew() {
        current = null;
        title.setText(getTranslation("bodies.create"));
        form.setReadOnly(false);
        form.setAreas(usableAreas);
        form.setData(BodyData.defaults(BodyType.FOCUS_GROUP, null), true);
        conflict.hide();
        formMessage.setText("");
        save.setVisible(true);
        members.setVisible(false);
        setVisible(true);
        form.focus();
    }

    void edit(long bodyId) {
        current = bodies.get(bodyId);
        title.setText(current.data().name());
        form.setReadOnly(false);
        form.setAreas(areasToShow(current.data().areaId()));
        form.setData(current.data(), false);
        form.setReadOnly(!current.mayManageBody());
        conflict.hide();
        formMessage.setText("");
        save.setVisible(current.mayManageBody());
        members.setVisible(true);
        setVisible(true);
    }

    /**
     * The areas the user may choose, plus the body's own area: a chair may read their body's settings but
     * place no body anywhere, and must still see where it belongs.
     */
    private List<AreaNode> areasToShow(Long areaId) {
        if (areaId == null || usableAreas.stream().anyMatch(a -> a.id() == areaId)) {
            return usableAreas;
        }
        List<AreaNode> withOwn = new ArrayList<>(usableAreas);
        withOwn.add(areas.get(areaId));
        return withOwn;
    }

    private void reload() {
        if (current != null) {
            edit(current.id());
        }
    }

    private void save() {
        formMessage.setText("");
        form.errors().clear();
        try {
            long id;
            if (current == null) {
                id = bodies.create(form.getData());
                Toasts.success(getTranslation("bodies.created"));
            } else {
                id = current.id();
                bodies.update(id, current.version(), form.getData());
                Toasts.success(getTranslation("action.saved"));
            }
            onSaved.accept(id);
            edit(id);
        } catch (InvalidInputException e) {
            form.errors().show(e);
        } catch (EditConflictException e) {
            conflict.show();
        }
    }
}
