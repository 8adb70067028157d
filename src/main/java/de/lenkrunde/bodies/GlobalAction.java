package de.lenkrunde.bodies;

/** Actions that concern no single body. */
public enum GlobalAction {
    MANAGE_AREAS, MANAGE_PEOPLE, MANAGE_BUDGET_LINES, DECIDE_FUNDING, CREATE_BODIES
}
