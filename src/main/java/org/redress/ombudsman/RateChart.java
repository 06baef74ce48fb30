package org.redress.ombudsman;

/**
 * A bar chart, as SVG, of an authority's three rates beside the average of similar authorities: the same markup
 * serves the page and the PDF. Colours and text are attributes, not styles, so a strict content security policy
 * allows it inline. Rates that are not applicable get no bar and say so.
 */
final class RateChart {

    private static final int WIDTH = 640;
    private static final int ROW = 70;
    private static final int LEFT = 230;
    private static final int BAR = 22;
    private static final int SCALE = 330;

    private RateChart() {
    }

    static String svg(String authorityName, AnnualFigures figures, PeerFigures similar) {
        String[] labels = {"Uphold rate", "Compliance rate", "Satisfactory remedy rate"};
        Integer[] own = {figures.upholdRate(), figures.complianceRate(), figures.satisfactoryRemedyRate()};
        Integer[] peers = {similar.upholdRate(), similar.complianceRate(), similar.satisfactoryRemedyRate()};
        int height = 70 + ROW * labels.length;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"rate-chart-title rate-chart-desc\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"14\">");
        svg.append("<title id=\"rate-chart-title\">").append(escape(authorityName))
                .append(" beside the average of similar authorities</title>");
        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            desc.append(labels[i]).append(": ").append(text(own[i])).append(", similar authorities ")
                    .append(text(peers[i])).append(". ");
        }
        svg.append("<desc id=\"rate-chart-desc\">").append(escape(desc.toString().trim())).append("</desc>");
        // Legend
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"#1d70b8\"/>");
        svg.append("<text x=\"").append(LEFT + 20).append("\" y=\"20\" fill=\"#0b0c0c\">").append(escape(shorten(authorityName))).append("</text>");
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"30\" width=\"14\" height=\"14\" fill=\"#505a5f\"/>");
        svg.append("<text x=\"").append(LEFT + 20).append("\" y=\"42\" fill=\"#0b0c0c\">Similar authorities</text>");
        for (int i = 0; i < labels.length; i++) {
            int y = 65 + i * ROW;
            svg.append("<text x=\"0\" y=\"").append(y + BAR).append("\" fill=\"#0b0c0c\">").append(labels[i]).append("</text>");
            bar(svg, y, own[i], "#1d70b8");
            bar(svg, y + BAR + 4, peers[i], "#505a5f");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"55\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(height - 5).append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int y, Integer rate, String colour) {
        if (rate == null) {
            svg.append("<text x=\"").append(LEFT + 6).append("\" y=\"").append(y + 16)
                    .append("\" fill=\"#0b0c0c\">Not applicable</text>");
            return;
        }
        int width = Math.round(rate * SCALE / 100f);
        svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(BAR).append("\" fill=\"").append(colour).append("\"/>");
        svg.append("<text x=\"").append(LEFT + width + 6).append("\" y=\"").append(y + 16)
                .append("\" fill=\"#0b0c0c\">").append(rate).append("%</text>");
    }

    private static String text(Integer rate) {
        return rate == null ? "not applicable" : rate + "%";
    }

    private static String shorten(String name) {
        return name.length() <= 45 ? name : name.substring(0, 44) + "…";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
