package vn.camau.reform.dashboard.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.dashboard.report.ReportDocument.Block;
import vn.camau.reform.dashboard.report.ReportDocument.Chart;
import vn.camau.reform.dashboard.report.ReportDocument.Heading;
import vn.camau.reform.dashboard.report.ReportDocument.Paragraph;
import vn.camau.reform.dashboard.report.ReportDocument.Table;
import vn.camau.reform.dossier.LateStepCount;

/**
 * Turns a report's figures into the document's words, in Vietnamese as an administrative report is
 * written (Decree 30/2020), with its two charts. The numbers are formatted as vi-VN ("1.234", "89,33%").
 */
final class MonthlyReportComposer {

    static final String TITLE = "BÁO CÁO";
    /**
     * Said in every report, whether or not anything was left out: a sentence or a count that appeared
     * only when something was would itself tell a reader that they had been reported on.
     */
    static final String WITHHELD_RULE = "Số liệu phản ánh trong báo cáo này không tính các phản ánh về người "
            + "có quyền xem báo cáo (lãnh đạo, công chức của đơn vị và của cấp trên) chưa được kết luận là có cơ sở: "
            + "như trên trang tổng quan, người bị phản ánh không được biết qua số liệu rằng có phản ánh về mình "
            + "trước khi có kết luận. Vì vậy số liệu này có thể thấp hơn số liệu người khác thấy trên trang tổng "
            + "quan; số phản ánh không tính không được nêu, vì chính con số đó sẽ cho người bị phản ánh biết.";
    private static final String NONE = "—";

    private MonthlyReportComposer() {
    }

