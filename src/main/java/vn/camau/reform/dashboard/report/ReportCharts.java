package vn.camau.reform.dashboard.report;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/**
 * The report's charts drawn on the server by JFreeChart (headless AWT, no browser), as PNG images that
 * the PDF and the DOCX both embed. Drawn at twice their printed size, so they stay sharp on paper.
 */
final class ReportCharts {

    /** Printed width and height in points (a little under the A4 column of 450 pt). */
    static final int WIDTH = 440;
    static final int HEIGHT = 220;
    private static final int SCALE = 2;
    private static final Color EARLY = new Color(0x2e, 0x7d, 0x32);
    private static final Color ON_TIME = new Color(0x66, 0xbb, 0x6a);
    private static final Color LATE = new Color(0xc6, 0x28, 0x28);
    private static final Color HOTLINE = new Color(0x15, 0x65, 0xc0);

    /** The letters' DejaVu Serif from the jar: a bare server may have no font with Vietnamese glyphs. */
    private static final Font BASE = loadFont();

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static Font loadFont() {
        try (java.io.InputStream in = ReportCharts.class.getResourceAsStream("/fonts/DejaVuSerif.ttf")) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: /fonts/DejaVuSerif.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("Could not read the report font", e);
        }
    }

    private ReportCharts() {
    }

    /** The last twelve months' resolved dossiers, stacked early / on time / late. */
    static byte[] trend(MonthlyReportFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyReportFigures.Month m : f.trend()) {
            String label = String.format("%02d/%d", m.month().getMonthValue(), m.month().getYear() % 100);
            data.addValue(m.early(), "Trước hạn", label);
            data.addValue(m.onTime(), "Đúng hạn", label);
            data.addValue(m.late(), "Trễ hạn", label);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Hồ sơ đã giải quyết theo tháng", null, "Hồ sơ",
                data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, EARLY);
        bars.setSeriesPaint(1, ON_TIME);
        bars.setSeriesPaint(2, LATE);
        return png(chart);
    }

    /** Hotline reports received in the period by category, beside those overdue at its end. */
    static byte[] hotline(MonthlyReportFigures f) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MonthlyReportFigures.CategoryCount c : f.hotline().byCategory()) {
            String category = Texts.of(c.category().labelKey(), VnFormats.VIETNAMESE);
            data.addValue(c.reports(), "Tiếp nhận", category);
            data.addValue(c.overdue(), "Quá hạn chưa trả lời", category);
        }
        JFreeChart chart = ChartFactory.createBarChart("Phản ánh, kiến nghị theo loại", null, "Phản ánh", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = style(chart);
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(0, HOTLINE);
        ((BarRenderer) plot.getRenderer()).setSeriesPaint(1, LATE);
        return png(chart);
    }

    private static CategoryPlot style(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(BASE.deriveFont(Font.PLAIN, 13f));
        theme.setLargeFont(BASE.deriveFont(Font.PLAIN, 11f));
        theme.setRegularFont(BASE.deriveFont(Font.PLAIN, 10f));
        theme.setSmallFont(BASE.deriveFont(Font.PLAIN, 9f));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        // counts of dossiers and reports: whole numbers on the axis
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return plot;
    }

    private static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, SCALE, SCALE);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
