package de.lenkrunde.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.live.ProjectorLink;
import de.lenkrunde.live.ProjectorService;

import java.util.Optional;

/**
 * The chair's projector link: the address to open on the room PC (no login needed), to open here in a new tab, to
 * renew (the old link stops working) or to revoke.
 */
class ProjectorLinkDialog extends Dialog {

    private final ProjectorService projector;
    private final long meetingId;
    private final Div content = new Div();
    /** The portal's address as the chair's browser reaches it (also behind a proxy), once known. */
    private String origin;
    private TextField address;
    private ProjectorLink current;

    ProjectorLinkDialog(ProjectorService projector, long meetingId) {
        this.projector = projector;
        this.meetingId = meetingId;
        addAttachListener(e -> e.getUI().getPage().fetchCurrentURL(url -> {
            origin = url.getProtocol() + "://" + url.getAuthority() + "/";
            showAddress();
        }));
        setHeaderTitle(getTranslation("live.projector.link.title"));
        setWidth("min(40rem, 95vw)");
        add(content);
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(close);
        show(projector.activeLink(meetingId));
    }

    private void show(Optional<ProjectorLink> link) {
        content.removeAll();
        current = null;
        address = null;
        getFooter().getElement().getChildren().filter(c -> c.hasAttribute("data-link-action")).toList()
                .forEach(c -> c.removeFromParent());
        if (link.isEmpty()) {
            content.add(new Paragraph(getTranslation("live.projector.link.none")));
            Button create = new Button(getTranslation("live.projector.link.create"), VaadinIcon.PLUS.create(), e -> create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.getElement().setAttribute("data-link-action", true);
            getFooter().addComponentAsFirst(create);
            return;
        }
        current = link.get();
        address = new TextField(getTranslation("live.projector.link.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        showAddress();
        address.setHelperText(getTranslation("live.projector.link.help", Formats.dateTime(current.createdAt()),
                current.createdByName() == null ? "" : current.createdByName()));
        Anchor open = new Anchor(current.route(), getTranslation("live.projector.link.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.addClassName("projector-open");
        content.add(new Paragraph(getTranslation("live.projector.link.text")), address, open);
        Button renew = new Button(getTranslation("live.projector.link.renew"), e -> Confirmations.destructive(
                getTranslation("live.projector.link.renew"), getTranslation("live.projector.link.renewText"),
                getTranslation("live.projector.link.renew"), this::create).open());
        renew.getElement().setAttribute("data-link-action", true);
        Button revoke = new Button(getTranslation("live.projector.link.revoke"), e -> Confirmations.destructive(
                getTranslation("live.projector.link.revoke"), getTranslation("live.projector.link.revokeText"),
                getTranslation("live.projector.link.revoke"), this::revoke).open());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.getElement().setAttribute("data-link-action", true);
        getFooter().addComponentAsFirst(renew);
        getFooter().addComponentAsFirst(revoke);
    }

    private void showAddress() {
        if (address != null && current != null) {
            address.setValue((origin == null ? "" : origin) + current.route());
        }
    }

    private void create() {
        try {
            projector.createLink(meetingId);
            show(projector.activeLink(meetingId));
        } catch (BusinessRuleException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void revoke() {
        projector.revokeLink(meetingId);
        Toasts.success(getTranslation("live.projector.link.revoked"));
        show(Optional.empty());
    }
}
