/**
 * People and their accounts: persons, logins, global roles, the security configuration and the
 * current user. Publishes {@link de.lenkrunde.people.AccountEvent}s; audit records them.
 */
@ApplicationModule(displayName = "People")
package de.lenkrunde.people;

import org.springframework.modulith.ApplicationModule;
