package de.lenkrunde;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.util.TimeZone;

/**
 * Lenkrunde: the portal of the steering bodies of Sozialraumorientierung.
 *
 * @see "docs/adr/004-time-and-money.md: the JVM runs in UTC, the UI shows Europe/Berlin"
 */
@SpringBootApplication
@EnableScheduling
@Theme("lenkrunde")
@Push
public class Application implements AppShellConfigurator {

    static {
        // Instants are stored as DATETIME in UTC; the JDBC driver converts with the JVM zone.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