    static ReportDocument compose(MonthlyReportFigures f, String number, LocalDate writtenOn) {
        MonthlyReportFigures.Unit u = f.unit();
        boolean agency = u.level() == UnitLevel.AGENCY;
        String body = agency ? u.name() : "Ủy ban nhân dân " + u.name();
        String parent = agency && u.parentName() != null ? "Ủy ban nhân dân " + u.parentName() : null;
        return new ReportDocument(parent, body, number,
                "Cà Mau, " + longDate(writtenOn), TITLE, subtitle(f), blocks(f),
                recipients(u), agency ? "THỦ TRƯỞNG CƠ QUAN" : "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
    }

    /** "Tình hình giải quyết thủ tục hành chính tháng 11 năm 2026" (or "quý IV năm 2026"). */
    static String subtitle(MonthlyReportFigures f) {
        return "Tình hình giải quyết thủ tục hành chính " + periodName(f) + " của " + f.unit().name();
    }

    static String periodName(MonthlyReportFigures f) {
        LocalDate from = f.period().from();
        if (f.period().kind() == PeriodKind.QUARTER) {
            return "quý " + List.of("I", "II", "III", "IV").get((from.getMonthValue() - 1) / 3) + " năm " + from.getYear();
        }
        return "tháng " + from.getMonthValue() + " năm " + from.getYear();
    }

    /** "ngày 05 tháng 3 năm 2026": Decree 30/2020 pads days below 10, and months 1 and 2, with a zero. */
    static String longDate(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + date.getYear();
    }

    private static List<Block> blocks(MonthlyReportFigures f) {
        List<Block> b = new ArrayList<>();
        MonthlyReportFigures.Dossiers d = f.dossiers();
        b.add(new Heading("I. TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ"));
        b.add(new Paragraph("Trong kỳ báo cáo (từ ngày " + VnFormats.date(f.period().from()) + " đến ngày "
                + VnFormats.date(f.period().to()) + "; số liệu tính đến hết ngày " + VnFormats.date(f.asOf())
                + "), " + f.unit().name() + " tiếp nhận " + n(d.received()) + " hồ sơ; kỳ trước chuyển sang "
                + n(d.carriedOver()) + " hồ sơ. Đã giải quyết " + n(d.resolved()) + " hồ sơ, trong đó trước hạn "
                + n(d.early()) + ", đúng hạn " + n(d.onTime()) + ", trễ hạn " + n(d.late()) + ". Cuối kỳ còn "
                + n(d.openAtEnd()) + " hồ sơ đang giải quyết, trong đó " + n(d.overdue()) + " hồ sơ quá hạn."));
        b.add(new Table(List.of("Chỉ tiêu", "Kỳ này", "Kỳ trước"), List.of(
                List.of("Tỷ lệ đúng hạn trên hồ sơ đã giải quyết: (trước hạn + đúng hạn) ÷ đã giải quyết",
                        pct(d.onTimeRate()), pct(d.previousOnTimeRate())),
                List.of("Tỷ lệ đúng hạn tính cả hồ sơ tồn: 100% − (giải quyết trễ hạn + quá hạn cuối kỳ) ÷ "
                        + "(tiếp nhận + kỳ trước chuyển sang)", pct(d.onTimeStrict()), pct(d.previousOnTimeStrict()))),
                new float[] {0.6f, 0.2f, 0.2f}, new boolean[] {false, true, true}));
        b.add(new Chart(ReportCharts.trend(f), ReportCharts.WIDTH, ReportCharts.HEIGHT));

        b.add(new Heading("II. ĐƠN VỊ CÓ TỶ LỆ ĐÚNG HẠN THẤP NHẤT"));
        if (f.lowest().isEmpty()) {
            b.add(new Paragraph("Không có đơn vị nào giải quyết hồ sơ trong kỳ."));
        } else {
            b.add(new Paragraph("Các đơn vị có tỷ lệ đúng hạn thấp nhất trong kỳ và bước xử lý chịu trách nhiệm "
                    + "về các hồ sơ trễ hạn:"));
            b.add(new Table(List.of("Đơn vị", "Đã giải quyết", "Trễ hạn", "Tỷ lệ đúng hạn", "Bước chịu trách nhiệm"),
                    f.lowest().stream().map(l -> List.of(l.name(), n(l.resolved()), n(l.late()), pct(l.onTimeRate()),
                            steps(l.steps()))).toList(),
                    new float[] {0.28f, 0.14f, 0.11f, 0.14f, 0.33f}, new boolean[] {false, true, true, true, false}));
        }

        MonthlyReportFigures.Apologies a = f.apologies();
        b.add(new Heading("III. XIN LỖI NGƯỜI DÂN, TỔ CHỨC DO TRỄ HẸN"));
        b.add(new Paragraph("Số hồ sơ phải xin lỗi: " + n(a.owed()) + "; đã xin lỗi " + n(a.issued())
                + " (đúng thời hạn " + n(a.issuedInTime()) + ", muộn " + n(a.issuedLate()) + "); chưa xin lỗi "
                + n(a.missing()) + "; trễ cả ngày hẹn lại: " + n(a.secondMiss()) + "."));

        MonthlyReportFigures.Hotline h = f.hotline();
        b.add(new Heading("IV. PHẢN ÁNH, KIẾN NGHỊ QUA ĐƯỜNG DÂY NÓNG"));
        b.add(new Paragraph("Tiếp nhận " + n(h.received()) + " phản ánh; đến hạn trả lời " + n(h.due())
                + ", đã trả lời đúng hạn " + n(h.answeredOnTime()) + "; quá hạn chưa trả lời " + n(h.overdue())
                + "; có cơ sở (toàn bộ hoặc một phần) " + n(h.founded()) + "."));
        b.add(new Paragraph(WITHHELD_RULE));
        List<List<String>> categories = new ArrayList<>(h.byCategory().stream()
                .map(c -> List.of(Texts.of(c.category().labelKey(), VnFormats.VIETNAMESE),
                        n(c.reports()), n(c.overdue()))).toList());
        categories.add(List.of("Tổng cộng", n(h.received()), n(h.overdue())));
        b.add(new Table(List.of("Loại phản ánh", "Tiếp nhận", "Quá hạn chưa trả lời"), categories,
                new float[] {0.5f, 0.2f, 0.3f}, new boolean[] {false, true, true}));
        b.add(new Chart(ReportCharts.hotline(f), ReportCharts.WIDTH, ReportCharts.HEIGHT));

        b.add(new Heading("V. CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH 766/QĐ-TTg)"));
        MonthlyReportFigures.Index idx = f.index();
        if (idx == null) {
            b.add(new Paragraph("Chưa có bộ tiêu chí áp dụng cho kỳ này."));
        } else {
            b.add(new Paragraph(indexSentence(idx)));
            b.add(new Table(List.of("Nhóm chỉ số", "Điểm", "Tối đa"), idx.groups().stream()
                    .map(g -> List.of(Texts.of("index766.group." + g.code(), VnFormats.VIETNAMESE), points(g.score()),
                            points(g.max()))).toList(),
                    new float[] {0.6f, 0.2f, 0.2f}, new boolean[] {false, true, true}));
        }

        b.add(new Heading("VI. ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC ĐANG THỰC HIỆN"));
        if (f.evaluations().isEmpty()) {
            b.add(new Paragraph("Không có đợt đánh giá nào đang thực hiện."));
        } else {
            b.add(new Table(List.of("Đơn vị", "Kỳ đánh giá", "Số người", "Chưa tự đánh giá", "Đang xét", "Đã phê duyệt"),
                    f.evaluations().stream().map(e -> List.of(e.unitName(), e.periodLabel(), n(e.ratings()),
                            n(e.awaitingSelf()), n(e.inProgress()), n(e.approved()))).toList(),
                    new float[] {0.26f, 0.26f, 0.11f, 0.13f, 0.11f, 0.13f},
                    new boolean[] {false, false, true, true, true, true}));
        }
        return b;
    }

    /**
     * The score, and its change as the 766 view gives it: the share of the scorable maximum attained, in
     * percentage points, each period over its own maximum; when the maximum changed, from what to what.
     */
    static String indexSentence(MonthlyReportFigures.Index idx) {
        StringBuilder s = new StringBuilder("Điểm đạt " + points(idx.total()) + "/" + points(idx.max())
                + " điểm tính được" + share(idx.total(), idx.max()));
        BigDecimal change = idx.change();
        if (change == null) {
            return s.append('.').toString();
        }
        s.append("; kỳ trước ").append(points(idx.previous())).append('/').append(points(idx.previousMax()))
                .append(" điểm").append(share(idx.previous(), idx.previousMax()))
                .append("; tỷ lệ đạt thay đổi ").append(signed(change)).append(" điểm phần trăm");
        if (idx.maxChanged()) {
            s.append(" (điểm tối đa tính được đổi từ ").append(points(idx.previousMax())).append(" thành ")
                    .append(points(idx.max())).append(" nên không so sánh hiệu số điểm)");
        }
        return s.append('.').toString();
    }

    /** " (đạt 68,62%)": the total's share of the scorable maximum; nothing when nothing could be scored. */
    private static String share(BigDecimal total, BigDecimal max) {
        return max.signum() == 0 ? "" : " (đạt " + VnFormats.percent(total.divide(max, 6, RoundingMode.HALF_UP)
                .doubleValue()) + ")";
    }

    private static List<String> recipients(MonthlyReportFigures.Unit u) {
        if (u.level() == UnitLevel.PROVINCE) {
            return List.of("- Thường trực Tỉnh ủy, HĐND tỉnh (b/c);", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
                    "- Các sở, ban, ngành; UBND các xã, phường;", "- Lưu: VT.");
        }
        return List.of("- UBND tỉnh (b/c);", "- Lãnh đạo " + u.name() + ";", "- Lưu: VT.");
    }

    private static String steps(List<LateStepCount> steps) {
        if (steps.isEmpty()) {
            return NONE;
        }
        return steps.stream().map(s -> (s.step() == null ? "Chưa xác định" : s.step()) + " (" + n(s.dossiers()) + ")")
                .collect(Collectors.joining("; "));
    }

    static String n(long value) {
        return VnFormats.count(value);
    }

    static String pct(Ratio r) {
        Double v = r.value();
        return v == null ? NONE : VnFormats.percent(v);
    }

    private static String points(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String signed(BigDecimal p) {
        return (p.signum() > 0 ? "+" : "") + points(p);
    }
}
