/**
 * The running meeting: notes per agenda item (Markdown, draft material for the minutes), the speakers list
 * with its speaking-time setting, and the in-process {@link de.lenkrunde.live.LiveBroadcaster} that tells the
 * views of a running meeting what changed (after commit). It composes meetings (and later decisions and actions)
 * for the chair's console, the members' live view and the projector (DESIGN.md §4).
 */
@ApplicationModule(displayName = "Live")
package de.lenkrunde.live;

import org.springframework.modulith.ApplicationModule;
