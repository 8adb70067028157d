package de.lenkrunde.actions;

import de.lenkrunde.proposals.DecisionOutcome;

/**
 * Filter of the decision register; {@code null} fields do not filter. {@code text}: words of title and text
 * (FULLTEXT, every word as a prefix) or a decision number. {@code withoutImplementation} ("ohne Umsetzung"):
 * approved (angenommen, geändert angenommen), its proposal — if any — not in implementation or completed, and no
 * action item done.
 */
public record RegisterFilter(Long bodyId, Integer year, DecisionOutcome outcome, String text, boolean withoutImplementation) {

    public static RegisterFilter none() {
        return new RegisterFilter(null, null, null, null, false);
    }
}
