/**
 * Action items (Aufgaben) born in a meeting from an agenda item or a decision: description, owner (a person or a
 * body), due date, optional proposal. Created OPEN from the live console; their follow-up (progress, done,
 * cancelled, reminders) belongs here too. Sits on decisions (DESIGN.md §4, ADR 013).
 */
@ApplicationModule(displayName = "Actions")
package de.lenkrunde.actions;

import org.springframework.modulith.ApplicationModule;
