package vn.camau.reform.apology.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.camau.reform.base.pdf.PaperSize;

class ApologyLetterTest {

    private static final String REASON = "Hồ sơ cần bổ sung ý kiến thẩm định của Sở Tài nguyên và Môi trường; "
            + "đường truyền bị gián đoạn";
    private static final String PROCEDURE = "Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
            + "khác gắn liền với đất lần đầu";
    private static final String CODE = "000.00.12.H12-260202-0042";

    private final ApologyLetterPdf pdf = new ApologyLetterPdf();
    private final ApologyLetterText text = new ApologyLetterText();

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void printsTheWholeLetterOnOnePageOfTheChosenSize(PaperSize size) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(letter(REASON), size))) {
            String text = textOf(document);

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle media = document.getPage(0).getMediaBox();
            assertThat(media.getWidth()).isEqualTo(size.rectangle().getWidth());
            assertThat(media.getHeight()).isEqualTo(size.rectangle().getHeight());
            assertThat(text).contains("UBND TỈNH CÀ MAU", "UBND XÃ TÂN THÀNH", "Số: 15/PXL",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Cà Mau, ngày 05 tháng 3 năm 2026",
                    "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Nguyễn Thị Mỹ Hạnh",
                    "Ngày 02/02/2026, UBND xã Tân Thành tiếp nhận giải quyết hồ sơ của ông/bà Nguyễn Thị Mỹ Hạnh",
                    PROCEDURE, "mã hồ sơ: " + CODE + ".", "hẹn trả kết quả: ngày 02/03/2026.",
                    "Lý do: " + REASON + ".", "hẹn trả kết quả giải quyết hồ sơ vào ngày 16/03/2026.",
                    "Xin trân trọng cảm ơn./.", "CHỦ TỊCH", "(Ký, ghi rõ họ tên)", "Lê Văn Quang");
            assertThat(text).doesNotContain("DỰ THẢO", "?");
            assertEveryFontEmbedded(document);
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả – " + CODE);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        }
    }

    @Test
    void aDraftIsMarkedAndLeavesNumberDateAndSignerToFillIn() throws IOException {
        ApologyLetterContent draft = new ApologyLetterContent(null, "UBND xã Tân Thành", null, "Cà Mau", null,
                "Nguyễn Thị Mỹ Hạnh", CODE, PROCEDURE, LocalDateTime.of(2026, 2, 2, 9, 15),
                LocalDate.of(2026, 3, 2), REASON, LocalDate.of(2026, 3, 16), null, null, true);

        try (PDDocument document = Loader.loadPDF(pdf.render(draft, PaperSize.A4))) {
            String text = textOf(document);

            assertThat(text).contains("DỰ THẢO", "Số: …/PXL", "Cà Mau, ngày … tháng … năm …", "THỦ TRƯỞNG CƠ QUAN",
                    REASON);
            assertThat(text).doesNotContain("Lê Văn Quang", "UBND TỈNH");
        }
    }

    @Test
    void aLongReasonGoesOnToASecondPageWhole() throws IOException {
        StringBuilder reason = new StringBuilder();
        while (reason.length() < 1_450) {
            reason.append("Cơ quan chuyên môn đang chờ ý kiến thẩm định bằng văn bản của các sở, ngành liên quan; ");
        }
        reason.append("hồ sơ sẽ được xử lý ngay sau khi nhận đủ ý kiến cuối cùng");
        assertThat(reason.length()).isBetween(1_500, 1_600);

        try (PDDocument document = Loader.loadPDF(pdf.render(letter(reason.toString()), PaperSize.A4))) {
            String text = textOf(document);

            assertThat(document.getNumberOfPages()).isEqualTo(2);
            // the second page's number ("2") is read where its page starts, so no phrase crosses the break here
            assertThat(text).contains("Lý do: " + reason + ".", "ngay sau khi nhận đủ ý kiến cuối cùng.",
                    "16/03/2026.", "Xin trân trọng cảm ơn./.", "Lê Văn Quang");
            assertThat(textOf(document, 2)).startsWith("2 ").contains("Lê Văn Quang");
            assertEveryFontEmbedded(document);
        }
    }

    @Test
    void combiningMarksAreDrawnAsPrecomposedLettersAndUnknownCharactersDoNotBreakTheLetter() throws IOException {
        String decomposed = Normalizer.normalize("Nguyễn Thị Mỹ Hạnh", Normalizer.Form.NFD);
        ApologyLetterContent content = new ApologyLetterContent(null, "UBND xã Tân Thành", "15/PXL", "Cà Mau",
                LocalDate.of(2026, 3, 5), decomposed, CODE, PROCEDURE, LocalDateTime.of(2026, 2, 2, 9, 15),
                LocalDate.of(2026, 3, 2), "Mất điện 🙏 kéo dài", LocalDate.of(2026, 3, 16), null, "Lê Văn Quang",
                false);

        try (PDDocument document = Loader.loadPDF(pdf.render(content, PaperSize.A5))) {
            assertThat(textOf(document)).contains("Kính gửi: Nguyễn Thị Mỹ Hạnh", "Lý do: Mất điện ? kéo dài.");
        }
    }

    @Test
    void theShortTextSaysItAllInOneParagraph() {
        assertThat(text.shortText(letter(REASON))).isEqualTo("UBND xã Tân Thành xin lỗi ông/bà Nguyễn Thị Mỹ Hạnh: "
                + "hồ sơ " + CODE + " (" + PROCEDURE + ") hẹn trả ngày 02/03/2026 chưa có kết quả. Lý do: " + REASON
                + ". Hẹn trả lại ngày 16/03/2026. Trân trọng.");
    }

    @Test
    void theShortTextCutsProcedureThenReasonButNeverTheCodeOrDates() {
        String huge = "Chờ ý kiến của cơ quan có thẩm quyền về nội dung hồ sơ. ".repeat(100);
        ApologyLetterContent content = new ApologyLetterContent(null, "UBND xã Tân Thành", "15/PXL", "Cà Mau",
                null, "Nguyễn Thị Mỹ Hạnh", CODE, PROCEDURE + " " + PROCEDURE, LocalDateTime.of(2026, 2, 2, 9, 15),
                LocalDate.of(2026, 3, 2), huge, LocalDate.of(2026, 3, 16), null, null, false);

        String message = text.shortText(content);

        assertThat(message.codePointCount(0, message.length())).isLessThanOrEqualTo(ApologyLetterText.MAX_LENGTH);
        assertThat(message).contains(CODE, "02/03/2026", "16/03/2026", "Lý do: Chờ ý kiến", "…",
                "(Cấp giấy chứng nhận");
        assertThat(message).doesNotContain(PROCEDURE + " " + PROCEDURE).endsWith("Trân trọng.");
    }

    private static ApologyLetterContent letter(String reason) {
        return new ApologyLetterContent("UBND tỉnh Cà Mau", "UBND xã Tân Thành", "15/PXL", "Cà Mau",
                LocalDate.of(2026, 3, 5), "Nguyễn Thị Mỹ Hạnh", CODE, PROCEDURE, LocalDateTime.of(2026, 2, 2, 9, 15),
                LocalDate.of(2026, 3, 2), reason, LocalDate.of(2026, 3, 16), "Chủ tịch", "Lê Văn Quang", false);
    }

    /** NFC and one space between words: the stripper breaks the wrapped lines wherever they fell. */
    private static String textOf(PDDocument document) throws IOException {
        return textOf(document, 0);
    }

    /** The text of one page (counted from 1), or of them all for 0. */
    private static String textOf(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        if (page > 0) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
        }
        String raw = stripper.getText(document);
        return Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static void assertEveryFontEmbedded(PDDocument document) throws IOException {
        int fonts = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).as(name.getName()).isTrue();
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }
}
