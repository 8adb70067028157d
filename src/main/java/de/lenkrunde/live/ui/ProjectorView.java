package de.lenkrunde.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.live.LiveBroadcaster;
import de.lenkrunde.live.ProjectorService;
import de.lenkrunde.meetings.RunState;

import java.util.Optional;

/**
 * The projector ("Beamer") for the room's screen, opened through the chair's projector link — no login: the token
 * in the address is the credential. Large type in strong contrast, no navigation: body and meeting, the current TOP
 * with its number, title and timer, the agenda as held; during a non-public TOP only "Nichtöffentlicher Teil". It
 * follows the chair by push; when the chair revokes the link it says so at once.
 */
@Route(value = "beamer/:token", autoLayout = false)
@AnonymousAllowed
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectorService projector;
    private final H1 heading = new H1();
    private final Div when = new Div();
    private final CurrentItemPanel current = new CurrentItemPanel();
    private final AgendaProgress agenda = new AgendaProgress(null);
    private final Div columns;
    private final DecisionResult lastDecision = new DecisionResult();
    private final Div invalid = new Div();
    private String token;
    private long meetingId;

    public ProjectorView(ProjectorService projector, LiveBroadcaster broadcaster) {
        this.projector = projector;
        heading.addClassName("projector-heading");
        when.addClassName("projector-when");
        Div side = new Div(agenda);
        side.addClassName("projector-agenda");
        columns = new Div(new Div(current, lastDecision), side);
        columns.addClassName("projector-columns");
        invalid.addClassName("projector-invalid");
        invalid.add(new H1(getTranslation("live.projector.invalid.title")), new Paragraph(getTranslation("live.projector.invalid.text")));
        invalid.setVisible(false);
        add(new Div(heading, when), columns, invalid);
        addClassName("projector");
        LiveUpdates.follow(this, broadcaster, () -> meetingId, event -> render(projector.projection(token)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<RunState> state = projector.projection(token);
        meetingId = state.map(RunState::meetingId).orElse(0L);
        render(state);
    }

    private void render(Optional<RunState> projection) {
        boolean valid = projection.isPresent();
        heading.setVisible(valid);
        when.setVisible(valid);
        columns.setVisible(valid);
        invalid.setVisible(!valid);
        projection.ifPresent(state -> {
            heading.setText(state.bodyName() + " · " + state.title());
            when.setText(Formats.date(state.startsAt()));
            current.show(state);
            agenda.show(state);
            lastDecision.show(MemberLiveView.latest(projector.projectedDecisions(token)));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("live.projector") + " – " + getTranslation("app.name");
    }
}
