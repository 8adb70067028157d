/**
 * Minutes (Niederschrift) of a closed meeting (DESIGN.md §3, ADR 016): drafted from the live record when the meeting
 * closes, edited per TOP by chair and minute-taker, signed by both and released to the members, reviewed (comments and
 * objections with the minute-taker's answers), approved by the body — as a TOP of its next meeting (a decision) or by
 * circulation where the body allows it — and then locked; a correction is a new, linked edition. PDF in a members' and a
 * public version. Sits on top of live (ADR 013): reads meetings, decisions, actions and live, never the other way round.
 */
@ApplicationModule(displayName = "Minutes")
package de.lenkrunde.minutes;

import org.springframework.modulith.ApplicationModule;
