package de.lenkrunde.bodies;

import de.lenkrunde.people.GlobalRole;

import java.util.Set;

/**
 * The table of DESIGN.md §5 as code: who may do what, given the user's global roles, whether a
 * coordinator is responsible for the body's area, and the user's current roles in the body.
 */
final class PermissionRules {

    private PermissionRules() {
    }

    static boolean allows(BodyAction action, Set<GlobalRole> globalRoles, boolean coordinatesBodyArea,
                          Set<BodyRole> bodyRoles) {
        boolean admin = globalRoles.contains(GlobalRole.ADMIN);
        boolean coordinator = globalRoles.contains(GlobalRole.COORDINATOR) && coordinatesBodyArea;
        boolean chair = bodyRoles.stream().anyMatch(BodyRole::actsAsChair);
        boolean minuteTaker = bodyRoles.contains(BodyRole.MINUTE_TAKER);
        boolean member = bodyRoles.contains(BodyRole.MEMBER) || bodyRoles.contains(BodyRole.ADVISORY);
        return switch (action) {
            case MANAGE_BODY -> admin || coordinator;
            case MANAGE_MEMBERSHIPS, PLAN_MEETING, EDIT_AGENDA_TEMPLATE -> admin || coordinator || chair;
            case DRAFT_PROPOSAL -> admin || coordinator || chair || member;
            case RETURN_OR_FORWARD_PROPOSAL -> coordinator || chair;
            case FOLLOW_UP_PROPOSAL -> admin || coordinator || chair;
            case COMMENT_PROPOSAL -> chair || minuteTaker || member;
            case RUN_MEETING -> chair;
            case TAKE_NOTES -> chair || minuteTaker;
            case READ_NON_PUBLIC -> admin || coordinator || chair || minuteTaker || member;
            case COMMENT_MINUTES -> chair || minuteTaker || member;
        };
    }

    static boolean allows(GlobalAction action, Set<GlobalRole> globalRoles) {
        boolean admin = globalRoles.contains(GlobalRole.ADMIN);
        return switch (action) {
            case MANAGE_AREAS, MANAGE_PEOPLE -> admin;
            case MANAGE_BUDGET_LINES -> admin || globalRoles.contains(GlobalRole.FINANCE);
            case DECIDE_FUNDING -> globalRoles.contains(GlobalRole.FINANCE);
            case CREATE_BODIES -> admin || globalRoles.contains(GlobalRole.COORDINATOR);
        };
    }
}
