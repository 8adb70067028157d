/**
 * Funding: budget lines (Haushaltsstellen / Förderprogramme) of a budget year and funding requests (Mittelanträge)
 * for decided proposals. A request is opened when a decision approves a proposal with a requested amount (a listener
 * on {@link de.lenkrunde.decisions.DecisionRecorded}) or by hand; finance approves in full, partly or refuses, above a
 * configurable amount with a second, different person (four-eyes). An approval commits money on its line with a
 * conditional update, so a line is never over-committed. The outcome goes back to the proposal (a direct call to
 * proposals) with a timeline entry; payments and the actual cost settle the line. See docs/adr/015-funding.md.
 */
@ApplicationModule(displayName = "Funding")
package de.lenkrunde.funding;

import org.springframework.modulith.ApplicationModule;
