/**
 * What every module shares and that knows no feature: i18n, formats, validation, error handling,
 * the embedded database and small UI pieces. An open module: its subpackages may be used by all.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.lenkrunde.base;

import org.springframework.modulith.ApplicationModule;
