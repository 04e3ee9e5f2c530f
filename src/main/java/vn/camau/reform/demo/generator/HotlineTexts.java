package vn.camau.reform.demo.generator;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What the demo's hotline reports say: the citizen's description per category, the verification
 * notes, the answer, the leader's finding, the reasons for reopening. Placeholders: {unit}, {officer},
 * {dossier}, {procedure}, {due}, {received}, {topic}, {date}, {code}, {n}.
 */
final class HotlineTexts {

    private HotlineTexts() {
    }

    static final List<String> ATTITUDE = List.of(
            "Ngày {date}, tôi đến Bộ phận một cửa {unit} nộp hồ sơ. Công chức {officer} có thái độ thiếu tôn trọng,"
                    + " nói trống không và yêu cầu tôi về bổ sung giấy tờ mà không hướng dẫn cụ thể.",
            "Tôi phản ánh công chức {officer} ({unit}) gây khó khăn khi tiếp nhận hồ sơ, yêu cầu nộp thêm bản sao"
                    + " có chứng thực không có trong thành phần hồ sơ của thủ tục.",
            "Công chức {officer} tại {unit} gợi ý nộp thêm tiền \"bồi dưỡng\" để hồ sơ được giải quyết nhanh."
                    + " Đề nghị kiểm tra, xử lý nghiêm.",
            "Khi tôi hỏi tiến độ hồ sơ, công chức {officer} trả lời cộc lốc, không giải thích và bỏ đi giữa chừng."
                    + " Đề nghị {unit} chấn chỉnh thái độ phục vụ.",
            "Tôi chờ hơn hai tiếng tại {unit} nhưng công chức {officer} liên tục dùng điện thoại việc riêng,"
                    + " không tiếp nhận hồ sơ của người dân đang xếp hàng.",
            "Công chức {officer} yêu cầu tôi quay lại nhiều lần, mỗi lần chỉ hướng dẫn bổ sung một loại giấy tờ,"
                    + " gây mất thời gian và tốn kém đi lại.",
            "Đề nghị xem xét tác phong làm việc của công chức {officer}, {unit}: đến trễ, để người dân chờ từ đầu"
                    + " giờ sáng, khi được nhắc thì có lời lẽ không đúng mực.");

    static final List<String> LATE = List.of(
            "Hồ sơ {dossier} ({procedure}) nộp tại {unit} có ngày hẹn trả {due} nhưng đến nay vẫn chưa có kết quả,"
                    + " tôi cũng không nhận được thư xin lỗi hay thông báo hẹn lại.",
            "Tôi đã nhiều lần liên hệ hỏi hồ sơ {dossier} nhưng công chức {officer} chỉ trả lời là đang xử lý,"
                    + " không cho biết khi nào có kết quả. Hồ sơ đã quá hẹn từ ngày {due}.",
            "Hồ sơ {procedure} của gia đình tôi (mã {dossier}) đã quá hẹn, ảnh hưởng đến việc vay vốn ngân hàng."
                    + " Đề nghị {unit} giải quyết sớm và cho biết lý do chậm.",
            "Đã quá ngày hẹn {due} mà hồ sơ {dossier} vẫn chưa được trả. Đề nghị kiểm tra trách nhiệm công chức"
                    + " {officer} và thông báo ngày trả kết quả cụ thể.");

    static final List<String> LATE_NOT_YET_DUE = List.of(
            "Hồ sơ {dossier} ({procedure}) nộp tại {unit} từ ngày {received} đến nay chưa có kết quả, đề nghị cho"
                    + " biết tiến độ và lý do chậm.",
            "Tôi nộp hồ sơ {dossier} đã nhiều ngày, gọi điện hỏi công chức {officer} thì không ai nghe máy."
                    + " Đề nghị cho biết hồ sơ đang ở khâu nào.");

    static final List<String> LATE_WITHOUT_DOSSIER = List.of(
            "Tôi nộp hồ sơ tại {unit} đã hơn một tháng nhưng chưa có kết quả; giấy tiếp nhận bị thất lạc nên"
                    + " không nhớ mã hồ sơ. Công chức {officer} hẹn nhiều lần nhưng không trả.",
            "Hồ sơ đất đai của tôi tại {unit} quá hẹn đã lâu, công chức {officer} nói đang chờ đo đạc nhưng"
                    + " không ai xuống đo. Đề nghị kiểm tra.");

    static final List<String> TOPICS = List.of(
            "đăng ký khai sinh", "đăng ký kết hôn", "chứng thực bản sao từ bản chính",
            "cấp giấy chứng nhận quyền sử dụng đất lần đầu", "chuyển nhượng quyền sử dụng đất",
            "đăng ký hộ kinh doanh", "cấp giấy phép xây dựng nhà ở riêng lẻ", "cấp phiếu lý lịch tư pháp",
            "trích lục khai tử", "xác nhận tình trạng hôn nhân", "đăng ký thường trú",
            "hỗ trợ người có công với cách mạng");

