package de.lenkrunde.minutes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.meetings.MeetingService;
import de.lenkrunde.minutes.MinutesListItem;
import de.lenkrunde.minutes.MinutesService;
import jakarta.annotation.security.PermitAll;

/** "Niederschriften": the minutes waiting for the signed-in user — to sign, review, consent to, or put on an agenda. */
@Route("niederschriften")
@Menu(title = "minutes.menu", order = 35, icon = "vaadin:file-text-o")
@PermitAll
public class MinutesListView extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    private final Grid<MinutesListItem> grid = new Grid<>();

    public MinutesListView(MinutesService minutes) {
        add(new ViewHeader(getTranslation("minutes.list.title")));
        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("minutes.list.title"));
        grid.addColumn(m -> Formats.date(m.meetingStartsAt())).setHeader(getTranslation("minutes.date")).setAutoWidth(true);
        grid.addColumn(MinutesListItem::bodyName).setHeader(getTranslation("minutes.list.body")).setAutoWidth(true);
        grid.addColumn(m -> m.meetingTitle() + (m.edition() > 1 ? " · " + getTranslation("minutes.edition", m.edition()) : ""))
                .setHeader(getTranslation("minutes.list.meeting")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation(MinutesTexts.statusKey(m.status()))).setHeader(getTranslation("minutes.list.status"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation(MinutesTexts.waitingKey(m.waitingFor()))).setHeader(getTranslation("minutes.list.waitingFor"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.until() == null ? "" : Formats.date(m.until())).setHeader(getTranslation("minutes.list.until"))
                .setAutoWidth(true);
        grid.setItems(query -> minutes.waiting(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> minutes.countWaiting());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingService.minutesRoute(e.getItem().meetingId()))));
        grid.setEmptyStateText(getTranslation("minutes.list.empty"));
        if (minutes.countWaiting() == 0) {
            add(new EmptyState(getTranslation("minutes.list.empty")));
        } else {
            add(grid);
        }
        addClassName("view-content");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.list.title");
    }
}
