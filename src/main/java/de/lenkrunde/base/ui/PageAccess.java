package de.lenkrunde.base.ui;

/**
 * A module's word on whether the signed-in user should be led to one of its pages. The route's
 * {@code @RolesAllowed} says who may open pages of that kind; the module knows more — whether this reader may open
 * this record, or whether a list would ever show them anything. {@link ReferenceLinks} asks before it links, the
 * main navigation before it lists a menu entry. A module implements it as a Spring bean for the routes it owns.
 */
public interface PageAccess {

    /** Whether {@code route} (e.g. {@code finanzen/12}) is one of this module's pages that it has a word on. */
    boolean owns(String route);

    /** Whether the signed-in user may open that page; asked only for routes it {@link #owns}. */
    boolean mayOpen(String route);
}
