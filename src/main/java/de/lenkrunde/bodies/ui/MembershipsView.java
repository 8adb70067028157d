package de.lenkrunde.bodies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.bodies.BodyDetails;
import de.lenkrunde.bodies.BodyService;
import de.lenkrunde.bodies.MembershipListItem;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.people.PeopleService;
import jakarta.annotation.security.RolesAllowed;

/** The members of one body, current or with history; add, correct and end memberships. */
@Route("verwaltung/gremien/:bodyId/mitglieder")
@RolesAllowed({"ADMIN", "COORDINATOR", "BODY_MANAGER"})
public class MembershipsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final BodyService bodies;
    private final MembershipService memberships;
    private final Grid<MembershipListItem> grid = new Grid<>(MembershipListItem.class, false);
    private final Checkbox showEnded = new Checkbox();
    private final ViewHeader header;
    private final Button add;
    private final MembershipEditor editor;
    private BodyDetails body;

    public MembershipsView(BodyService bodies, MembershipService memberships, PeopleService people) {
        this.bodies = bodies;
        this.memberships = memberships;
        this.editor = new MembershipEditor(memberships, people, bodies, () -> grid.getDataProvider().refreshAll());
        add = new Button(getTranslation("membership.add"), VaadinIcon.PLUS.create(), e -> {
            grid.deselectAll();
            editor.addNew(body.id());
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        header = new ViewHeader("", new RouterLink(getTranslation("memberships.back"), BodiesView.class), add);

        showEnded.setLabel(getTranslation("memberships.showEnded"));
        showEnded.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("memberships.title"));
        grid.addColumn(MembershipListItem::personName).setHeader(getTranslation("membership.person")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(m -> m.organisation() == null ? "" : m.organisation()).setHeader(getTranslation("person.organisation")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("bodyRole." + m.role().name())).setHeader(getTranslation("membership.role")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation(m.votingRight() ? "common.yes" : "common.no")).setHeader(getTranslation("membership.votingRight")).setAutoWidth(true);
        grid.addColumn(m -> m.onBehalfOfName() == null ? "" : m.onBehalfOfName()).setHeader(getTranslation("membership.onBehalfOf")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.validFrom())).setHeader(getTranslation("membership.validFrom")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.validTo())).setHeader(getTranslation("membership.validTo")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("bodies.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null && body.mayManageMemberships()) {
                editor.edit(body.id(), e.getValue());
            }
        });
        grid.setEmptyStateText(getTranslation("memberships.empty"));

        VerticalLayout list = new VerticalLayout(showEnded, grid);
        list.setPadding(false);
        HorizontalLayout content = new HorizontalLayout(list, editor);
        content.setPadding(true);
        content.setWidthFull();
        content.setFlexGrow(1, list);
        add(header, content);
    }

    public static RouteParameters parameters(long bodyId) {
        return new RouteParameters("bodyId", String.valueOf(bodyId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long bodyId = event.getRouteParameters().getLong("bodyId").orElse(-1L);
            body = bodies.get(bodyId);
        } catch (IllegalArgumentException | RecordNotFoundException noSuchBody) {
            // A mistyped or stale link: "not found", not an unexpected error with an error id.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        header.setTitle(getTranslation("memberships.title.body", body.data().name()));
        add.setVisible(body.mayManageMemberships());
        grid.setItems(query -> memberships.list(body.id(), showEnded.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> memberships.count(body.id(), showEnded.getValue()));
    }

    private Span status(MembershipListItem m) {
        Span badge = new Span(getTranslation(m.current() ? "memberships.current" : "memberships.notCurrent"));
        badge.getElement().getThemeList().add(m.current() ? "badge success" : "badge contrast");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memberships.title") + " – " + getTranslation("app.name");
    }
}
