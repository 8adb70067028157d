/**
 * The attachments panel that owner modules (proposals, later meetings and minutes) put into their
 * views: a named interface, so that other modules may use this UI package of documents.
 */
@NamedInterface("ui")
package de.lenkrunde.documents.ui;

import org.springframework.modulith.NamedInterface;
