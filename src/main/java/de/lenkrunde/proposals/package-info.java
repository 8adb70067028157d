/**
 * Proposals as case records (Vorgänge): a focus group's idea with its Hinte criteria, its life cycle
 * from draft to result (DESIGN.md §3, enforced by {@link de.lenkrunde.proposals.Proposal}), gapless
 * reference numbers and one timeline. Meetings, decisions and funding move it through the service
 * methods made for them.
 */
@ApplicationModule(displayName = "Proposals")
package de.lenkrunde.proposals;

import org.springframework.modulith.ApplicationModule;
