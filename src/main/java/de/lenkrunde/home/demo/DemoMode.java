package de.lenkrunde.home.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Demo mode is on with the embedded database unless switched off, and off with an external database
 * unless {@code lenkrunde.demo.enabled=true} asks for it.
 */
@Component
class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${lenkrunde.demo.enabled:}") String setting, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = setting == null || setting.isBlank() ? datasourceUrl.isBlank() : Boolean.parseBoolean(setting.strip());
    }

    boolean enabled() {
        return enabled;
    }
}
