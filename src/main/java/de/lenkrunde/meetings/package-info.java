/**
 * Meetings (Sitzungen) of a body: planning, the agenda (Tagesordnung) with its numbered items, the
 * invitation with PDF and calendar file, amendments and cancellation (DESIGN.md §3). It schedules and
 * unschedules proposals through their service and offers carry-over from other modules through the
 * {@link de.lenkrunde.meetings.AgendaSuggestions} SPI.
 */
@ApplicationModule(displayName = "Meetings")
package de.lenkrunde.meetings;

import org.springframework.modulith.ApplicationModule;
