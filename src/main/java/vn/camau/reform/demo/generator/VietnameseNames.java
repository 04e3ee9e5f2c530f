package vn.camau.reform.demo.generator;

import java.util.SplittableRandom;

import vn.camau.reform.base.text.SearchText;

/**
 * Realistic Vietnamese names for applicants and officers: family names in roughly their national
 * frequencies (with the Khmer and Hoa names common in Cà Mau), a middle name by gender, a given name.
 * Also phone numbers, e-mail addresses and business names.
 */
final class VietnameseNames {

    private VietnameseNames() {
    }

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Trương", "Lâm", "Châu", "Tô", "Quách", "Thạch", "Danh", "Kim", "Tăng",
        "Lưu", "Mai", "Đinh", "Cao", "Tạ"};
    private static final double[] FAMILY_WEIGHT = {
        36, 11, 9.5, 7, 5, 2, 4.5, 3.9, 1.5, 2.1, 2, 1.4, 1.3,
        1.3, 1, 1.2, 1.3, 1.2, 0.8, 0.8, 0.6, 0.7, 0.6, 0.5, 0.4,
        0.4, 0.5, 0.5, 0.5, 0.3};
    private static final double[] FAMILY_CUMULATIVE = cumulative(FAMILY_WEIGHT);

    private static final String[] MALE_MIDDLE = {"Văn", "Văn", "Văn", "Hữu", "Minh", "Quốc", "Thanh", "Hoàng",
        "Đức", "Công", "Tấn", "Phước", "Chí", "Thành", "Trọng", "Ngọc"};
    private static final String[] FEMALE_MIDDLE = {"Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Bích", "Thanh",
        "Mỹ", "Hồng", "Thùy", "Phương", "Diễm", "Cẩm", "Tuyết"};
    private static final String[] MALE_GIVEN = {"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long",
        "Minh", "Nam", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thành", "Thắng", "Trung", "Tuấn", "Việt",
        "Vinh", "Lộc", "Toàn", "Tâm", "Hiếu", "Nhân", "Nghĩa", "Khang", "Duy", "Huy", "Hậu", "Đạt", "Thịnh",
        "Kiệt", "Tín", "Trí", "Hòa", "Lợi", "Sang", "Quý"};
    private static final String[] FEMALE_GIVEN = {"Anh", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng",
        "Hoa", "Hương", "Lan", "Linh", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo",
        "Thủy", "Trang", "Trinh", "Tuyết", "Vân", "Xuân", "Yến", "Nhi", "Loan", "Thư", "Tiên", "Hiền", "Ly",
        "Huyền", "Như", "Diệu", "Kiều", "Duyên", "Trâm"};

    private static final String[] BUSINESS_FORM = {"Công ty TNHH", "Công ty TNHH", "Công ty TNHH MTV",
        "Công ty Cổ phần", "Doanh nghiệp tư nhân"};
    private static final String[] BUSINESS_TRADE = {"Thương mại Dịch vụ", "Thủy sản", "Xây dựng", "Vận tải",
        "Nông nghiệp Công nghệ cao", "Chế biến Thủy sản", "Xăng dầu", "Thực phẩm", "Đầu tư Phát triển",
        "Tư vấn Thiết kế", "Du lịch", "Dược phẩm", "Điện máy", "Vật liệu Xây dựng"};
    private static final String[] BUSINESS_NAME = {"Minh Phát", "Tân Phú", "Phước Lộc", "Hưng Thịnh", "Đất Mũi",
        "Năm Căn", "Sông Đốc", "Mỹ Tho", "Hoàng Gia", "Thành Đạt", "Vạn Phúc", "An Khang", "Cửu Long",
        "Phú Tân", "Bạc Liêu Xanh", "Hòa Bình", "Nhật Minh", "Tân Thành", "Đông Hải", "Kim Ngân"};

    private static final String[] PHONE_PREFIX = {"09", "09", "09", "09", "09", "09", "03", "03", "08", "07"};

    static String person(SplittableRandom rnd) {
        String family = FAMILY[pick(FAMILY_CUMULATIVE, rnd)];
        if (rnd.nextBoolean()) {
            return family + " " + MALE_MIDDLE[rnd.nextInt(MALE_MIDDLE.length)] + " "
                    + MALE_GIVEN[rnd.nextInt(MALE_GIVEN.length)];
        }
        return family + " " + FEMALE_MIDDLE[rnd.nextInt(FEMALE_MIDDLE.length)] + " "
                + FEMALE_GIVEN[rnd.nextInt(FEMALE_GIVEN.length)];
    }

    static String business(SplittableRandom rnd) {
        return BUSINESS_FORM[rnd.nextInt(BUSINESS_FORM.length)] + " "
                + BUSINESS_TRADE[rnd.nextInt(BUSINESS_TRADE.length)] + " "
                + BUSINESS_NAME[rnd.nextInt(BUSINESS_NAME.length)];
    }

    /** A Vietnamese mobile number, 10 digits: 09xxxxxxxx mostly. */
    static String phone(SplittableRandom rnd) {
        return PHONE_PREFIX[rnd.nextInt(PHONE_PREFIX.length)]
                + String.valueOf(100_000_000 + rnd.nextInt(100_000_000)).substring(1);
    }

    /**
     * A mobile number with a prefix in use today (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile),
     * in the national form; Viettel's prefixes, the most common in the Mekong delta, come up most.
     */
    static String mobile(SplittableRandom rnd) {
        return MOBILE_PREFIX[rnd.nextInt(MOBILE_PREFIX.length)]
                + String.valueOf(10_000_000 + rnd.nextInt(10_000_000)).substring(1);
    }

    private static final String[] MOBILE_PREFIX = {
        "086", "096", "097", "098", "032", "033", "034", "035", "036", "037", "038", "039",
        "096", "097", "098", "086", "091", "094", "088", "081", "082", "083", "084", "085",
        "090", "093", "089", "070", "076", "077", "078", "079", "092", "056", "058", "099", "059"};

    static String email(String name, SplittableRandom rnd) {
        String local = SearchText.fold(name).replace(" ", "");
        if (local.length() > 24) {
            local = local.substring(0, 24);
        }
        return local + (rnd.nextInt(9000) + 100) + (rnd.nextInt(4) == 0 ? "@yahoo.com" : "@gmail.com");
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, SplittableRandom rnd) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
