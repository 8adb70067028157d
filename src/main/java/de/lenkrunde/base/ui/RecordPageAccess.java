package de.lenkrunde.base.ui;

/**
 * Asked by {@link ReferenceLinks} before it links to a record's page: the route alone says who may open pages of that
 * kind (its {@code @RolesAllowed}), the module that owns the record says whether this reader may open this one. A
 * module implements it as a Spring bean for the record routes it owns.
 */
public interface RecordPageAccess {

    /** Whether {@code route} (e.g. {@code finanzen/12}) is one of this module's record pages. */
    boolean owns(String route);

    /** Whether the signed-in user may open that page; asked only for routes it {@link #owns}. */
    boolean mayOpen(String route);
}
