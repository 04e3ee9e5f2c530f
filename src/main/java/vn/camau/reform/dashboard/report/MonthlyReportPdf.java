package vn.camau.reform.dashboard.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.camau.reform.base.pdf.LetterFonts;
import vn.camau.reform.base.pdf.LetterTypesetter;
import vn.camau.reform.base.pdf.PaperSize;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.report.ReportDocument.Block;

/**
 * The report as a PDF on A4, set by the apology letter's typesetter with its embedded DejaVu fonts:
 * the Decree 30/2020 header (issuing body and number on the left, national motto, place and date on the
 * right), the title, the sections, the recipients at the bottom left and the signature at the right.
 */
final class MonthlyReportPdf {

    /** The header's left block (the issuing body) and right block (the motto) share the column 2:3. */
    private static final float LEFT_SHARE = 0.4f;
    private static final PaperSize PAPER = PaperSize.A4;

    private MonthlyReportPdf() {
    }

    static byte[] render(ReportDocument doc) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(doc.title() + " – " + doc.subtitle());
            info.setAuthor(doc.body());
            document.getDocumentCatalog().setLanguage("vi-VN");
            LetterFonts fonts = LetterFonts.load(document);
            try (LetterTypesetter t = new LetterTypesetter(document, PAPER, fonts, false)) {
                new Layout(document, t, fonts, doc).write();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the monthly report " + doc.number(), e);
        }
    }

    private record Layout(PDDocument document, LetterTypesetter t, LetterFonts fonts, ReportDocument doc) {

        void write() throws IOException {
            header();
            float size = PAPER.fontSize();
            t.space(t.leading(size) * 1.2f);
            t.centred(doc.title(), fonts.bold(), size + 1, centre(), PAPER.columnWidth());
            t.centred(doc.subtitle(), fonts.bold(), size, centre(), PAPER.columnWidth() * 0.85f);
            t.rule(centre(), PAPER.columnWidth() / 5, size);
            t.space(t.leading(size) * 0.5f);
            for (Block block : doc.blocks()) {
                block(block);
            }
            closing();
        }

        private void block(Block block) throws IOException {
            float size = PAPER.fontSize();
            switch (block) {
                case ReportDocument.Heading h -> {
                    t.space(size * 0.4f);
                    t.keepTogether(t.leading(size) * 4);
                    t.paragraph(h.text(), fonts.bold(), size, 0);
                    t.space(size * 0.3f);
                }
                case ReportDocument.Paragraph p -> {
                    t.paragraph(p.text(), fonts.regular(), size, size * 2.2f);
                    t.space(size * 0.4f);
                }
                case ReportDocument.Table table -> {
                    float small = size * 0.8f;
                    float[] widths = new float[table.shares().length];
                    for (int i = 0; i < widths.length; i++) {
                        widths[i] = table.shares()[i] * PAPER.columnWidth();
                    }
                    boolean[] left = new boolean[widths.length];
                    t.row(table.header(), widths, fonts.bold(), small, left);
                    for (var row : table.rows()) {
                        t.row(row, widths, fonts.regular(), small, table.numeric());
                    }
                    t.space(size * 0.6f);
                }
                case ReportDocument.Chart chart -> {
                    PDImageXObject image = PDImageXObject.createFromByteArray(document, chart.png(), "chart.png");
                    t.image(image, Math.min(chart.width(), PAPER.columnWidth()));
                    t.space(size * 0.6f);
                }
            }
        }

        private void header() throws IOException {
            float size = PAPER.fontSize() * 0.95f;
            float column = PAPER.columnWidth();
            float leftCentre = PAPER.leftMargin() + column * LEFT_SHARE / 2;
            float leftWidth = column * LEFT_SHARE - size;
            float rightCentre = PAPER.leftMargin() + column * (1 + LEFT_SHARE) / 2;
            float rightWidth = column * (1 - LEFT_SHARE);
            float top = t.y();
            if (doc.parentBody() != null) {
                t.centred(upper(doc.parentBody()), fonts.regular(), size, leftCentre, leftWidth);
            }
            t.centred(upper(doc.body()), fonts.bold(), size, leftCentre, leftWidth);
            t.rule(leftCentre, leftWidth / 3, size);
            t.centred("Số: " + doc.number(), fonts.regular(), size, leftCentre, leftWidth);
            float leftBottom = t.y();

            t.moveTo(top);
            t.centredOnOneLine(ReportDocument.MOTTO_1, fonts.bold(), size, rightCentre, rightWidth);
            t.centredOnOneLine(ReportDocument.MOTTO_2, fonts.bold(), size, rightCentre, rightWidth);
            t.rule(rightCentre, Math.min(t.width(ReportDocument.MOTTO_2, fonts.bold(), size), rightWidth), size);
            t.centred(doc.placeAndDate(), fonts.italic(), size, rightCentre, rightWidth);
            t.moveTo(Math.min(leftBottom, t.y()));
        }

        /** Recipients at the left and the signature at the right, side by side, kept on one page. */
        private void closing() throws IOException {
            float size = PAPER.fontSize();
            float small = size * 0.85f;
            String[] titleLines = doc.signerTitle().split("\\R");
            float room = t.leading(size) * 4;
            t.space(t.leading(size));
            t.keepTogether(Math.max(t.leading(small) * (doc.recipients().size() + 1),
                    t.leading(size) * (titleLines.length + 2) + room));
            float top = t.y();
            float column = PAPER.columnWidth();
            float leftCentre = PAPER.leftMargin() + column * LEFT_SHARE / 2;
            float leftWidth = column * LEFT_SHARE - size;
            t.centred("Nơi nhận:", fonts.bold(), small, leftCentre - leftWidth / 2
                    + t.width("Nơi nhận:", fonts.bold(), small) / 2, leftWidth);
            for (String line : doc.recipients()) {
                t.centred(line, fonts.regular(), small * 0.95f, leftCentre - leftWidth / 2
                        + Math.min(t.width(line, fonts.regular(), small * 0.95f), leftWidth) / 2, leftWidth);
            }
            float leftBottom = t.y();
            t.moveTo(top);
            float centre = PAPER.leftMargin() + column * (1 + LEFT_SHARE) / 2;
            float width = column * (1 - LEFT_SHARE);
            for (String line : titleLines) {
                t.centred(upper(line), fonts.bold(), size, centre, width);
            }
            t.space(room);
            t.centred("………………………", fonts.regular(), size, centre, width);
            t.moveTo(Math.min(leftBottom, t.y()));
        }

        private float centre() {
            return PAPER.leftMargin() + PAPER.columnWidth() / 2;
        }

        private static String upper(String text) {
            return text.strip().toUpperCase(VnFormats.VIETNAMESE);
        }
    }

}
