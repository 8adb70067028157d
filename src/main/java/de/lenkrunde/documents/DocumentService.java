package de.lenkrunde.documents;

import de.lenkrunde.base.validation.BusinessRuleException;
import de.lenkrunde.base.validation.RecordNotFoundException;
import de.lenkrunde.people.CurrentUser;
import de.lenkrunde.people.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attachments of other modules' objects. Every call asks the owner kind's {@link DocumentAccessPolicy};
 * without one, or when it says no, the call is refused with {@link AccessDeniedException}. Content is
 * stored with its SHA-512 checksum and verified before it is handed out.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DocumentService {

    private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

    private final DocumentStore store;
    private final Map<String, DocumentAccessPolicy> policies;
    private final UploadCheck check;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentService(DocumentStore store, List<DocumentAccessPolicy> policies,
                    @Value("${lenkrunde.documents.max-size:20MB}") DataSize maxSize, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.policies = policies.stream().collect(Collectors.toMap(DocumentAccessPolicy::ownerKind, Function.identity()));
        this.check = new UploadCheck(maxSize.toBytes());
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the upload (size, type by content, name) and stores it.
     *
     * @throws AccessDeniedException when the owner's policy does not allow attaching
     * @throws BusinessRuleException with the reason (a translation key) when the file is refused
     */
    public DocumentInfo attach(String ownerKind, long ownerId, String fileName, byte[] content) {
        require(policy(ownerKind).mayAttach(ownerId), ownerKind, ownerId, "attach");
        UploadCheck.Accepted accepted = check.check(fileName, content);
        SignedInUser user = currentUser.require();
        Long personId = user.personId() == 0 ? null : user.personId();
        Instant now = clock.instant();
        long id = store.insert(ownerKind, ownerId, accepted.fileName(), accepted.type(), content, sha512(content), now,
                personId, user.displayName());
        events.publishEvent(new DocumentAttached(ownerKind, ownerId, id, accepted.fileName(), personId, now));
        return new DocumentInfo(id, ownerKind, ownerId, accepted.fileName(), accepted.type().contentType(),
                content.length, now, personId, user.displayName());
    }

    /** The attachments of one object, newest first, without their content. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> list(String ownerKind, long ownerId) {
        require(policy(ownerKind).mayRead(ownerId), ownerKind, ownerId, "read");
        return store.list(ownerKind, ownerId);
    }

    /** What the signed-in user may do with the attachments of one object (nothing without a policy). */
    @Transactional(readOnly = true)
    public AttachmentRights rights(String ownerKind, long ownerId) {
        DocumentAccessPolicy policy = policies.get(ownerKind);
        if (policy == null) {
            return AttachmentRights.none();
        }
        return new AttachmentRights(policy.mayRead(ownerId), policy.mayAttach(ownerId), policy.mayRemove(ownerId));
    }

    /**
     * The document with its content, for download.
     *
     * @throws BusinessRuleException {@code documents.damaged} when the content no longer matches its checksum
     */
    @Transactional(readOnly = true)
    public DocumentContent open(long documentId) {
        DocumentInfo info = info(documentId);
        require(policy(info.ownerKind()).mayRead(info.ownerId()), info.ownerKind(), info.ownerId(), "read");
        DocumentStore.Stored stored = store.content(documentId)
                .orElseThrow(() -> new RecordNotFoundException("document " + documentId));
        if (!sha512(stored.content()).equalsIgnoreCase(stored.sha512())) {
            log.error("Document {} ({}) does not match its SHA-512 checksum: refusing to hand it out", documentId,
                    info.fileName());
            throw new BusinessRuleException("documents.damaged", info.fileName());
        }
        return new DocumentContent(documentId, info.fileName(), info.contentType(), stored.content());
    }

    /** Removes an attachment, if the owner's policy allows it. */
    public void remove(long documentId) {
        DocumentInfo info = info(documentId);
        require(policy(info.ownerKind()).mayRemove(info.ownerId()), info.ownerKind(), info.ownerId(), "remove");
        if (!store.delete(documentId)) {
            throw new RecordNotFoundException("document " + documentId);
        }
        Long personId = currentUser.get().map(SignedInUser::personId).filter(id -> id != 0).orElse(null);
        events.publishEvent(new DocumentRemoved(info.ownerKind(), info.ownerId(), documentId, info.fileName(), personId,
                clock.instant()));
    }

    /** The size limit of one file, in bytes (the upload component mirrors it). */
    @PreAuthorize("permitAll()")
    public long maxSizeBytes() {
        return check.maxBytes();
    }

    private DocumentInfo info(long documentId) {
        return store.info(documentId).orElseThrow(() -> new RecordNotFoundException("document " + documentId));
    }

    private DocumentAccessPolicy policy(String ownerKind) {
        return Optional.ofNullable(policies.get(ownerKind))
                .orElseThrow(() -> new AccessDeniedException("No document access policy for owner kind " + ownerKind));
    }

    private static void require(boolean allowed, String ownerKind, long ownerId, String what) {
        if (!allowed) {
            throw new AccessDeniedException("May not " + what + " documents of " + ownerKind + " " + ownerId);
        }
    }

    static String sha512(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every Java runtime", e);
        }
    }
}