    static final List<String> QUESTION = List.of(
            "Xin hỏi thủ tục {topic} cần chuẩn bị những giấy tờ gì, nộp tại {unit} hay nộp trực tuyến được không?",
            "Tôi muốn hỏi lệ phí và thời hạn giải quyết thủ tục {topic} tại {unit}.",
            "Sau khi sắp xếp đơn vị hành chính, tôi cần làm thủ tục {topic} thì nộp hồ sơ ở đâu, giấy tờ cũ"
                    + " ghi địa chỉ xã cũ có phải làm lại không?",
            "Xin hướng dẫn cách nộp hồ sơ {topic} trên Cổng Dịch vụ công quốc gia; tôi đăng nhập bằng VNeID"
                    + " nhưng không tìm thấy thủ tục của {unit}.",
            "Người thân tôi ở xa, có thể ủy quyền làm thủ tục {topic} tại {unit} không, cần giấy tờ gì?");

    static final List<String> FACILITIES = List.of(
            "Bộ phận một cửa {unit} không đủ ghế chờ, người dân, nhất là người cao tuổi, phải đứng chờ ngoài hành lang.",
            "Máy lấy số thứ tự tại {unit} hỏng nhiều ngày chưa được sửa, người dân chen lấn khi nộp hồ sơ.",
            "Máy tính tra cứu hồ sơ tại {unit} không hoạt động, wifi công cộng không truy cập được để nộp hồ sơ"
                    + " trực tuyến.",
            "Nhà vệ sinh dành cho người dân tại trụ sở {unit} xuống cấp, không có nước.",
            "Khu vực giữ xe tại {unit} chật, không có mái che, người dân phải để xe ngoài lề đường.",
            "Trụ sở {unit} chưa có lối đi cho người khuyết tật, người cao tuổi đi lại khó khăn.");

    static final List<String> COMPLAINT = List.of(
            "Tôi khiếu nại việc {unit} từ chối tiếp nhận hồ sơ {topic} của tôi với lý do không rõ ràng, không có"
                    + " văn bản trả lời. Đề nghị xem xét lại theo quy định của Luật Khiếu nại.",
            "Khiếu nại việc {unit} thu phí, lệ phí thủ tục {topic} cao hơn mức quy định và không cấp biên lai.",
            "Tôi khiếu nại việc {unit} trả hồ sơ {topic}, yêu cầu nộp lại từ đầu dù hồ sơ đã đầy đủ theo hướng dẫn"
                    + " lần trước.");

    static final List<String> DENUNCIATION = List.of(
            "Tố cáo một công chức tại {unit} nhận tiền của người dân để giải quyết hồ sơ nhanh, bỏ qua thứ tự"
                    + " tiếp nhận.",
            "Tố cáo việc có người \"cò\" hồ sơ đất đai hoạt động trước trụ sở {unit}, có dấu hiệu móc nối với"
                    + " cán bộ bên trong.",
            "Tố cáo cán bộ {unit} sử dụng xe công vào việc riêng trong giờ hành chính.");

    /** Out of scope: the description and where the report was sent on, paired. */
    static final List<String> OUT_OF_SCOPE = List.of(
            "Đèn đường trên tuyến đường gần trụ sở {unit} bị hư nhiều ngày, về đêm rất tối, dễ xảy ra tai nạn.",
            "Đề nghị kiểm tra việc một cơ sở chế biến thủy sản xả nước thải ra kênh trên địa bàn {unit}.",
            "Điện bị cắt liên tục không báo trước trên địa bàn {unit}, ảnh hưởng sản xuất, kinh doanh.",
            "Tôi muốn hỏi về chế độ lương hưu, bảo hiểm xã hội của bản thân sau khi nghỉ việc.",
            "Quán karaoke trong khu dân cư thuộc {unit} hát ồn ào sau 22 giờ, nhiều lần nhắc nhở không chấm dứt.");
    static final List<String> OUT_OF_SCOPE_TO = List.of(
            "Ủy ban nhân dân {unit} (quản lý chiếu sáng công cộng)",
            "Sở Nông nghiệp và Môi trường",
            "Công ty Điện lực Cà Mau",
            "Bảo hiểm xã hội tỉnh Cà Mau",
            "Công an {unit}");

    static final String REPEAT = "Tôi đã phản ánh lần trước (mã {code}) nhưng chưa thấy chuyển biến. ";

    static final String ASSIGN_NOTE = "Đề nghị {unit} xác minh, báo cáo kết quả trước ngày {date}.";

    static final List<String> NOTES = List.of(
            "Đã liên hệ công dân qua điện thoại để làm rõ nội dung phản ánh.",
            "Đã đề nghị {unit} báo cáo, giải trình bằng văn bản.",
            "Đã làm việc trực tiếp với lãnh đạo {unit} và bộ phận liên quan.",
            "Đã kiểm tra thực tế tại trụ sở {unit}.");
    static final String NOTE_OFFICER = "Đã làm việc với công chức {officer}; công chức có bản tường trình.";
    static final String NOTE_DOSSIER = "Đã tra cứu hồ sơ {dossier} trên hệ thống một cửa điện tử, đối chiếu"
            + " các bước xử lý và ngày hẹn trả.";
    static final String NOTE_ANONYMOUS = "Phản ánh ẩn danh: xác minh qua hồ sơ, camera và báo cáo của {unit}.";

