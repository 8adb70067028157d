package de.lenkrunde.documents;

/** What the signed-in user may do with the attachments of one object, so that a view offers only that. */
public record AttachmentRights(boolean read, boolean attach, boolean remove) {

    public static AttachmentRights none() {
        return new AttachmentRights(false, false, false);
    }
}
