package de.lenkrunde.home;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import de.lenkrunde.KaribuTest;
import de.lenkrunde.base.i18n.Languages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest extends KaribuTest {

    @Test
    void switching_to_english_is_stored_on_the_account_and_used_at_the_next_login() {
        testData.account("nutzer", Set.of(), Set.of());
        login("nutzer");
        assertThat(navLabels()).contains("Übersicht");

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withLabel("Sprache"));
        _setValue(language, Languages.ENGLISH);

        assertThat(jdbc.queryForObject("SELECT language FROM account WHERE login = 'nutzer'", String.class)).isEqualTo("en");
        // The page reloads in the new language.
        assertThat(navLabels()).contains("Overview");

        newBrowserSession();
        login("nutzer");
        assertThat(navLabels()).contains("Overview", "Proposals").doesNotContain("Übersicht");
        assertThat(_get(Select.class, spec -> spec.withLabel("Language")).getValue()).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void switching_back_to_german_is_stored_too() {
        testData.account("nutzer", Set.of(), Set.of());
        jdbc.update("UPDATE account SET language = 'en' WHERE login = 'nutzer'");
        login("nutzer");
        assertThat(navLabels()).contains("Overview");

        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withLabel("Language"));
        _setValue(language, Languages.GERMAN);

        assertThat(jdbc.queryForObject("SELECT language FROM account WHERE login = 'nutzer'", String.class)).isEqualTo("de");
        newBrowserSession();
        login("nutzer");
        assertThat(navLabels()).contains("Übersicht");
    }

    private static java.util.List<String> navLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
