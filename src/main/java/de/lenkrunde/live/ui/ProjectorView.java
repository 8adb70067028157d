package de.lenkrunde.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.live.LiveBroadcaster;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.RunState;
import jakarta.annotation.security.PermitAll;

/**
 * The projector ("Beamer"): large type without navigation, for the room — body and meeting, the current TOP
 * with its timer and the quorum, and the agenda as held. It follows the chair by push.
 */
@Route(value = "sitzungen/:id([0-9]+)/beamer", autoLayout = false)
@PermitAll
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingRunService run;
    private final Div heading = new Div();
    private final CurrentItemPanel current = new CurrentItemPanel();
    private final AgendaProgress agenda = new AgendaProgress(null);
    private long meetingId;

    public ProjectorView(MeetingRunService run, LiveBroadcaster broadcaster) {
        this.run = run;
        heading.addClassName("projector-heading");
        Div side = new Div(agenda);
        side.addClassName("projector-agenda");
        Div columns = new Div(current, side);
        columns.addClassName("projector-columns");
        add(heading, columns);
        addClassName("projector");
        LiveUpdates.follow(this, broadcaster, () -> meetingId, event -> render(run.state(meetingId)));
    }

    static String route(long meetingId) {
        return "sitzungen/" + meetingId + "/beamer";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("id").orElse(0L);
        try {
            render(run.state(meetingId));
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
        }
    }

    private void render(RunState state) {
        heading.setText(state.bodyName() + " · " + state.title());
        current.show(state);
        agenda.show(state);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.projector") + " – " + getTranslation("app.name");
    }
}
