/**
 * Who did what, when: an append-only trail of logins, account changes and every admin change, with
 * typed references to the objects concerned.
 */
@ApplicationModule(displayName = "Audit")
package de.lenkrunde.audit;

import org.springframework.modulith.ApplicationModule;
