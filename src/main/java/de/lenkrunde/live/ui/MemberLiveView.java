package de.lenkrunde.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.live.LiveBroadcaster;
import de.lenkrunde.live.SpeakersService;
import de.lenkrunde.decisions.DecisionService;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.meetings.MeetingRunService;
import de.lenkrunde.meetings.RunState;
import jakarta.annotation.security.PermitAll;

/**
 * The members' live view: where the meeting stands (current TOP, timer, quorum), the agenda as held and the
 * speakers list, following the chair by push without reloading. Readers without the right to the
 * non-public part see the public items only.
 */
@Route("sitzungen/:id([0-9]+)/live")
@PermitAll
public class MemberLiveView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingRunService run;
    private final ViewHeader header = new ViewHeader("");
    private final CurrentItemPanel current = new CurrentItemPanel();
    private final AgendaProgress agenda = new AgendaProgress(null);
    private final SpeakersPanel speakers;
    private final DecisionResult lastDecision = new DecisionResult();
    private final DecisionService decisions;
    private long meetingId;

    public MemberLiveView(MeetingRunService run, SpeakersService speakersService, LiveBroadcaster broadcaster,
                          DecisionService decisions) {
        this.run = run;
        this.decisions = decisions;
        this.speakers = new SpeakersPanel(speakersService);
        Div content = new Div(current, lastDecision, speakers, new H2(getTranslation("agenda.title")), agenda);
        content.addClassName("view-content");
        content.addClassName("member-live");
        add(header, content);
        LiveUpdates.follow(this, broadcaster, () -> meetingId, event -> render(run.state(meetingId)));
    }

    public static RouteParameters parameters(long meetingId) {
        return new RouteParameters("id", String.valueOf(meetingId));
    }

    static String route(long meetingId) {
        return "sitzungen/" + meetingId + "/live";
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
        header.setTitle(getTranslation("live.memberTitle", state.bodyName(), state.title()));
        current.show(state);
        agenda.show(state);
        lastDecision.show(latest(decisions.ofMeeting(meetingId)));
        boolean insider = state.nonPublicVisible();
        speakers.setVisible(insider && state.currentItemId() != null);
        if (insider && state.currentItemId() != null) {
            speakers.show(meetingId, state.currentItemId(), java.util.List.of(), false);
        }
    }

    /** The decision taken last (its current version): what the room just decided. */
    static DecisionView latest(java.util.List<DecisionView> decisions) {
        return decisions.stream().filter(DecisionView::current)
                .max(java.util.Comparator.comparing(DecisionView::decidedAt).thenComparing(DecisionView::id)).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.member") + " – " + getTranslation("app.name");
    }
}
