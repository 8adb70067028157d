package de.lenkrunde.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.bodies.BodyReference;
import de.lenkrunde.meetings.MeetingFilter;
import de.lenkrunde.meetings.MeetingListItem;
import de.lenkrunde.meetings.MeetingService;
import jakarta.annotation.security.PermitAll;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;

/**
 * "Sitzungen": upcoming or past meetings of the reader's bodies (or all published ones), lazily paged and
 * filtered by body and period, and a month overview drawn on the server.
 */
@Route("sitzungen")
@Menu(title = "menu.meetings", order = 20, icon = "vaadin:calendar")
@PermitAll
public class MeetingsView extends Main implements HasDynamicTitle {

    private final MeetingService meetings;
    private final Grid<MeetingListItem> grid = new Grid<>(MeetingListItem.class, false);
    private final ComboBox<BodyReference> body = new ComboBox<>();
    private final Select<MeetingFilter.When> when = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Checkbox mine = new Checkbox();
    private final Checkbox cancelled = new Checkbox();
    private final MonthOverview monthOverview = new MonthOverview();
    private final H2 monthTitle = new H2();
    private YearMonth month = YearMonth.from(Formats.today());

    public MeetingsView(MeetingService meetings) {
        this.meetings = meetings;
        Button plan = new Button(getTranslation("meetings.plan"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(MeetingEditorView.class)));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.setVisible(!meetings.plannableBodies().isEmpty());

        body.setLabel(getTranslation("meeting.body"));
        body.setItems(meetings.filterBodies());
        body.setItemLabelGenerator(BodyReference::name);
        body.setClearButtonVisible(true);
        when.setLabel(getTranslation("meetings.filter.when"));
        when.setItems(Arrays.asList(MeetingFilter.When.values()));
        when.setItemLabelGenerator(w -> getTranslation("meetings.when." + w.name()));
        when.setValue(MeetingFilter.When.UPCOMING);
        from = ComponentTexts.datePicker(this, getTranslation("meetings.filter.from"));
        to = ComponentTexts.datePicker(this, getTranslation("meetings.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        mine.setLabel(getTranslation("meetings.filter.mine"));
        mine.setValue(true);
        cancelled.setLabel(getTranslation("meetings.filter.cancelled"));
        body.addValueChangeListener(e -> refresh());
        when.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        cancelled.addValueChangeListener(e -> refresh());

        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("meetings.title"));
        grid.addColumn(m -> MeetingTexts.when(this, m.startsAt(), m.endsAt())).setHeader(getTranslation("meeting.when"))
                .setAutoWidth(true);
        grid.addColumn(MeetingListItem::bodyName).setHeader(getTranslation("meeting.body")).setAutoWidth(true);
        grid.addColumn(MeetingListItem::title).setHeader(getTranslation("meeting.title")).setFlexGrow(1);
        grid.addColumn(m -> MeetingTexts.place(this, m)).setHeader(getTranslation("meeting.place")).setAutoWidth(true);
        grid.addComponentColumn(m -> MeetingTexts.statusBadge(this, m.status())).setHeader(getTranslation("meeting.status"))
                .setAutoWidth(true);
        grid.setItems(query -> meetings.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> meetings.count(filter()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation(plan.isVisible() ? "meetings.empty.planner" : "meetings.empty"));

        HorizontalLayout filters = new HorizontalLayout(body, when, from, to, mine, cancelled);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Div list = new Div(filters, grid);

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> showMonth(month.minusMonths(1)));
        previous.setAriaLabel(getTranslation("meetings.month.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> showMonth(month.plusMonths(1)));
        next.setAriaLabel(getTranslation("meetings.month.next"));
        Button current = new Button(getTranslation("meetings.month.current"), e -> showMonth(YearMonth.from(Formats.today())));
        HorizontalLayout monthNav = new HorizontalLayout(previous, monthTitle, next, current);
        monthNav.setAlignItems(FlexComponent.Alignment.CENTER);
        Div calendar = new Div(monthNav, monthOverview);

        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("meetings.tab.list"), list);
        tabs.add(getTranslation("meetings.tab.month"), calendar);
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() != null && tabs.getIndexOf(e.getSelectedTab()) == 1) {
                showMonth(month);
            }
        });
        tabs.setWidthFull();
        Div content = new Div(tabs);
        content.addClassName("view-content");
        add(new ViewHeader(getTranslation("meetings.title"), plan), content);
    }

    private void showMonth(YearMonth shown) {
        month = shown;
        monthTitle.setText(shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + shown.getYear());
        monthOverview.show(shown, meetings.month(shown, body.getValue() == null ? null : body.getValue().id(), mine.getValue()));
    }

    private void open(MeetingListItem item) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, MeetingView.parameters(item.id())));
    }

    private MeetingFilter filter() {
        return new MeetingFilter(body.getValue() == null ? null : body.getValue().id(), when.getValue(), from.getValue(),
                to.getValue(), mine.getValue(), cancelled.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meetings.title") + " – " + getTranslation("app.name");
    }
}
