package de.lenkrunde.people.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkrunde.base.ui.FormErrors;
import de.lenkrunde.people.AccountData;
import de.lenkrunde.people.GlobalRole;
import de.lenkrunde.people.RegionCatalog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Login, global roles, coordinated Planregionen, language and enabled flag of an account. */
class AccountForm extends Composite<FormLayout> {

    private final TextField login = new TextField();
    private final CheckboxGroup<GlobalRole> roles = new CheckboxGroup<>();
    private final CheckboxGroup<RegionCatalog.Region> regions = new CheckboxGroup<>();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final Checkbox enabled = new Checkbox();
    private final FormErrors errors;

    AccountForm(List<RegionCatalog.Region> availableRegions, Consumer<String> formMessage) {
        login.setLabel(getTranslation("account.login"));
        login.setRequiredIndicatorVisible(true);
        login.setMaxLength(100);
        login.setHelperText(getTranslation("account.login.help"));
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Arrays.asList(GlobalRole.values()));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        regions.setLabel(getTranslation("account.regions"));
        regions.setHelperText(getTranslation("account.regions.help"));
        regions.setItems(availableRegions);
        regions.setItemLabelGenerator(RegionCatalog.Region::name);
        regions.setVisible(false);
        roles.addValueChangeListener(e -> regions.setVisible(e.getValue().contains(GlobalRole.COORDINATOR)));
        language.setLabel(getTranslation("account.language"));
        language.setItems("de", "en");
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        enabled.setLabel(getTranslation("account.enabled"));
        getContent().add(login, roles, regions, language, enabled);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        errors = new FormErrors(this, formMessage).field("login", login).field("roles", roles).field("regionIds", regions);
        setData(null);
    }

    void setData(AccountData data) {
        errors.clear();
        login.setValue(data == null ? "" : data.login());
        roles.setValue(data == null ? Set.of() : data.roles());
        Set<Long> regionIds = data == null ? Set.of() : data.regionIds();
        regions.setValue(regions.getListDataView().getItems().filter(r -> regionIds.contains(r.id())).collect(Collectors.toSet()));
        language.setValue(data == null ? "de" : data.language());
        enabled.setValue(data == null || data.enabled());
    }

    AccountData getData() {
        return new AccountData(login.getValue(), roles.getValue(),
                regions.getValue().stream().map(RegionCatalog.Region::id).collect(Collectors.toSet()),
                language.getValue(), enabled.getValue());
    }

    FormErrors errors() {
        return errors;
    }
}
