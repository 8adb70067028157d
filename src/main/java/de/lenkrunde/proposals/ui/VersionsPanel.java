package de.lenkrunde.proposals.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import de.lenkrunde.base.format.Formats;
import de.lenkrunde.proposals.ProposalDetails;
import de.lenkrunde.proposals.ProposalService;
import de.lenkrunde.proposals.TextComparison;
import de.lenkrunde.proposals.TextVersionInfo;
import de.lenkrunde.proposals.WordDiff;

import java.util.List;

/**
 * The text versions of a case record (submitted text and every later edit), and a comparison of any two,
 * word by word: removed words struck through ({@code <del>}), new ones underlined ({@code <ins>}).
 */
class VersionsPanel extends Div {

    private final ProposalService proposals;

    VersionsPanel(ProposalService proposals) {
        this.proposals = proposals;
    }

    void show(ProposalDetails proposal) {
        removeAll();
        List<TextVersionInfo> versions = proposals.textVersions(proposal.id());
        if (versions.size() < 2) {
            setVisible(false);
            return;
        }
        setVisible(true);
        add(new H2(getTranslation("proposal.versions")));
        UnorderedList list = new UnorderedList();
        versions.forEach(v -> {
            Button read = new Button(getTranslation("proposal.versions.read"), e -> openVersion(proposal.id(), v.versionNo()));
            read.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            read.setAriaLabel(getTranslation("proposal.versions.readVersion", v.versionNo()));
            list.add(new ListItem(new com.vaadin.flow.component.html.Span(getTranslation("proposal.versions.entry", v.versionNo(),
                    Formats.dateTime(v.createdAt()), v.authorName() == null ? getTranslation("audit.system") : v.authorName()) + " "),
                    read));
        });
        Button compare = new Button(getTranslation("proposal.versions.compare"), e -> openComparison(proposal.id(), versions));
        add(list, compare);
    }

    /** An older version in full, as the members read it then. */
    private void openVersion(long proposalId, int versionNo) {
        com.vaadin.flow.component.html.DescriptionList fields = new com.vaadin.flow.component.html.DescriptionList();
        fields.addClassName("fields");
        proposals.textVersion(proposalId, versionNo).forEach((field, text) -> {
            if (text != null && !text.isBlank()) {
                fields.add(new com.vaadin.flow.component.html.DescriptionList.Term(getTranslation("proposal." + field)),
                        new com.vaadin.flow.component.html.DescriptionList.Description(text));
            }
        });
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposal.versions.readVersion", versionNo));
        dialog.setWidth("min(50rem, 95vw)");
        dialog.add(fields);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void openComparison(long proposalId, List<TextVersionInfo> versions) {
        List<Integer> numbers = versions.stream().map(TextVersionInfo::versionNo).sorted().toList();
        Select<Integer> from = new Select<>();
        from.setLabel(getTranslation("proposal.versions.from"));
        from.setItems(numbers);
        from.setValue(numbers.get(numbers.size() - 2));
        Select<Integer> to = new Select<>();
        to.setLabel(getTranslation("proposal.versions.to"));
        to.setItems(numbers);
        to.setValue(numbers.get(numbers.size() - 1));
        Div result = new Div();
        result.setId("version-diff");
        Runnable render = () -> render(result, proposals.compare(proposalId, from.getValue(), to.getValue()));
        from.addValueChangeListener(e -> render.run());
        to.addValueChangeListener(e -> render.run());
        render.run();

        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposal.versions.compare"));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.add(new Div(from, to), new Paragraph(getTranslation("proposal.versions.legend")), result);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    private void render(Div result, TextComparison comparison) {
        result.removeAll();
        if (comparison.changes().isEmpty()) {
            result.add(new Paragraph(getTranslation("proposal.versions.noChange")));
            return;
        }
        for (TextComparison.FieldChange change : comparison.changes()) {
            result.add(new H3(getTranslation("proposal." + change.field())));
            StringBuilder html = new StringBuilder("<p class=\"diff\">");
            for (WordDiff.Part part : change.parts()) {
                String text = escape(part.text());
                html.append(switch (part.kind()) {
                    case SAME -> text;
                    case REMOVED -> "<del>" + text + "</del>";
                    case ADDED -> "<ins>" + text + "</ins>";
                });
            }
            result.add(new Html(html.append("</p>").toString()));
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
