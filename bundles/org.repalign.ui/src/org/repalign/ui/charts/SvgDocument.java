package org.repalign.ui.charts;

import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

/**
 * A small SVG 1.1 writer for RepAlign's own vector exports (heatmaps and charts): shapes and
 * text appended in drawing order, coordinates in pixels with at most two decimals, text escaped.
 * {@link #toString()} closes open groups and the document.
 */
public final class SvgDocument {

    private final StringBuilder svg = new StringBuilder();
    private int openGroups;
    private boolean finished;

    /**
     * Starts a document with a white background.
     *
     * @param width    width in pixels
     * @param height   height in pixels
     * @param fontSize default font size in points
     */
    public SvgDocument(int width, int height, int fontSize) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"").append(fontSize).append("pt\">\n");
        rect(0, 0, width, height, "#ffffff", null);
    }

    /**
     * Opens a group; {@link #endGroup()} closes it.
     *
     * @param cssClass  its class attribute, or null
     * @param id        its id attribute, or null
     * @param transform its transform attribute, or null
     * @return this document
     */
    public SvgDocument group(String cssClass, String id, String transform) {
        svg.append("<g");
        attribute("class", cssClass);
        attribute("id", id);
        attribute("transform", transform);
        svg.append(">\n");
        openGroups++;
        return this;
    }

    /**
     * Defines a rectangular clip path and opens a group clipped to it; {@link #endGroup()}
     * closes it.
     *
     * @param clipId   id of the clip path, unique in the document
     * @param x        left of the clip rectangle
     * @param y        top
     * @param width    width
     * @param height   height
     * @param cssClass class of the group, or null
     * @return this document
     */
    public SvgDocument clippedGroup(String clipId, double x, double y, double width, double height,
            String cssClass) {
        svg.append("<defs><clipPath id=\"").append(escape(clipId)).append("\"><rect x=\"").append(number(x))
                .append("\" y=\"").append(number(y)).append("\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\"/></clipPath></defs>\n<g");
        attribute("class", cssClass);
        attribute("clip-path", "url(#" + clipId + ")");
        svg.append(">\n");
        openGroups++;
        return this;
    }

    /** @return this document, the innermost open group closed */
    public SvgDocument endGroup() {
        if (openGroups == 0) {
            throw new IllegalStateException("no group is open");
        }
        svg.append("</g>\n");
        openGroups--;
        return this;
    }

    /**
     * @param x      left
     * @param y      top
     * @param width  width
     * @param height height
     * @param fill   fill colour ({@code #rrggbb}, {@code none} or {@code url(#id)})
     * @param stroke outline colour, or null for none
     * @return this document
     */
    public SvgDocument rect(double x, double y, double width, double height, String fill, String stroke) {
        return rect(x, y, width, height, fill, stroke, null, null);
    }

    /**
     * @param x        left
     * @param y        top
     * @param width    width
     * @param height   height
     * @param fill     fill colour
     * @param stroke   outline colour, or null for none
     * @param cssClass class attribute, or null
     * @param title    tooltip text (a {@code <title>} child), or null
     * @return this document
     */
    public SvgDocument rect(double x, double y, double width, double height, String fill, String stroke,
            String cssClass, String title) {
        svg.append("<rect");
        attribute("class", cssClass);
        svg.append(" x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"").append(fill)
                .append('"');
        attribute("stroke", stroke);
        closeWithTitle("rect", title);
        return this;
    }

    /**
     * @param x1     start x
     * @param y1     start y
     * @param x2     end x
     * @param y2     end y
     * @param stroke colour
     * @param width  stroke width
     * @return this document
     */
    public SvgDocument line(double x1, double y1, double x2, double y2, String stroke, double width) {
        return line(x1, y1, x2, y2, stroke, width, null);
    }

    /**
     * @param x1       start x
     * @param y1       start y
     * @param x2       end x
     * @param y2       end y
     * @param stroke   colour
     * @param width    stroke width
     * @param cssClass the element's class (such as {@code whisker}), or null for none
     * @return this document
     */
    public SvgDocument line(double x1, double y1, double x2, double y2, String stroke, double width,
            String cssClass) {
        svg.append(cssClass == null ? "<line" : "<line class=\"" + escape(cssClass) + "\"").append(" x1=\"")
                .append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(number(width)).append("\"/>\n");
        return this;
    }

    /**
     * @param xs      x of each point
     * @param ys      y of each point
     * @param stroke  colour
     * @param width   stroke width
     * @param dash    a {@code stroke-dasharray} value, or null for a solid line
     * @return this document
     */
    public SvgDocument polyline(double[] xs, double[] ys, String stroke, double width, String dash) {
        svg.append("<polyline points=\"").append(points(xs, ys)).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(number(width)).append('"');
        attribute("stroke-dasharray", dash);
        svg.append("/>\n");
        return this;
    }

    /**
     * @param xs      x of each corner
     * @param ys      y of each corner
     * @param fill    fill colour
     * @param opacity fill opacity in [0, 1]
     * @return this document
     */
    public SvgDocument polygon(double[] xs, double[] ys, String fill, double opacity) {
        svg.append("<polygon points=\"").append(points(xs, ys)).append("\" fill=\"").append(fill)
                .append("\" fill-opacity=\"").append(number(opacity)).append("\" stroke=\"none\"/>\n");
        return this;
    }

    /**
     * @param cx     centre x
     * @param cy     centre y
     * @param r      radius
     * @param fill   fill colour
     * @param title  tooltip text, or null
     * @return this document
     */
    public SvgDocument circle(double cx, double cy, double r, String fill, String title) {
        svg.append("<circle cx=\"").append(number(cx)).append("\" cy=\"").append(number(cy)).append("\" r=\"")
                .append(number(r)).append("\" fill=\"").append(fill).append('"');
        closeWithTitle("circle", title);
        return this;
    }

    /**
     * @param x      anchor x
     * @param y      baseline y
     * @param anchor {@code start}, {@code middle} or {@code end}
     * @param text   the text
     * @param fill   colour
     * @return this document
     */
    public SvgDocument text(double x, double y, String anchor, String text, String fill) {
        return text(x, y, anchor, text, fill, 0, null);
    }

    /**
     * @param x       anchor x
     * @param y       baseline y
     * @param anchor  {@code start}, {@code middle} or {@code end}
     * @param text    the text
     * @param fill    colour
     * @param degrees rotation about the anchor, counter-clockwise positive (0 for none)
     * @param weight  {@code font-weight}, or null for normal
     * @return this document
     */
    public SvgDocument text(double x, double y, String anchor, String text, String fill, double degrees,
            String weight) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(fill).append('"');
        attribute("font-weight", weight);
        if (degrees != 0) {
            attribute("transform", "rotate(" + number(-degrees) + " " + number(x) + " " + number(y) + ")");
        }
        svg.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * @param x        anchor x
     * @param y        baseline y
     * @param anchor   {@code start}, {@code middle} or {@code end}
     * @param text     the text
     * @param fill     colour
     * @param fontSize font size in points
     * @return this document
     */
    public SvgDocument text(double x, double y, String anchor, String text, String fill, int fontSize) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(fill).append("\" font-size=\"").append(fontSize)
                .append("pt\">").append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * @param id    the gradient's id, for {@code url(#id)}
     * @param stops colours from bottom (offset 0) to top (offset 1), evenly spaced
     * @return this document
     */
    public SvgDocument verticalGradient(String id, RGB[] stops) {
        svg.append("<defs><linearGradient id=\"").append(id).append("\" x1=\"0\" y1=\"1\" x2=\"0\" y2=\"0\">\n");
        for (int s = 0; s < stops.length; s++) {
            double offset = stops.length == 1 ? 0 : s / (double) (stops.length - 1);
            svg.append("<stop offset=\"").append(number(offset)).append("\" stop-color=\"").append(hex(stops[s]))
                    .append("\"/>\n");
        }
        svg.append("</linearGradient></defs>\n");
        return this;
    }

    /** @return the document, with open groups and the root element closed */
    @Override
    public String toString() {
        if (!finished) {
            while (openGroups > 0) {
                endGroup();
            }
            svg.append("</svg>\n");
            finished = true;
        }
        return svg.toString();
    }

    /**
     * @param rgb a colour
     * @return it as {@code #rrggbb}
     */
    public static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    /**
     * @param text any text
     * @return it escaped for XML text and attribute values
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * @param value a coordinate
     * @return it with at most two decimals, without trailing zeros
     */
    public static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.indexOf('.') >= 0) {
            text = text.replaceAll("0+$", "");
            text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
        return text.equals("-0") ? "0" : text;
    }

    private String points(double[] xs, double[] ys) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(number(xs[i])).append(',').append(number(ys[i]));
        }
        return out.toString();
    }

    private void attribute(String name, String value) {
        if (value != null) {
            svg.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private void closeWithTitle(String element, String title) {
        if (title == null) {
            svg.append("/>\n");
        } else {
            svg.append("><title>").append(escape(title)).append("</title></").append(element).append(">\n");
        }
    }
}
