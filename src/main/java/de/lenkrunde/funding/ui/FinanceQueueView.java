package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.ui.ViewHeader;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.funding.FundingFilter;
import de.lenkrunde.funding.FundingQueueItem;
import de.lenkrunde.funding.FundingService;
import de.lenkrunde.funding.FundingStatus;
import de.lenkrunde.proposals.ProposalListItem;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * "Finanzen": the funding requests waiting for finance, oldest first, with what the steering round decided and the
 * chosen line's money beside the amount; a click opens the request to decide, confirm, return or pay. Coordinators
 * and chairs see their bodies' requests read-only and may request funding by hand.
 */
@Route("finanzen")
@RouteAlias("finanzen/:id([0-9]+)")
@Menu(title = "menu.funding", order = 50, icon = "vaadin:euro")
@RolesAllowed({"ADMIN", "FINANCE", "COORDINATOR", "BODY_MANAGER"})
public class FinanceQueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** "offen" (the queue), "alle", or one status. */
    private final Select<Object> show = new Select<>();
    private final Grid<FundingQueueItem> grid = new Grid<>(FundingQueueItem.class, false);
    private final FundingService funding;

    public FinanceQueueView(FundingService funding, AuthenticationContext authentication) {
        this.funding = funding;
        Button request = new Button(getTranslation("funding.queue.request"), VaadinIcon.PLUS.create(), e -> requestByHand());
        request.setId("funding-request-by-hand");
        ViewHeader header = new ViewHeader(getTranslation("funding.queue.title"));
        if (authentication.hasAnyRole("ADMIN", "FINANCE", "COORDINATOR")) {
            header.addAction(new RouterLink(getTranslation("funding.menu.overview"), BudgetOverviewView.class));
        }
        header.addAction(request);

        List<Object> options = new ArrayList<>(List.of("open", "all"));
        options.addAll(List.of(FundingStatus.values()));
        show.setLabel(getTranslation("funding.queue.filter"));
        show.setItems(options);
        show.setItemLabelGenerator(o -> o instanceof FundingStatus s ? getTranslation("funding.status." + s.name())
                : getTranslation("funding.queue.filter." + o));
        show.setValue("open");
        show.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("funding-queue");
        grid.addClassName("list-grid");
        grid.setAriaLabel(getTranslation("funding.queue.title"));
        grid.addColumn(i -> Formats.date(i.createdAt())).setHeader(getTranslation("funding.queue.received")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::proposalCell).setHeader(getTranslation("funding.queue.proposal")).setFlexGrow(3);
        grid.addComponentColumn(this::decisionCell).setHeader(getTranslation("funding.queue.decision")).setFlexGrow(2);
        grid.addColumn(i -> FundingTexts.money(i.requestedAmount())).setHeader(getTranslation("funding.queue.requested"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::lineCell).setHeader(getTranslation("funding.queue.line")).setFlexGrow(2);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("funding.request.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(i -> {
            Button open = new Button(getTranslation("funding.queue.open"), e -> open(i.id()));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("aria-label", getTranslation("funding.queue.open") + ": " + i.proposalLabel());
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> funding.queue(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> funding.count(filter()));
        grid.addItemDoubleClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("funding.queue.empty"));
        grid.setAllRowsVisible(false);

        HorizontalLayout filters = new HorizontalLayout(show);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div content = new Div(filters, grid);
        content.addClassName("view-content");
        add(header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("id").ifPresent(id -> {
            try {
                open(id);
            } catch (RecordNotFoundException notVisible) {
                event.rerouteToError(notVisible, "");
            }
        });
    }

    private FundingFilter filter() {
        Object value = show.getValue();
        if (value instanceof FundingStatus status) {
            return new FundingFilter(false, status);
        }
        return "all".equals(value) ? FundingFilter.all() : FundingFilter.queue();
    }

    private void open(long requestId) {
        FundingRequestDialog dialog = new FundingRequestDialog(funding, requestId, () -> grid.getDataProvider().refreshAll());
        dialog.open();
    }

    private Div proposalCell(FundingQueueItem item) {
        Div cell = new Div();
        Span label = new Span(item.proposalLabel());
        label.getStyle().set("font-weight", "600");
        Span meta = new Span(item.originGroupName() + (item.areaName() == null ? "" : " · " + item.areaName()));
        meta.addClassNames("text-s", "text-secondary");
        Div principles = new Div();
        item.principles().forEach(p -> {
            Span badge = new Span(getTranslation("hinte." + p.name()));
            badge.getElement().setAttribute("theme", "badge small contrast");
            badge.getStyle().set("margin", "0 var(--lumo-space-xs) var(--lumo-space-xs) 0");
            principles.add(badge);
        });
        cell.add(new Div(label), new Div(meta), principles);
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Div decisionCell(FundingQueueItem item) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "normal");
        cell.add(new Div(item.decisionNumber() == null ? getTranslation("funding.request.decisionNone") : item.decisionNumber()));
        if (item.vote() != null) {
            Span vote = new Span(FundingTexts.vote(this, item.vote()));
            vote.addClassNames("text-s", "text-secondary");
            cell.add(new Div(vote));
        }
        if (item.decisionText() != null) {
            Span text = new Span(item.decisionText().length() > 160 ? item.decisionText().substring(0, 159) + "…" : item.decisionText());
            text.addClassName("text-s");
            cell.add(new Div(text));
        }
        return cell;
    }

    private Div lineCell(FundingQueueItem item) {
        Div cell = new Div();
        cell.getStyle().set("white-space", "normal");
        if (item.budgetLineLabel() == null) {
            cell.add(new Span(getTranslation("funding.queue.noLine")));
            return cell;
        }
        Span available = new Span(getTranslation("funding.queue.lineAvailable", FundingTexts.money(item.lineAvailable())));
        available.addClassName("text-s");
        if (item.lineAvailable() != null && item.lineAvailable().compareTo(item.requestedAmount()) < 0) {
            available.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        cell.add(new Div(item.budgetLineLabel()), new Div(available));
        return cell;
    }

    private Div statusCell(FundingQueueItem item) {
        Div cell = new Div(FundingTexts.statusBadge(this, item.status()));
        if (item.status() == FundingStatus.AWAITING_SECOND_APPROVAL && item.firstDeciderName() != null) {
            Span by = new Span(getTranslation("funding.queue.awaitingBy", item.firstDeciderName()));
            by.addClassNames("text-s", "text-secondary");
            cell.add(new Div(by));
        }
        return cell;
    }

    /** A coordinator, chair or finance person requests money for an approved (or refused before) proposal. */
    private void requestByHand() {
        List<ProposalListItem> candidates = funding.requestableProposals();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("funding.queue.request"));
        dialog.setWidth("36rem");
        if (candidates.isEmpty()) {
            dialog.add(new Div(getTranslation("funding.request.pickEmpty")));
            dialog.getFooter().add(new Button(getTranslation("funding.request.close"), e -> dialog.close()));
            dialog.open();
            return;
        }
        ComboBox<ProposalListItem> pick = new ComboBox<>(getTranslation("funding.request.pick"), candidates);
        pick.setItemLabelGenerator(p -> p.referenceNumber() + " " + p.title() + " – " + Formats.money(p.requestedAmount()));
        pick.setWidthFull();
        pick.setRequiredIndicatorVisible(true);
        Button ok = new Button(getTranslation("funding.queue.request"), e -> {
            if (pick.getValue() == null) {
                pick.setErrorMessage(getTranslation("validation.required"));
                pick.setInvalid(true);
                return;
            }
            try {
                long id = funding.request(pick.getValue().id());
                dialog.close();
                Toasts.success(getTranslation("funding.request.done"));
                grid.getDataProvider().refreshAll();
                open(id);
            } catch (BusinessRuleException rule) {
                pick.setErrorMessage(getTranslation(rule.messageKey(), rule.arguments()));
                pick.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(pick);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funding.queue.title") + " – " + getTranslation("app.name");
    }
}
