package de.lenkrunde.meetings;

import java.util.Set;

/**
 * Which TOPs of a meeting have a decision, from the module above that records them ({@code decisions}; DESIGN.md
 * §4: lower modules ask upper ones through SPIs they own). A decided TOP is done when the meeting closes, even if
 * the chair never pressed "Erledigt" — it must never be deferred with the open ones.
 */
public interface DecidedItems {

    Set<Long> decidedItemIds(long meetingId);
}
