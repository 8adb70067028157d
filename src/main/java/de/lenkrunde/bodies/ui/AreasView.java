package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.bodies.AreaData;
import de.lenkrunde.bodies.AreaKind;
import de.lenkrunde.bodies.AreaNode;
import de.lenkrunde.bodies.AreaService;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The area tree: district > Planregion > town > Sozialraum. The tree is small (a district has tens to a
 * few hundred areas), so it is held in memory here; add a child below the selected area or rename it.
 */
@Route("verwaltung/gebiete")
@Menu(title = "menu.admin.areas", order = 61, icon = "vaadin:map-marker")
@RolesAllowed("ADMIN")
public class AreasView extends Main implements HasDynamicTitle {

    private final AreaService areas;
    private final TreeGrid<AreaNode> tree = new TreeGrid<>();
    private final Aside editor = new Aside();
    private final H2 editorTitle = new H2();
    private final TextField name = new TextField();
    private final Div formMessage = new Div();
    private final FormErrors errors;
    private final ConflictNotice conflict = new ConflictNotice(this::reload);
    private AreaNode parentForNew;
    private AreaNode editing;

    public AreasView(AreaService areas) {
        this.areas = areas;
        tree.setAriaLabel(getTranslation("areas.title"));
        tree.addClassName("list-grid");
        tree.addHierarchyColumn(AreaNode::name).setHeader(getTranslation("areas.name")).setFlexGrow(1);
        tree.addColumn(a -> getTranslation("areaKind." + a.kind().name())).setHeader(getTranslation("areas.kind")).setAutoWidth(true);
        tree.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                rename(e.getValue());
            }
        });

        name.setLabel(getTranslation("areas.name"));
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        errors = new FormErrors(this, formMessage::setText).field("name", name).field("kind", name).field("parentId", name);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button addChild = new Button(getTranslation("areas.addChild"), VaadinIcon.PLUS.create(), e -> addChild());
        Button close = new Button(getTranslation("action.close"), e -> editor.setVisible(false));
        editor.addClassName("side-form");
        editor.add(editorTitle, conflict, name, formMessage, new HorizontalLayout(save, addChild, close));
        editor.setVisible(false);

        Button addDistrict = new Button(getTranslation("areas.addDistrict"), VaadinIcon.PLUS.create(), e -> startNew(null));
        HorizontalLayout content = new HorizontalLayout(tree, editor);
        content.setPadding(true);
        content.setWidthFull();
        content.setFlexGrow(1, tree);
        Paragraph intro = new Paragraph(getTranslation("areas.intro"));
        intro.addClassName("view-content");
        add(new ViewHeader(getTranslation("areas.title"), addDistrict), intro, content);
        reload();
    }

    private void reload() {
        List<AreaNode> all = areas.all();
        Map<Long, AreaNode> byId = all.stream().collect(Collectors.toMap(AreaNode::id, Function.identity()));
        TreeData<AreaNode> data = new TreeData<>();
        for (AreaNode node : all) {
            data.addItem(node.parentId() == null ? null : byId.get(node.parentId()), node);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 3);
        editor.setVisible(false);
    }

    private void rename(AreaNode node) {
        editing = node;
        parentForNew = null;
        editorTitle.setText(getTranslation("areas.rename", getTranslation("areaKind." + node.kind().name())));
        name.setValue(node.name());
        errors.clear();
        conflict.hide();
        editor.setVisible(true);
    }

    private void addChild() {
        if (editing != null && editing.kind().childKind() != null) {
            startNew(editing);
        } else {
            formMessage.setText(getTranslation("areas.noChildren"));
        }
    }

    private void startNew(AreaNode parent) {
        parentForNew = parent;
        editing = null;
        AreaKind kind = parent == null ? AreaKind.DISTRICT : parent.kind().childKind();
        editorTitle.setText(getTranslation("areas.new", getTranslation("areaKind." + kind.name())));
        name.clear();
        errors.clear();
        conflict.hide();
        editor.setVisible(true);
        name.focus();
    }

    private void save() {
        errors.clear();
        formMessage.setText("");
        try {
            if (editing != null) {
                areas.rename(editing.id(), editing.version(), name.getValue());
            } else {
                AreaKind kind = parentForNew == null ? AreaKind.DISTRICT : parentForNew.kind().childKind();
                areas.create(new AreaData(parentForNew == null ? null : parentForNew.id(), kind, name.getValue()));
            }
            Toasts.success(getTranslation("action.saved"));
            reload();
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (EditConflictException e) {
            conflict.show();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("areas.title") + " – " + getTranslation("app.name");
    }
}