    static final List<String> ANSWER_UNFOUNDED = List.of(
            "Qua xác minh, {unit} đã làm việc với bộ phận liên quan; nội dung phản ánh chưa có cơ sở. Đơn vị tiếp"
                    + " thu ý kiến, nhắc nhở công chức nâng cao tinh thần phục vụ.",
            "Kết quả xác minh cho thấy nội dung phản ánh không đúng thực tế. Đã giải thích cho công dân và cảm ơn"
                    + " công dân đã góp ý.");
    static final String ANSWER_FOUNDED = "Nội dung phản ánh là có cơ sở. {unit} đã chấn chỉnh, yêu cầu người có"
            + " trách nhiệm rút kinh nghiệm và xin lỗi công dân.";
    static final String ANSWER_LATE = "Hồ sơ {dossier} trễ hạn do chờ kết quả phối hợp của cơ quan liên quan."
            + " {unit} đã gửi thư xin lỗi, hẹn lại ngày trả kết quả và sẽ liên hệ khi có kết quả.";
    static final String ANSWER_NOT_YET_DUE = "Hồ sơ {dossier} vẫn trong thời hạn giải quyết (hẹn trả ngày {due})."
            + " Đã hướng dẫn công dân theo dõi tiến độ trên Cổng Dịch vụ công của tỉnh.";
    static final String ANSWER_QUESTION = "Đã hướng dẫn công dân thành phần hồ sơ, lệ phí và thời hạn giải quyết"
            + " thủ tục {topic}; có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Bộ phận"
            + " một cửa {unit}.";
    static final String ANSWER_FACILITIES_FOUNDED = "{unit} đã tiếp thu, bố trí kinh phí sửa chữa, khắc phục"
            + " trong tuần và cảm ơn công dân đã phản ánh.";
    static final String ANSWER_FACILITIES = "Qua kiểm tra thực tế, cơ sở vật chất tại {unit} cơ bản đảm bảo"
            + " phục vụ; sự cố phản ánh là tạm thời và đã được khắc phục ngay trong ngày.";
    static final String ANSWER_COMPLAINT = "Đã thụ lý, xác minh theo quy định của Luật Khiếu nại. {unit} đã có"
            + " văn bản trả lời, giải thích căn cứ pháp lý cho công dân.";
    static final String ANSWER_COMPLAINT_FOUNDED = "Khiếu nại đúng một phần: {unit} đã tiếp nhận lại hồ sơ và"
            + " hoàn trả khoản thu không đúng quy định.";
    static final String ANSWER_DENUNCIATION = "Đã xác minh nội dung tố cáo; kết quả được thông báo theo quy định"
            + " của Luật Tố cáo, thông tin người tố cáo được giữ bí mật.";
    static final String ANSWER_OUT_OF_SCOPE = "Nội dung không thuộc phạm vi giải quyết thủ tục hành chính; đã"
            + " chuyển đến {to} xem xét và hướng dẫn công dân liên hệ trực tiếp.";

    static final String CONCLUSION_UNFOUNDED = "Nội dung phản ánh không có cơ sở.";
    static final String CONCLUSION_PARTLY = "Phản ánh đúng một phần; yêu cầu {unit} chấn chỉnh.";
    static final String CONCLUSION_FOUNDED = "Phản ánh đúng; yêu cầu {unit} khắc phục và báo cáo kết quả.";
    static final String ACTION_REMINDER = "Nhắc nhở công chức {officer}, yêu cầu rút kinh nghiệm.";
    static final String ACTION_REVIEW = "Yêu cầu công chức {officer} kiểm điểm trước tập thể (lần thứ {n} bị"
            + " phản ánh có cơ sở).";
    static final String ACTION_DISCIPLINE = "Chuyển Hội đồng kỷ luật xem xét xử lý kỷ luật công chức {officer}"
            + " do vi phạm nhiều lần.";

    static final List<String> REOPEN = List.of(
            "Công dân không đồng ý với kết quả trả lời, đề nghị xác minh lại.",
            "Công dân cung cấp thêm thông tin, hình ảnh mới về nội dung phản ánh.",
            "Công dân cho biết sự việc vẫn tiếp diễn sau khi được trả lời.");

    static String any(List<String> texts, SplittableRandom rnd) {
        return texts.get(rnd.nextInt(texts.size()));
    }

    /** Replaces {key} by its value, pairs of key and value. */
    static String fill(String template, String... keyValues) {
        String s = template;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            s = s.replace("{" + keyValues[i] + "}", keyValues[i + 1] == null ? "" : keyValues[i + 1]);
        }
        return s;
    }
}
