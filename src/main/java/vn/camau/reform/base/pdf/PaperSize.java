package vn.camau.reform.base.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The paper the letter is printed on. A4 follows Decree 30/2020 (Times-like 13 pt, margins 20 mm top
 * and bottom, 30 mm left, 15 mm right); A5 scales everything down by about √2.
 */
public enum PaperSize {

    A4(PDRectangle.A4, 13f, 20, 20, 30, 15),
    A5(PDRectangle.A5, 10f, 14, 14, 20, 11);

    private static final float POINTS_PER_MM = 72f / 25.4f;

    private final PDRectangle rectangle;
    private final float fontSize;
    private final float top;
    private final float bottom;
    private final float left;
    private final float right;

    PaperSize(PDRectangle rectangle, float fontSize, int topMm, int bottomMm, int leftMm, int rightMm) {
        this.rectangle = rectangle;
        this.fontSize = fontSize;
        this.top = topMm * POINTS_PER_MM;
        this.bottom = bottomMm * POINTS_PER_MM;
        this.left = leftMm * POINTS_PER_MM;
        this.right = rightMm * POINTS_PER_MM;
    }

    public PDRectangle rectangle() {
        return rectangle;
    }

    /** The body text size in points. */
    public float fontSize() {
        return fontSize;
    }

    public float topMargin() {
        return top;
    }

    public float bottomMargin() {
        return bottom;
    }

    public float leftMargin() {
        return left;
    }

    public float rightMargin() {
        return right;
    }

    /** The width of the text column between the margins. */
    public float columnWidth() {
        return rectangle.getWidth() - left - right;
    }
}
