/**
 * One place to tell a person something: {@link de.lenkrunde.notifications.Notifier} writes, in the caller's
 * transaction, an in-app notification per person and a mail per person with an e-mail address into a
 * persistent outbox, which is sent after the commit and retried with back-off.
 */
@ApplicationModule(displayName = "Notifications")
package de.lenkrunde.notifications;

import org.springframework.modulith.ApplicationModule;
