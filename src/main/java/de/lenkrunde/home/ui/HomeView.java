package de.lenkrunde.home.ui;

import com.vaadin.flow.component.html.Anchor;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.meetings.MeetingFilter;
import de.lenkrunde.meetings.MeetingListItem;
import de.lenkrunde.meetings.MeetingService;
import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.bodies.BodyType;
import de.lenkrunde.bodies.MembershipService;
import de.lenkrunde.bodies.MyBody;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import jakarta.annotation.security.PermitAll;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

/** The start page: a greeting and the user's bodies with their role in each. */
@Route("")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, MembershipService memberships, MeetingService meetings) {
        SignedInUser user = currentUser.require();
        Div content = new Div();
        content.addClassName("view-content");
        content.add(new Paragraph(getTranslation(greetingKey(), user.displayName())));
        content.add(new H2(getTranslation("home.myBodies")));
        List<MyBody> bodies = memberships.myBodies();
        if (bodies.isEmpty()) {
            content.add(new EmptyState(getTranslation("home.noBodies")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("my-bodies");
            bodies.forEach(body -> list.add(bodyItem(body)));
            content.add(list);
        }
        content.add(new H2(getTranslation("home.nextMeetings")));
        List<MeetingListItem> next = meetings.list(MeetingFilter.upcomingOfMine(), PageRequest.of(0, 5));
        if (next.isEmpty()) {
            content.add(new EmptyState(getTranslation("home.noMeetings")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("next-meetings");
            next.forEach(meeting -> list.add(meetingItem(meeting)));
            content.add(list);
        }
        add(new ViewHeader(getTranslation("home.title")), content);
    }

    private Component meetingItem(MeetingListItem meeting) {
        // linked by route, not by the meetings module's view class (DESIGN.md §4)
        Anchor link = new Anchor("sitzungen/" + meeting.id(), meeting.bodyName() + ": " + meeting.title());
        Span when = new Span(" · " + Formats.dateTime(meeting.startsAt()) + " · "
                + getTranslation("meetingStatus." + meeting.status().name()));
        when.addClassNames("text-secondary");
        ListItem item = new ListItem(link, when);
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        return item;
    }

    private Component bodyItem(MyBody body) {
        H3 name = new H3(body.name());
        name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        String roles = body.roles().stream().map(r -> getTranslation("bodyRole." + r.name())).sorted()
                .collect(Collectors.joining(", "));
        Span details = new Span(getTranslation("bodyType." + body.type().name()) + " · " + body.areaName() + " · "
                + getTranslation("home.role", roles));
        details.addClassNames("text-secondary");
        ListItem item = new ListItem(name, details);
        item.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (body.type() == BodyType.STEERING_ROUND) {
            item.getElement().setAttribute("data-type", "steering-round");
        }
        return item;
    }

    private static String greetingKey() {
        int hour = LocalTime.now(de.lenkrunde.base.format.Formats.ZONE).getHour();
        return hour < 11 ? "home.greeting.morning" : hour < 18 ? "home.greeting.day" : "home.greeting.evening";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " – " + getTranslation("app.name");
    }
}
