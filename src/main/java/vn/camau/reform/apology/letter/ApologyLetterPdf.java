package vn.camau.reform.apology.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.pdf.LetterFonts;
import vn.camau.reform.base.pdf.LetterTypesetter;
import vn.camau.reform.base.pdf.PaperSize;
import vn.camau.reform.base.text.VnFormats;

/**
 * The apology letter as a PDF, laid out as form 04 of Circular 01/2018/TT-VPCP ("Phiếu xin lỗi và
 * hẹn lại ngày trả kết quả") with the header, title and signature block of Decree 30/2020.
 */
@Component
public class ApologyLetterPdf {

    static final String TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    private static final String UNFILLED = "…";
    /** The header's left block (the agency) and right block (the national motto) share the column 2:3. */
    private static final float LEFT_SHARE = 0.4f;

    public byte[] render(ApologyLetterContent content, PaperSize paper) {
        try (PDDocument document = new PDDocument()) {
            describe(document, content);
            LetterFonts fonts = LetterFonts.load(document);
            try (LetterTypesetter typesetter = new LetterTypesetter(document, paper, fonts, content.draft())) {
                new Layout(typesetter, fonts, paper, content).letter();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the apology letter for " + content.dossierCode(), e);
        }
    }

    private static void describe(PDDocument document, ApologyLetterContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Phiếu xin lỗi và hẹn lại ngày trả kết quả – " + content.dossierCode());
        info.setAuthor(content.agencyName());
        document.getDocumentCatalog().setLanguage("vi-VN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    /** "ngày 05 tháng 3 năm 2026": Decree 30/2020 pads days below 10 and months 1 and 2 with a zero. */
    static String longDate(LocalDate date) {
        if (date == null) {
            return "ngày " + UNFILLED + " tháng " + UNFILLED + " năm " + UNFILLED;
        }
        String day = String.format("%02d", date.getDayOfMonth());
        int month = date.getMonthValue();
        return "ngày " + day + " tháng " + (month < 3 ? "0" + month : month) + " năm " + date.getYear();
    }

    /** One letter's drawing, top to bottom. */
    private record Layout(LetterTypesetter t, LetterFonts fonts, PaperSize paper, ApologyLetterContent c) {

        void letter() throws IOException {
            header();
            float size = paper.fontSize();
            t.space(t.leading(size) * 1.2f);
            t.centred(TITLE, fonts.bold(), size + 1, centre(), paper.columnWidth());
            t.space(t.leading(size) * 0.3f);
            t.centred("Kính gửi: " + c.addressee(), fonts.regular(), size, centre(), paper.columnWidth());
            t.space(t.leading(size) * 0.5f);
            body();
            signature();
        }

        private void header() throws IOException {
            float size = paper.fontSize() * 0.95f;
            float column = paper.columnWidth();
            float leftCentre = paper.leftMargin() + column * LEFT_SHARE / 2;
            float leftWidth = column * LEFT_SHARE - size;
            float rightCentre = paper.leftMargin() + column * (1 + LEFT_SHARE) / 2;
            float rightWidth = column * (1 - LEFT_SHARE);
            float top = t.y();

            if (c.parentAgencyName() != null && !c.parentAgencyName().isBlank()) {
                t.centred(upper(c.parentAgencyName()), fonts.regular(), size, leftCentre, leftWidth);
            }
            t.centred(upper(c.agencyName()), fonts.bold(), size, leftCentre, leftWidth);
            t.rule(leftCentre, leftWidth / 3, size);
            t.centred("Số: " + (c.number() == null || c.number().isBlank() ? UNFILLED + "/PXL" : c.number()),
                    fonts.regular(), size, leftCentre, leftWidth);
            float leftBottom = t.y();

            t.moveTo(top);
            t.centredOnOneLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", fonts.bold(), size, rightCentre, rightWidth);
            String motto = "Độc lập - Tự do - Hạnh phúc";
            t.centredOnOneLine(motto, fonts.bold(), size, rightCentre, rightWidth);
            t.rule(rightCentre, Math.min(t.width(motto, fonts.bold(), size), rightWidth), size);
            t.centred(c.place() + ", " + longDate(c.issuedOn()), fonts.italic(), size, rightCentre, rightWidth);
            t.moveTo(Math.min(leftBottom, t.y()));
        }

        private void body() throws IOException {
            String agency = c.agencyName();
            String reason = c.reason().strip();
            paragraph("Ngày " + VnFormats.date(c.receivedAt().toLocalDate()) + ", " + agency
                    + " tiếp nhận giải quyết hồ sơ của ông/bà " + c.addressee()
                    + ", đề nghị giải quyết thủ tục: " + c.procedureName() + "; mã hồ sơ: " + c.dossierCode() + ".");
            paragraph("Thời hạn trả kết quả giải quyết hồ sơ ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: ngày "
                    + VnFormats.date(c.originalAppointmentDate()) + ".");
            paragraph("Tuy nhiên đến nay, " + agency
                    + " chưa trả kết quả giải quyết hồ sơ cho ông/bà đúng hẹn.");
            if (!reason.isEmpty()) {
                paragraph("Lý do: " + reason + (endsSentence(reason) ? "" : "."));
            }
            paragraph("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + agency
                    + " trân trọng xin lỗi ông/bà và hẹn trả kết quả giải quyết hồ sơ vào ngày "
                    + VnFormats.date(c.newAppointmentDate()) + ".");
            paragraph("Xin trân trọng cảm ơn./.");
        }

        private void paragraph(String text) throws IOException {
            float size = paper.fontSize();
            t.paragraph(text, fonts.regular(), size, size * 2.2f);
            t.space(size * 0.45f);
        }

        /** At the bottom right, kept on one page: title, the signing note, room to sign, the name. */
        private void signature() throws IOException {
            float size = paper.fontSize();
            String title = c.signerTitle() == null || c.signerTitle().isBlank()
                    ? "THỦ TRƯỞNG CƠ QUAN" : c.signerTitle();
            String[] titleLines = title.strip().split("\\R");
            float room = t.leading(size) * 4;
            t.space(t.leading(size) * 0.5f);
            t.keepTogether(t.leading(size) * (titleLines.length + 2) + room);
            float centre = paper.leftMargin() + paper.columnWidth() * (1 + LEFT_SHARE) / 2;
            float width = paper.columnWidth() * (1 - LEFT_SHARE);
            for (String line : titleLines) {
                t.centred(upper(line), fonts.bold(), size, centre, width);
            }
            t.centred("(Ký, ghi rõ họ tên)", fonts.italic(), size, centre, width);
            t.space(room);
            boolean named = c.signerName() != null && !c.signerName().isBlank();
            t.centred(named ? c.signerName() : "………………………", named ? fonts.bold() : fonts.regular(), size,
                    centre, width);
        }

        private float centre() {
            return paper.leftMargin() + paper.columnWidth() / 2;
        }

        private static boolean endsSentence(String text) {
            return ".!?…".indexOf(text.charAt(text.length() - 1)) >= 0;
        }

        private static String upper(String text) {
            return text.strip().toUpperCase(VnFormats.VIETNAMESE);
        }
    }
}
