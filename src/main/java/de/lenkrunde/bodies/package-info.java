/**
 * Areas (district, Planregion, town, Sozialraum), bodies (focus groups, steering rounds, conferences)
 * with their settings, memberships, and the permission service every module asks (DESIGN.md §5).
 */
@ApplicationModule(displayName = "Bodies")
package de.lenkrunde.bodies;

import org.springframework.modulith.ApplicationModule;
