package de.lenkrunde.documents;

/**
 * How an owner module says who may see and change the attachments of its objects. Documents sits below
 * its owners and cannot know their rules, so each owner kind (e.g. "PROPOSAL") registers one Spring bean
 * implementing this interface. The methods are asked for the signed-in user; without a policy for a kind,
 * {@link DocumentService} refuses everything for it.
 */
public interface DocumentAccessPolicy {

    /** The owner kind this policy speaks for, e.g. "PROPOSAL"; unique among all policies. */
    String ownerKind();

    boolean mayRead(long ownerId);

    boolean mayAttach(long ownerId);

    boolean mayRemove(long ownerId);
}
