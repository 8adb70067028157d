/**
 * The shell: MainLayout with its SideNav built from the views' {@code @Menu} entries, the start page,
 * the pages of modules still to come, and the demo data of a fictional town.
 */
@ApplicationModule(displayName = "Home")
package de.lenkrunde.home;

import org.springframework.modulith.ApplicationModule;
