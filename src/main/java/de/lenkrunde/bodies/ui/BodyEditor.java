package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
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

/**
 * The side form of the body list: create a body, or view and edit one's settings and, in a second tab,
 * its agenda template. Chairs see their body's settings read-only but edit its agenda template.
 * <p>
 * Settings and template are one aggregate with one version. After one of them is saved here, the other
 * keeps what was typed into it and takes over the new version if nobody else saved in between.
 */
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
    private final Tab settingsTab = new Tab();
    private final Tab templateTab = new Tab();
    private final Tabs tabs = new Tabs(settingsTab, templateTab);
    private final Div settingsPanel = new Div();
    private final AgendaTemplateEditor template;
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
        settingsPanel.add(conflict, form, formMessage, new HorizontalLayout(save, members, close));
        template = new AgendaTemplateEditor(bodies, () -> setVisible(false), this::templateSaved);
        settingsTab.setLabel(getTranslation("bodyEditor.tab.settings"));
        templateTab.setLabel(getTranslation("agendaTemplate.title"));
        tabs.addSelectedChangeListener(e -> showSelectedTab());
        add(title, tabs, settingsPanel, template);
        showSelectedTab();
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
        templateTab.setVisible(false);
        tabs.setSelectedTab(settingsTab);
        showSelectedTab();
        setVisible(true);
        form.focus();
    }

    void edit(long bodyId) {
        showSettings(bodies.get(bodyId));
        templateTab.setVisible(current.mayEditAgendaTemplate());
        if (current.mayEditAgendaTemplate()) {
            template.load(current.id(), current.version());
        } else {
            tabs.setSelectedTab(settingsTab);
        }
        showSelectedTab();
        setVisible(true);
    }

    private void showSettings(BodyDetails details) {
        current = details;
        title.setText(current.data().name());
        form.setReadOnly(false);
        form.setAreas(areasToShow(current.data().areaId()));
        form.setData(current.data(), false);
        form.setReadOnly(!current.mayManageBody());
        conflict.hide();
        formMessage.setText("");
        save.setVisible(current.mayManageBody());
        members.setVisible(true);
    }

    private void showSelectedTab() {
        boolean templateShown = tabs.getSelectedTab() == templateTab && templateTab.isVisible();
        settingsPanel.setVisible(!templateShown);
        template.setVisible(templateShown);
        // The template's grid and side form need more room than the settings' single column: two thirds of
        // the width, the list keeps the rest.
        if (templateShown) {
            getStyle().set("flex", "0 0 62%").set("max-width", "none").set("min-width", "0");
        } else {
            getStyle().remove("flex").remove("max-width").remove("min-width");
        }
    }

    /** The template was saved against {@code savedAgainst}: reload it, and let the settings follow. */
    private void templateSaved(long savedAgainst) {
        BodyDetails fresh = bodies.get(current.id());
        template.load(fresh.id(), fresh.version());
        boolean settingsChanged = current.mayManageBody() && !current.data().equals(form.getData());
        if (!settingsChanged) {
            showSettings(fresh);
        } else if (current.version() == savedAgainst && fresh.version() == savedAgainst + 1) {
            current = new BodyDetails(current.id(), fresh.version(), current.data(), current.areaName(),
                    current.mayManageBody(), current.mayManageMemberships(), current.mayEditAgendaTemplate());
        }
        onSaved.accept(fresh.id());
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
                long savedAgainst = current.version();
                bodies.update(id, savedAgainst, form.getData());
                Toasts.success(getTranslation("action.saved"));
                if (template.isDirty()) {
                    // Keep what was typed into the template; its save will tell if someone else came between.
                    BodyDetails fresh = bodies.get(id);
                    long templateVersion = template.version();
                    showSettings(fresh);
                    if (templateVersion == savedAgainst && fresh.version() == savedAgainst + 1) {
                        template.adoptVersion(fresh.version());
                    }
                    onSaved.accept(id);
                    return;
                }
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
