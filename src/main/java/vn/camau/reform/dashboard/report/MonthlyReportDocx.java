package vn.camau.reform.dashboard.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.report.ReportDocument.Block;

/**
 * The report as a Word document the office can edit before it is signed: the same model as the PDF,
 * on A4 with Decree 30/2020's margins and Times New Roman 13 pt, the header as a borderless two-column
 * table, the charts as pictures.
 */
final class MonthlyReportDocx {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 13;
    /** A4 in twentieths of a point, and the margins in them (20 mm top/bottom, 30 mm left, 15 mm right). */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MM = 57;
    private static final int TEXT_WIDTH = A4_WIDTH - 45 * MM;

    private MonthlyReportDocx() {
    }

    static byte[] render(ReportDocument doc) {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(doc.title() + " – " + doc.subtitle());
            word.getProperties().getCoreProperties().setCreator(doc.body());
            page(word);
            header(word, doc);
            centred(word, doc.title(), true, SIZE + 1).setSpacingBefore(240);
            centred(word, doc.subtitle(), true, SIZE);
            for (Block block : doc.blocks()) {
                block(word, block);
            }
            closing(word, doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new UncheckedIOException("Could not write the monthly report " + doc.number(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void page(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * MM));
        margins.setBottom(BigInteger.valueOf(20 * MM));
        margins.setLeft(BigInteger.valueOf(30 * MM));
        margins.setRight(BigInteger.valueOf(15 * MM));
    }

    private static void header(XWPFDocument word, ReportDocument doc) {
        XWPFTable table = borderless(word, 2, new float[] {0.4f, 0.6f});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = left.getParagraphs().getFirst();
        if (doc.parentBody() != null) {
            run(first, upper(doc.parentBody()), false, false, SIZE - 1);
            first = left.addParagraph();
        }
        first.setAlignment(ParagraphAlignment.CENTER);
        run(first, upper(doc.body()), true, false, SIZE - 1);
        cellLine(left, "Số: " + doc.number(), false, false);
        XWPFParagraph motto = right.getParagraphs().getFirst();
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, ReportDocument.MOTTO_1, true, false, SIZE - 1);
        cellLine(right, ReportDocument.MOTTO_2, true, false);
        cellLine(right, doc.placeAndDate(), false, true);
    }

    private static void block(XWPFDocument word, Block block) throws IOException, InvalidFormatException {
        switch (block) {
            case ReportDocument.Heading h -> {
                XWPFParagraph p = word.createParagraph();
                p.setSpacingBefore(120);
                run(p, h.text(), true, false, SIZE);
            }
            case ReportDocument.Paragraph text -> {
                XWPFParagraph p = word.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(567);
                run(p, text.text(), false, false, SIZE);
            }
            case ReportDocument.Table t -> table(word, t);
            case ReportDocument.Chart chart -> {
                XWPFParagraph p = word.createParagraph();
                p.setAlignment(ParagraphAlignment.CENTER);
                p.createRun().addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG,
                        "chart.png", Units.toEMU(chart.width()), Units.toEMU(chart.height()));
            }
        }
    }

    private static void table(XWPFDocument word, ReportDocument.Table t) {
        int columns = t.header().size();
        XWPFTable table = word.createTable(t.rows().size() + 1, columns);
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        fill(table, 0, t.header(), new boolean[columns], true, t.shares());
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table, r + 1, t.rows().get(r), t.numeric(), false, t.shares());
        }
        word.createParagraph();
    }

    private static void fill(XWPFTable table, int row, List<String> cells, boolean[] numeric, boolean bold,
                             float[] shares) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = table.getRow(row).getCell(c);
            cell.setWidth(Integer.toString(Math.round(shares[c] * TEXT_WIDTH)));
            XWPFParagraph p = cell.getParagraphs().getFirst();
            p.setAlignment(numeric[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            run(p, cells.get(c), bold, false, SIZE - 2);
        }
    }

    private static void closing(XWPFDocument word, ReportDocument doc) {
        XWPFTable table = borderless(word, 2, new float[] {0.4f, 0.6f});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph heading = left.getParagraphs().getFirst();
        run(heading, "Nơi nhận:", true, true, SIZE - 1);
        for (String line : doc.recipients()) {
            run(left.addParagraph(), line, false, false, SIZE - 2);
        }
        String[] title = doc.signerTitle().split("\\R");
        XWPFParagraph sign = right.getParagraphs().getFirst();
        sign.setAlignment(ParagraphAlignment.CENTER);
        run(sign, upper(title[0]), true, false, SIZE);
        for (int i = 1; i < title.length; i++) {
            cellLine(right, upper(title[i]), true, false);
        }
    }

    private static XWPFTable borderless(XWPFDocument word, int columns, float[] shares) {
        XWPFTable table = word.createTable(1, columns);
        table.setWidth(TEXT_WIDTH);
        table.setWidthType(TableWidthType.DXA);
        table.removeBorders();
        for (int c = 0; c < columns; c++) {
            table.getRow(0).getCell(c).setWidth(Integer.toString(Math.round(shares[c] * TEXT_WIDTH)));
        }
        return table;
    }

    private static void cellLine(XWPFTableCell cell, String text, boolean bold, boolean italic) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, italic, SIZE - 1);
    }

    private static XWPFParagraph centred(XWPFDocument word, String text, boolean bold, int size) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, false, size);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(VnFormats.VIETNAMESE);
    }
}
