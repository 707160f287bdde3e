package se.agencynetwork.overview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

import se.agencynetwork.overview.Overview.AgencyMoney;
import se.agencynetwork.process.Money;
import se.agencynetwork.overview.Overview.ReviewYear;
import se.agencynetwork.overview.Overview.Stage;

/**
 * The overview's charts as SVG written on the server: no script, nothing fetched, printable as it is,
 * allowed by the pages' Content-Security-Policy. Each chart has a title and a description for screen
 * readers, and the page shows the same figures in a table beside it. Colours are the start page's blue
 * and two tones that keep a 3:1 contrast against white.
 */
final class SvgCharts {

    static final String[] COLOURS = {"#004b87", "#b35c00", "#2e7d32"};

    private SvgCharts() {
    }

    /** Ideas by stage: one bar per stage, as wide as its share of the submitted ideas. */
    static String funnel(List<Stage> stages, String id) {
        int width = 640;
        int row = 30;
        int labelWidth = 150;
        int height = stages.size() * row + 10;
        int max = Math.max(1, stages.stream().mapToInt(Stage::count).max().orElse(1));
        StringBuilder svg = open(id, width, height, "Idéer per steg",
                "Antal idéer som nått varje steg under året: " + String.join(", ",
                        stages.stream().map(s -> s.name().label() + " " + s.count()).toList()) + ".");
        int y = 5;
        for (Stage stage : stages) {
            double barWidth = (width - labelWidth - 60) * (double) stage.count() / max;
            double x = labelWidth + ((width - labelWidth - 60) - barWidth) / 2;
            text(svg, 0, y + 19, stage.name().label(), "start");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    x, y + 3, Math.max(barWidth, 1.0), row - 8, COLOURS[0]));
            text(svg, width - 50, y + 19, Integer.toString(stage.count()), "start");
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** Money per agency: three bars per agency (committed, final, in-kind). */
    static String money(List<AgencyMoney> lines, String id) {
        // room for the longest agency name of the directory at the labels' 14 px
        // ("Myndigheten för samhällsskydd och beredskap"), which 190 px cut off
        int width = 860;
        int group = 46;
        int labelWidth = 340;
        int height = lines.size() * group + 40;
        Money max = Money.ofKronor(1);
        for (AgencyMoney m : lines) {
            for (Money v : List.of(m.committed(), m.finalShare(), m.inKind())) {
                max = v.compareTo(max) > 0 ? v : max;
            }
        }
        StringBuilder svg = open(id, width, height, "Kostnader per myndighet",
                "Åtagande (preliminära andelar), slutlig andel efter närvaro och tillgodoräknad egen insats per myndighet,"
                        + " i kronor. Samma belopp finns i tabellen intill.");
        String[] legend = {"Åtagande", "Slutlig andel", "Egen insats"};
        for (int i = 0; i < legend.length; i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    labelWidth + i * 130, COLOURS[i]));
            text(svg, labelWidth + i * 130 + 16, 15, legend[i], "start");
        }
        int y = 30;
        // pixels per öre: drawing geometry, not money
        double scale = (width - labelWidth - 10) / (double) max.ore();
        for (AgencyMoney m : lines) {
            text(svg, 0, y + 24, m.agencyName(), "start");
            Money[] values = {m.committed(), m.finalShare(), m.inKind()};
            for (int i = 0; i < 3; i++) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>",
                        labelWidth, y + i * 13, Math.max(values[i].ore() * scale, 0.5), COLOURS[i]));
            }
            y += group;
        }
        return svg.append("</svg>").toString();
    }

    /** The network review's average rating per year (1-5), and the agency's own rating when given. */
    static String trend(List<ReviewYear> years, boolean withOwn, String id) {
        int width = 640;
        int height = 240;
        int left = 40;
        int bottom = 200;
        int top = 20;
        StringBuilder svg = open(id, width, height, "Nyttoutvärderingens betyg per år",
                "Genomsnittligt betyg (1–5) per år" + (withOwn ? " och myndighetens eget betyg" : "")
                        + ". Samma värden finns i tabellen intill.");
        for (int grade = 1; grade <= 5; grade++) {
            double y = bottom - (bottom - top) * (grade - 1) / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d4da\"/>",
                    left, y, width - 10, y));
            text(svg, left - 8, (int) y + 5, Integer.toString(grade), "end");
        }
        int n = years.size();
        double step = n <= 1 ? 0 : (width - left - 60) / (double) (n - 1);
        StringBuilder network = new StringBuilder();
        StringBuilder own = new StringBuilder();
        for (int i = 0; i < n; i++) {
            ReviewYear year = years.get(i);
            double x = left + 30 + i * step;
            double y = bottom - (bottom - top) * (year.average().doubleValue() - 1) / 4.0;
            network.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>", x, y, COLOURS[0]));
            text(svg, (int) x, bottom + 22, Integer.toString(year.year()), "middle");
            if (withOwn && year.ownRating() != null) {
                double oy = bottom - (bottom - top) * (year.ownRating() - 1) / 4.0;
                own.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, oy));
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>",
                        x - 4, oy - 4, COLOURS[1]));
            }
        }
        if (n > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(COLOURS[0]).append("\" stroke-width=\"2\" points=\"")
                    .append(network.toString().trim()).append("\"/>");
            if (own.length() > 0) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(COLOURS[1])
                        .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"").append(own.toString().trim())
                        .append("\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, int width, int height, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(HtmlUtils.htmlEscape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(HtmlUtils.htmlEscape(description)).append("</desc>");
        return svg;
    }

    private static void text(StringBuilder svg, int x, int y, String text, String anchor) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"14\" fill=\"#1b1b1b\">").append(HtmlUtils.htmlEscape(text)).append("</text>");
    }
}
