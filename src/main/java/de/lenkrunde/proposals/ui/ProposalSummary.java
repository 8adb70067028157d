package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.proposals.CriterionData;
import de.lenkrunde.proposals.ProposalData;
import de.lenkrunde.proposals.ProposalDetails;

/** All fields of a case record and its Hinte criteria, read-only. */
class ProposalSummary extends Div {

    private DescriptionList fields = new DescriptionList();

    void show(ProposalDetails proposal) {
        removeAll();
        ProposalData d = proposal.data();
        add(new H2(getTranslation("proposal.content")));
        fields = new DescriptionList();
        fields.addClassName("fields");
        add(fields);
        field("proposal.originGroup", proposal.originGroupName());
        field("proposal.targetBody", proposal.targetBodyName());
        field("proposal.area", proposal.areaName());
        if (proposal.contactVisible()) {
            field("proposal.contact", proposal.contactName());
        }
        field("proposal.occasion", d.occasion());
        field("proposal.goal", d.goal());
        field("proposal.measures", d.measures());
        field("proposal.targetGroup", d.targetGroup());
        if (d.plannedFrom() != null || d.plannedTo() != null) {
            field("proposal.period", Formats.date(d.plannedFrom()) + " – " + Formats.date(d.plannedTo()));
        }
        field("proposal.requestedAmount", Formats.money(d.requestedAmount()));
        field("proposal.ownContribution", Formats.money(d.ownContribution()));
        field("proposal.decisionProposal", d.decisionProposal());
        if (proposal.result() != null) {
            field("proposal.result", proposal.result());
            field("proposal.actualCost", Formats.money(proposal.actualCost()));
        }
        add(new H2(getTranslation("proposal.criteria")));
        UnorderedList criteria = new UnorderedList();
        for (CriterionData criterion : d.criteria()) {
            String text = getTranslation("hinte." + criterion.principle().name()) + ": "
                    + getTranslation(criterion.addressed() ? "proposal.criterion.addressed" : "proposal.criterion.notAddressed")
                    + (criterion.justification() == null ? "" : " – " + criterion.justification());
            criteria.add(new ListItem(text));
        }
        add(criteria);
    }

    private void field(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        fields.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }
}
