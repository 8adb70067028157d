package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ConflictNotice;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.documents.DocumentService;
import de.lenkrunde.documents.ui.AttachmentsPanel;
import com.vaadin.flow.component.html.H2;
import de.lenkrunde.base.validation.EditConflictException;
import de.lenkrunde.base.validation.InvalidInputException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.proposals.ProposalAction;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import jakarta.annotation.security.PermitAll;

/**
 * The case record: status, the actions the reader may take now, every field, the Hinte criteria and
 * the whole story as a timeline.
 */
@Route("vorschlaege/:id([0-9]+)")
@PermitAll
public class ProposalView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final ViewHeader header = new ViewHeader("");
    private final Span status = new Span();
    private final Paragraph meta = new Paragraph();
    private final ConflictNotice conflict = new ConflictNotice(this::reload);
    private final ProposalSummary summary = new ProposalSummary();
    private final TimelinePanel timelinePanel;
    private final DocumentService documents;
    private final Div attachments = new Div();
    private final VersionsPanel versions;
    private ProposalDetails proposal;

    public ProposalView(ProposalService proposals, DocumentService documents) {
        this.proposals = proposals;
        this.documents = documents;
        this.timelinePanel = new TimelinePanel(proposals, this::reload);
        this.versions = new VersionsPanel(proposals);
        status.setId("proposal-status");
        Div columns = new Div(new Div(summary, attachments, versions), timelinePanel);
        columns.addClassName("case-columns");
        Div content = new Div(new RouterLink(getTranslation("proposal.backToList"), ProposalsView.class),
                new Div(status, meta), conflict, columns);
        content.addClassName("view-content");
        add(header, content);
    }

    public static RouteParameters parameters(long proposalId) {
        return new RouteParameters("id", String.valueOf(proposalId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            proposal = proposals.get(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (IllegalArgumentException badId) {
            event.rerouteToError(new RecordNotFoundException("proposal " + badId.getMessage()), "");
            return;
        } catch (RecordNotFoundException notVisible) {
            event.rerouteToError(notVisible, "");
            return;
        }
        render();
    }

    private void reload() {
        proposal = proposals.get(proposal.id());
        render();
    }

    private void render() {
        conflict.hide();
        header.setTitle((proposal.referenceNumber() == null ? "" : proposal.referenceNumber() + " · ") + proposal.title());
        status.setText(getTranslation("proposalStatus." + proposal.status().name()));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(proposal.status().isFinal() ? "badge contrast" : "badge");
        meta.setText(getTranslation("proposal.meta", proposal.originGroupName(), Formats.dateTime(proposal.updatedAt()),
                proposal.textVersion()));
        header.clearActions();
        for (ProposalAction action : ProposalAction.values()) {
            if (action != ProposalAction.COMMENT && proposal.may(action)) {
                header.addAction(button(action));
            }
        }
        summary.show(proposal);
        attachments.removeAll();
        attachments.add(new H2(getTranslation("proposal.attachments")));
        AttachmentsPanel panel = new AttachmentsPanel(ProposalService.DOCUMENT_KIND, proposal.id(), documents);
        // an attachment is a step of the story: show it in the timeline at once
        panel.addChangeListener(() -> timelinePanel.show(proposal));
        attachments.add(panel);
        versions.show(proposal);
        timelinePanel.show(proposal);
    }

    private Button button(ProposalAction action) {
        String key = "proposal.action." + switch (action) {
            case START_IMPLEMENTATION -> "startImplementation";
            default -> action.name().toLowerCase(java.util.Locale.ROOT);
        };
        if (action == ProposalAction.COMPLETE && proposal.status() == de.lenkrunde.proposals.ProposalStatus.APPROVED) {
            // approved without money and every action item done: "Umsetzung abgeschlossen" in one step
            key = "register.proposal.implementationDone";
        }
        Button button = new Button(getTranslation(key), e -> run(action));
        if (action == ProposalAction.SUBMIT || action == ProposalAction.START_IMPLEMENTATION || action == ProposalAction.COMPLETE) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (action == ProposalAction.WITHDRAW || action == ProposalAction.DISCONTINUE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void run(ProposalAction action) {
        long id = proposal.id();
        long version = proposal.version();
        switch (action) {
            case EDIT -> getUI().ifPresent(ui -> ui.navigate(ProposalEditorView.class, ProposalEditorView.parameters(id)));
            case SUBMIT -> {
                try {
                    guarded(() -> Toasts.success(getTranslation("proposal.submitted", proposals.submit(id, version))));
                } catch (InvalidInputException missing) {
                    // The case view has no fields: name what is missing; the form shows it at the fields.
                    Toasts.error(getTranslation("proposal.submit.missing", missing.errors().stream()
                            .map(e -> getTranslation("proposal." + e.field())).distinct()
                            .collect(java.util.stream.Collectors.joining(", "))));
                }
            }
            case WITHDRAW -> ActionDialogs.reason(this, getTranslation("proposal.action.withdraw"),
                    getTranslation("proposal.action.withdraw"), true, reason -> guarded(() -> proposals.withdraw(id, version, reason)));
            case RETURN -> ActionDialogs.reason(this, getTranslation("proposal.action.return"),
                    getTranslation("proposal.action.return"), true, reason -> guarded(() -> proposals.returnToGroup(id, version, reason)));
            case FORWARD -> ActionDialogs.forward(this, proposals.targetBodies().stream()
                    .filter(b -> b.id() != proposal.data().targetBodyId()).toList(),
                    (target, reason) -> guarded(() -> proposals.forward(id, version, target, reason)));
            case START_IMPLEMENTATION -> guarded(() -> proposals.startImplementation(id, version));
            case COMPLETE -> ActionDialogs.complete(this, (result, cost) -> guarded(() -> proposals.complete(id, version, result, cost)));
            case DISCONTINUE -> ActionDialogs.reason(this, getTranslation("proposal.action.discontinue"),
                    getTranslation("proposal.action.discontinue"), true, reason -> guarded(() -> proposals.discontinue(id, version, reason)));
            case COMMENT -> { }
        }
    }

    /** Runs a change and shows the new state; a stale version shows the conflict notice instead. */
    private void guarded(Runnable change) {
        try {
            change.run();
            reload();
        } catch (EditConflictException e) {
            conflict.show(e.changedBy());
        }
    }

    @Override
    public String getPageTitle() {
        return (proposal == null ? getTranslation("menu.proposals") : proposal.title()) + " – " + getTranslation("app.name");
    }
}
