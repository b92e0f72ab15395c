package ca.contingent.document;

import java.util.Locale;

/**
 * A tiny SVG writer for the documents' charts: rectangles and lines, nothing else. The
 * charts carry no text of their own: their labels and figures sit next to them in the
 * document, where they are searchable, translated and read by screen readers, and where
 * rendering them needs no font in the SVG renderer. Only numbers and the colours below go
 * into the markup, so nothing has to be escaped.
 */
final class Svg {

    static final String WOMEN = "#6a3d9a";

    static final String OTHERS = "#b8c4d6";

    static final String TARGET = "#e8a33d";

    private final int width;

    private final int height;

    private final StringBuilder shapes = new StringBuilder();

    private Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    static Svg of(int width, int height) {
        return new Svg(width, height);
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        if (width > 0 && height > 0) {
            this.shapes.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, width, height,
                    fill));
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        this.shapes.append(String.format(Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>", x1, y1,
                x2, y2, stroke, strokeWidth));
        return this;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" aria-hidden=\"true\">%s</svg>",
                this.width, this.height, this.width, this.height, this.shapes);
    }

}
