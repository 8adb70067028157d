package de.lenkrunde.actions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import de.lenkrunde.actions.ActionItemService;
import de.lenkrunde.actions.ActionItemView;
import de.lenkrunde.actions.DecisionContext;
import de.lenkrunde.actions.RegisterService;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.decisions.DecisionView;
import de.lenkrunde.decisions.MotionView;
import de.lenkrunde.proposals.ui.TimelineList;
import jakarta.annotation.security.PermitAll;

/**
 * One decision with its context: number, text, outcome and vote; the meeting and TOP it was taken in; the motions on
 * that TOP; its corrections (Berichtigungen); the proposal with its status and a link to its timeline; the action
 * items that implement it. The route {@code beschluesse/<id>} is the one {@code DecisionService.route} names.
 */
@Route("beschluesse/:id([0-9]+)")
@PermitAll
public class DecisionPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RegisterService register;
    private final ViewHeader header = new ViewHeader("");
    private final Div content = new Div();
    private DecisionContext context;

    public DecisionPageView(RegisterService register) {
        this.register = register;
        content.addClassName("view-content");
        content.setId("decision-page");
        add(header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            context = register.context(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        render();
    }

    private void render() {
        DecisionView decision = context.decision();
        header.setTitle(decision.number() + " · " + decision.title());
        content.removeAll();
        content.add(new RouterLink(getTranslation("register.backToList"), DecisionRegisterView.class));
        if (!decision.current()) {
            Paragraph superseded = new Paragraph(getTranslation("register.decision.superseded"));
            superseded.add(new Span(" "), new Anchor("beschluesse/" + context.current().id(), getTranslation("register.decision.openCurrent")));
            superseded.addClassName("notice");
            content.add(superseded);
        }
        content.add(decisionSection(decision), meetingSection(), proposalSection(), actionsSection(), motionsSection(),
                historySection());
    }

    private Section decisionSection(DecisionView decision) {
        Section section = new Section(new H2(getTranslation("register.decision.text")));
        Span outcome = new Span(getTranslation("decisionOutcome." + decision.outcome().name()));
        outcome.getElement().getThemeList().add("badge");
        outcome.setId("decision-outcome");
        Paragraph vote = new Paragraph(getTranslation("register.vote") + ": " + RegisterTexts.vote(this, decision.vote())
                + (decision.quorumReached() ? "" : " · " + getTranslation("register.decision.quorumOverride", decision.quorumOverrideReason())));
        Paragraph text = new Paragraph(decision.text());
        text.getStyle().set("white-space", "pre-line");
        section.add(new Div(outcome), text, vote);
        if (decision.reason() != null) {
            section.add(new Paragraph(getTranslation("proposal.timeline.reason") + " " + decision.reason()));
        }
        section.add(new Paragraph(getTranslation("register.decision.recorded", Formats.dateTime(decision.decidedAt()),
                decision.decidedByName() == null ? getTranslation("audit.system") : decision.decidedByName())));
        return section;
    }

    private Section meetingSection() {
        DecisionView decision = context.decision();
        Section section = new Section(new H2(getTranslation("register.decision.meeting")));
        Anchor meeting = new Anchor(context.meetingRoute(), context.bodyName() + " · " + context.meetingTitle() + ", "
                + Formats.dateTime(context.meetingStartsAt()));
        meeting.setId("decision-meeting");
        section.add(new Paragraph(meeting), new Paragraph(getTranslation("register.decision.item", decision.itemNumber(), decision.title())
                + (decision.nonPublic() ? " · " + getTranslation("register.decision.nonPublic") : "")));
        return section;
    }

    private Section proposalSection() {
        Section section = new Section(new H2(getTranslation("register.proposal")));
        if (context.proposalId() == null) {
            section.add(new Paragraph(getTranslation("register.decision.noProposal")));
            return section;
        }
        Anchor proposal = new Anchor(context.proposalRoute(), (context.proposalNumber() == null ? "" : context.proposalNumber() + " · ")
                + context.proposalTitle());
        proposal.setId("decision-proposal");
        section.add(new Paragraph(proposal), new Paragraph(getTranslation("register.decision.proposalStatus",
                getTranslation("proposalStatus." + context.proposalStatus().name()))));
        if (!context.proposalTimeline().isEmpty()) {
            TimelineList timeline = new TimelineList(context.proposalTimeline());
            timeline.setId("decision-proposal-timeline");
            section.add(new H3(getTranslation("register.decision.proposalTimeline")), timeline);
        }
        return section;
    }

    private Section actionsSection() {
        Section section = new Section(new H2(getTranslation("register.actions")));
        if (context.actionItems().isEmpty()) {
            section.add(new EmptyState(getTranslation("register.decision.noActions")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("decision-actions");
        for (ActionItemView item : context.actionItems()) {
            ListItem entry = new ListItem(new Anchor(ActionItemService.route(item.id()), item.description()), new Span(" · "),
                    new Span(getTranslation("register.action.ownerDue", item.owner().name(), Formats.date(item.dueDate()), item.progress())),
                    new Span(" "), RegisterTexts.statusBadge(this, item.status(), item.overdue()));
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    private Section motionsSection() {
        Section section = new Section(new H2(getTranslation("register.decision.motions")));
        if (context.motions().isEmpty()) {
            section.add(new Paragraph(getTranslation("register.decision.noMotions")));
            return section;
        }
        OrderedList list = new OrderedList();
        for (MotionView motion : context.motions()) {
            list.add(new ListItem(getTranslation("register.decision.motion", getTranslation("motionKind." + motion.kind().name()),
                    motion.moverName(), getTranslation("motionOutcome." + motion.outcome().name()), motion.text())));
        }
        section.add(list);
        return section;
    }

    private Component historySection() {
        Section section = new Section(new H2(getTranslation("register.decision.history")));
        if (context.history().size() <= 1) {
            section.add(new Paragraph(getTranslation("register.decision.noCorrections")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.setId("decision-history");
        for (DecisionView revision : context.history()) {
            String line = revision.revision() == 0
                    ? getTranslation("register.decision.original", Formats.dateTime(revision.decidedAt()),
                    getTranslation("decisionOutcome." + revision.outcome().name()))
                    : getTranslation("register.decision.correction", revision.revision(), Formats.dateTime(revision.decidedAt()),
                    getTranslation("decisionOutcome." + revision.outcome().name()), revision.correctionReason());
            ListItem item = new ListItem(revision.id() == context.decision().id() ? new Span(line)
                    : new Anchor("beschluesse/" + revision.id(), line));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return (context == null ? getTranslation("register.title") : context.decision().number()) + " – " + getTranslation("app.name");
    }
}
