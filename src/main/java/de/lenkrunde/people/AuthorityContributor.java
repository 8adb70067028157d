package de.lenkrunde.people;

import java.util.Set;

/**
 * SPI for modules above people: extra authorities for a person at login, e.g. {@code ROLE_BODY_MANAGER}
 * from the bodies module for a chair. Services still check live; these only shape menus and routes.
 */
public interface AuthorityContributor {

    Set<String> authoritiesFor(long personId);
}
