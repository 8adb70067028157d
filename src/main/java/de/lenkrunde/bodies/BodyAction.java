package de.lenkrunde.bodies;

/** What a user may want to do on one body; who may is {@link PermissionRules}' matter (DESIGN.md §5). */
public enum BodyAction {
    /** Edit the body's name and settings. */
    MANAGE_BODY,
    /** Edit the body's agenda template, the items a new meeting starts with. */
    EDIT_AGENDA_TEMPLATE,
    /** Add, change and end memberships. */
    MANAGE_MEMBERSHIPS,
    /** Draft and submit a proposal of this focus group. */
    DRAFT_PROPOSAL,
    /** Return or forward a proposal submitted to this body. */
    RETURN_OR_FORWARD_PROPOSAL,
    /** Follow a decided proposal of this (target) body: start, complete or discontinue its implementation. */
    FOLLOW_UP_PROPOSAL,
    /** Comment on a proposal of this group or submitted to this body. */
    COMMENT_PROPOSAL,
    /** Plan a meeting, build and publish its agenda. */
    PLAN_MEETING,
    /** Run the live console, record decisions and votes. */
    RUN_MEETING,
    /** Take notes and attendance in a meeting. */
    TAKE_NOTES,
    /** Read non-public agenda items and draft minutes. */
    READ_NON_PUBLIC,
    /** Comment on or object to released minutes. */
    COMMENT_MINUTES
}
