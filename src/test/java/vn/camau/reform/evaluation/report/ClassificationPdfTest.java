package vn.camau.reform.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The classification list on A4: a long unit runs over pages with the table header repeated, signed at the end. */
class ClassificationPdfTest {

    @Test
    void aLongListRunsOverPagesWithItsHeaderRepeatedAndEndsWithTheSignatureBlock() throws Exception {
        List<ClassificationSheet.Line> lines = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new ClassificationSheet.Line("Lê Văn Số " + i, "Chuyên viên chính",
                        "Hoàn thành tốt nhiệm vụ", "85,5"))
                .toList();
        byte[] pdf = ClassificationPdf.render(new ClassificationSheet("Sở Nội vụ tỉnh Cà Mau", "Năm 2025",
                "Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP", LocalDate.of(2026, 1, 5), lines));
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(nfc(stripper.getText(doc))).contains("Họ và tên", "Xếp loại");
            String all = nfc(new PDFTextStripper().getText(doc));
            assertThat(all).contains("SỞ NỘI VỤ TỈNH CÀ MAU", "Năm 2025", "Lê Văn Số 60",
                    "ngày 05 tháng 01 năm 2026", "THỦ TRƯỞNG ĐƠN VỊ");
            assertThat(all.indexOf("THỦ TRƯỞNG ĐƠN VỊ")).isGreaterThan(all.indexOf("Lê Văn Số 60"));
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
