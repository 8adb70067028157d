package de.lenkrunde.documents.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.base.ui.ComponentTexts;
import de.lenkrunde.base.ui.Confirmations;
import de.lenkrunde.base.ui.EmptyState;
import de.lenkrunde.base.ui.Toasts;
import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.documents.AttachmentRights;
import de.lenkrunde.documents.DocumentContent;
import de.lenkrunde.documents.DocumentInfo;
import de.lenkrunde.documents.DocumentService;
import de.lenkrunde.documents.FileSizes;
import de.lenkrunde.documents.FileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * The attachments of one object (a proposal, later an agenda item or minutes), for any view to place:
 * the list with download links, an upload and removal with confirmation — each offered only when the
 * owner's policy allows it; the service checks again. A refused upload says why, next to the upload.
 */
public class AttachmentsPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(AttachmentsPanel.class);

    private final String ownerKind;
    private final long ownerId;
    private final DocumentService service;

    private final Div list = new Div();
    private final Paragraph refusal = new Paragraph();
    private final Upload upload;
    private final Paragraph hint;
    private AttachmentRights rights = AttachmentRights.none();

    private final java.util.List<Runnable> changeListeners = new java.util.ArrayList<>();

    public AttachmentsPanel(String ownerKind, long ownerId, DocumentService service) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.service = service;
        addClassName("attachments-panel");
        setPadding(false);

        H3 title = new H3(getTranslation("documents.title"));
        refusal.addClassName("attachments-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);

        upload = new Upload(UploadHandler.inMemory(this::uploaded));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxSizeBytes()));
        upload.setAcceptedFileTypes(FileType.acceptedInBrowser().toArray(String[]::new));
        upload.setI18n(ComponentTexts.upload(this));
        upload.addFileRejectedListener(e -> showRefusal(e.getFileName() == null ? e.getErrorMessage()
                : getTranslation("documents.refused.browser", e.getFileName(), e.getErrorMessage())));
        upload.addFailedListener(e -> showRefusal(getTranslation("documents.refused.transfer", e.getFileName())));

        hint = new Paragraph(getTranslation("documents.hint", FileType.allLabels(),
                FileSizes.format(service.maxSizeBytes())));
        hint.addClassName("attachments-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        hint.setId("attachments-hint-" + ownerKind.toLowerCase(java.util.Locale.ROOT) + "-" + ownerId);
        upload.getElement().setAttribute("aria-describedby", hint.getId().orElseThrow());

        add(title, list, refusal, upload, hint);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refresh();
    }

    /** Reads the list and the user's rights again. */
    /** Called after a file was attached or removed, e.g. to show the owner's updated history. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void refresh() {
        rights = service.rights(ownerKind, ownerId);
        upload.setVisible(rights.attach());
        hint.setVisible(rights.attach());
        list.removeAll();
        if (!rights.read()) {
            list.add(new Paragraph(getTranslation("documents.notVisible")));
            return;
        }
        List<DocumentInfo> documents = service.list(ownerKind, ownerId);
        if (documents.isEmpty()) {
            list.add(new EmptyState(getTranslation(rights.attach() ? "documents.empty" : "documents.empty.readOnly")));
            return;
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("attachments-list");
        documents.forEach(d -> items.add(row(d)));
        list.add(items);
    }

    private ListItem row(DocumentInfo document) {
        Anchor download = new Anchor(downloadOf(document), AttachmentType.DOWNLOAD, document.fileName());
        download.addClassName("attachment-name");
        Span meta = new Span(getTranslation("documents.meta", FileSizes.format(document.sizeBytes()),
                document.uploadedByName(), Formats.dateTime(document.uploadedAt())));
        meta.addClassName("attachment-meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-inline-start", "var(--lumo-space-s)");
        ListItem item = new ListItem(download, meta);
        if (rights.remove()) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(document));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("documents.remove.label", document.fileName()));
            remove.setTooltipText(getTranslation("documents.remove.label", document.fileName()));
            remove.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            item.add(remove);
        }
        return item;
    }

    private DownloadHandler downloadOf(DocumentInfo document) {
        long id = document.id();
        return DownloadHandler.fromInputStream(event -> {
            try {
                DocumentContent content = service.open(id);
                return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                        content.contentType(), content.sizeBytes());
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (RecordNotFoundException e) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (BusinessRuleException e) {
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> Toasts.error(ui.getTranslation(e.messageKey(), e.arguments())));
                }
                return DownloadResponse.error(HttpStatusCode.CONFLICT);
            }
        });
    }

    private void uploaded(UploadMetadata metadata, byte[] content) {
        try {
            DocumentInfo attached = service.attach(ownerKind, ownerId, metadata.fileName(), content);
            hideRefusal();
            Toasts.success(getTranslation("documents.attached", attached.fileName()));
            changeListeners.forEach(Runnable::run);
        } catch (BusinessRuleException e) {
            showRefusal(getTranslation(e.messageKey(), e.arguments()));
        } catch (AccessDeniedException e) {
            showRefusal(getTranslation("error.accessDenied"));
        } catch (RuntimeException e) {
            log.error("Attaching {} to {} {} failed", metadata.fileName(), ownerKind, ownerId, e);
            showRefusal(getTranslation("documents.refused.transfer", metadata.fileName()));
        }
        upload.clearFileList();
        refresh();
    }

    private void confirmRemove(DocumentInfo document) {
        Confirmations.destructive(getTranslation("documents.remove.header"),
                getTranslation("documents.remove.text", document.fileName()),
                getTranslation("documents.remove.confirm"), () -> {
                    service.remove(document.id());
                    Toasts.success(getTranslation("documents.removed", document.fileName()));
                    refresh();
                    changeListeners.forEach(Runnable::run);
                });
    }

    private void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    private void hideRefusal() {
        refusal.setText("");
        refusal.setVisible(false);
    }
}
