package de.lenkrunde.notifications;

/** Mails are waiting in the outbox: after the commit, {@link MailDispatch} starts an attempt. Internal. */
record MailsQueued(int count) {
}
