package de.lenkrunde.funding.ui;

import com.vaadin.flow.component.Html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no npm, no Vaadin Charts). Each bar is stacked from up to three
 * parts (e.g. paid · committed but unpaid · available) and carries its whole statement as text: the SVG is an image
 * with a name (role="img", aria-label), every bar has a {@code <title>}, and the page shows the same numbers in a table.
 */
final class BudgetChart {

    /** One bar: its label, the parts in order, and the sentence that says it all. */
    record Bar(String label, List<BigDecimal> parts, String description) {
    }

    /** Colours of the parts: contrast ≥ 3:1 against white and against each other's neighbours. */
    private static final String[] COLOURS = {"#1a5a96", "#6a9fd4", "#e3ebf4"};
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_WIDTH = 520;
    private static final int ROW = 30;

    private BudgetChart() {
    }

    static Html draw(String name, List<Bar> bars, List<String> legend) {
        BigDecimal max = bars.stream().map(b -> b.parts().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .max(BigDecimal::compareTo).filter(m -> m.signum() > 0).orElse(BigDecimal.ONE);
        int height = bars.size() * ROW + 36;
        int width = LABEL_WIDTH + BAR_WIDTH + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"budget-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(escape(name)).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" style=\"max-width:").append(width).append("px\" font-family=\"inherit\" font-size=\"13\">");
        svg.append("<title>").append(escape(name)).append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            svg.append("<g><title>").append(escape(bar.description())).append("</title>");
            svg.append("<text x=\"0\" y=\"").append(y + 17).append("\" fill=\"#1f2a37\">").append(escape(shorten(bar.label()))).append("</text>");
            double x = LABEL_WIDTH;
            for (int i = 0; i < bar.parts().size(); i++) {
                double w = bar.parts().get(i).max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(BAR_WIDTH))
                        .divide(max, 2, RoundingMode.HALF_UP).doubleValue();
                if (w > 0) {
                    svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(w))
                            .append("\" height=\"20\" fill=\"").append(COLOURS[i % COLOURS.length])
                            .append("\" stroke=\"#1a5a96\" stroke-width=\"0.5\"/>");
                }
                x += w;
            }
            svg.append("</g>");
            y += ROW;
        }
        int lx = LABEL_WIDTH;
        for (int i = 0; i < legend.size(); i++) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(COLOURS[i % COLOURS.length]).append("\" stroke=\"#1a5a96\" stroke-width=\"0.5\"/>");
            svg.append("<text x=\"").append(lx + 20).append("\" y=\"").append(y + 18).append("\" fill=\"#1f2a37\">")
                    .append(escape(legend.get(i))).append("</text>");
            lx += 40 + legend.get(i).length() * 7;
        }
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    private static String shorten(String label) {
        return label.length() > 30 ? label.substring(0, 29) + "…" : label;
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
