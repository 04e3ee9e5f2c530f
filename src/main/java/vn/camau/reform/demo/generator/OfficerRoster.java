package vn.camau.reform.demo.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.demo.generator.DemoOfficer.Desk;
import vn.camau.reform.demo.generator.DemoOfficer.Duty;

/**
 * The civil servants of every unit that handles dossiers, with the positions such units have: the
 * one-stop desk, specialists by field group, and the leaders who sign. Former units (until 30/06/2025)
 * get their own staff, since their dossiers were handled there.
 */
final class OfficerRoster {

    /** The provincial Public Administration Service Centre, which receives every province-level dossier. */
    static final String SERVICE_CENTRE_CODE = "96.TTHCC";

    private record Post(String position, Duty duty, Desk desk, int count) {
    }

    private record Staff(DemoOfficer[] reception, Map<Desk, DemoOfficer[]> specialists, DemoOfficer[] anySpecialist,
                         DemoOfficer[] leaders) {
    }

    private final List<DemoOfficer> officers = new ArrayList<>();
    private final Map<Long, Staff> staffByUnit = new HashMap<>();

    OfficerRoster(List<DemoUnit> units, long firstId, long seed) {
        long nextId = firstId;
        for (DemoUnit unit : units) {
            List<Post> posts = postsOf(unit);
            if (posts.isEmpty()) {
                continue;
            }
            SplittableRandom rnd = new SplittableRandom(seed * 31 + unit.id());
            List<DemoOfficer> mine = new ArrayList<>();
            int n = 0;
            for (Post post : posts) {
                for (int i = 0; i < post.count(); i++) {
                    n++;
                    mine.add(new DemoOfficer(nextId++, String.format("CB-%d-%02d", unit.id(), n),
                            VietnameseNames.person(rnd), unit.id(), post.position(), post.duty() == Duty.RECEPTION,
                            !unit.isFormer(), post.duty(), post.desk()));
                }
            }
            officers.addAll(mine);
            staffByUnit.put(unit.id(), staffOf(mine));
        }
    }

    List<DemoOfficer> officers() {
        return officers;
    }

    DemoOfficer reception(long unitId, SplittableRandom rnd) {
        return any(staff(unitId).reception(), rnd);
    }

    DemoOfficer specialist(long unitId, Desk desk, SplittableRandom rnd) {
        Staff staff = staff(unitId);
        DemoOfficer[] specialists = staff.specialists().get(desk);
        return any(specialists == null ? staff.anySpecialist() : specialists, rnd);
    }

    DemoOfficer leader(long unitId, SplittableRandom rnd) {
        return any(staff(unitId).leaders(), rnd);
    }

    private Staff staff(long unitId) {
        Staff staff = staffByUnit.get(unitId);
        if (staff == null) {
            throw new IllegalArgumentException("Unit " + unitId + " has no staff for dossiers");
        }
        return staff;
    }

    private static DemoOfficer any(DemoOfficer[] candidates, SplittableRandom rnd) {
        return candidates[rnd.nextInt(candidates.length)];
    }

    private static Staff staffOf(List<DemoOfficer> mine) {
        Map<Desk, List<DemoOfficer>> byDesk = new EnumMap<>(Desk.class);
        List<DemoOfficer> reception = new ArrayList<>();
        List<DemoOfficer> specialists = new ArrayList<>();
        List<DemoOfficer> leaders = new ArrayList<>();
        for (DemoOfficer o : mine) {
            switch (o.duty()) {
                case RECEPTION -> reception.add(o);
                case LEADER -> leaders.add(o);
                case SPECIALIST -> {
                    specialists.add(o);
                    if (o.desk() != Desk.NONE) {
                        byDesk.computeIfAbsent(o.desk(), d -> new ArrayList<>()).add(o);
                    }
                }
            }
        }
        // a unit without its own desk staff (an agency) is served by specialists at the desk
        List<DemoOfficer> desk = reception.isEmpty() ? specialists : reception;
        Map<Desk, DemoOfficer[]> specialistsByDesk = new EnumMap<>(Desk.class);
        byDesk.forEach((d, list) -> specialistsByDesk.put(d, list.toArray(DemoOfficer[]::new)));
        return new Staff(desk.toArray(DemoOfficer[]::new), specialistsByDesk,
                (specialists.isEmpty() ? desk : specialists).toArray(DemoOfficer[]::new),
                (leaders.isEmpty() ? specialists : leaders).toArray(DemoOfficer[]::new));
    }

    private static List<Post> postsOf(DemoUnit unit) {
        if (unit.level() == UnitLevel.AGENCY) {
            if (SERVICE_CENTRE_CODE.equals(unit.code())) {
                return List.of(
                        new Post("Công chức tiếp nhận và trả kết quả", Duty.RECEPTION, Desk.NONE, 8),
                        new Post("Phó Giám đốc Trung tâm", Duty.LEADER, Desk.NONE, 1));
            }
            String leader = switch (unit.kindLabel()) {
                case "Sở" -> "Phó Giám đốc Sở";
                case "Văn phòng" -> "Phó Chánh Văn phòng";
                case "Thanh tra" -> "Phó Chánh Thanh tra tỉnh";
                default -> "Phó Giám đốc";
            };
            return List.of(
                    new Post("Chuyên viên", Duty.SPECIALIST, Desk.NONE, 3),
                    new Post("Chuyên viên chính", Duty.SPECIALIST, Desk.NONE, 1),
                    new Post("Trưởng phòng", Duty.SPECIALIST, Desk.NONE, 1),
                    new Post(leader, Duty.LEADER, Desk.NONE, 2));
        }
        if (unit.level() == UnitLevel.DISTRICT) {
            String kind = unit.kindLabel().toLowerCase(Locale.ROOT);
            return List.of(
                    new Post("Công chức Bộ phận Tiếp nhận và Trả kết quả", Duty.RECEPTION, Desk.NONE, 3),
                    new Post("Chuyên viên Phòng Tư pháp", Duty.SPECIALIST, Desk.JUSTICE, 2),
                    new Post("Chuyên viên Phòng Tài nguyên và Môi trường", Duty.SPECIALIST, Desk.LAND, 2),
                    new Post("Chuyên viên Phòng Kinh tế và Hạ tầng", Duty.SPECIALIST, Desk.LAND, 1),
                    new Post("Chuyên viên Phòng Lao động – Thương binh và Xã hội", Duty.SPECIALIST, Desk.SOCIAL, 2),
                    new Post("Chuyên viên Phòng Văn hóa và Thông tin", Duty.SPECIALIST, Desk.SOCIAL, 1),
                    new Post("Chuyên viên Phòng Tài chính – Kế hoạch", Duty.SPECIALIST, Desk.ECONOMY, 2),
                    new Post("Phó Chủ tịch UBND " + kind, Duty.LEADER, Desk.NONE, 2));
        }
        if (unit.level() == UnitLevel.COMMUNE && unit.isFormer()) {
            return List.of(
                    new Post("Công chức Văn phòng – Thống kê (Bộ phận Một cửa)", Duty.RECEPTION, Desk.NONE, 2),
                    new Post("Công chức Tư pháp – Hộ tịch", Duty.SPECIALIST, Desk.JUSTICE, 2),
                    new Post("Công chức Địa chính – Xây dựng", Duty.SPECIALIST, Desk.LAND, 1),
                    new Post("Công chức Văn hóa – Xã hội", Duty.SPECIALIST, Desk.SOCIAL, 1),
                    new Post("Công chức Tài chính – Kế toán", Duty.SPECIALIST, Desk.ECONOMY, 1),
                    new Post("Chủ tịch UBND", Duty.LEADER, Desk.NONE, 1),
                    new Post("Phó Chủ tịch UBND", Duty.LEADER, Desk.NONE, 1));
        }
        if (unit.level() == UnitLevel.COMMUNE) {
            String economy = "Phường".equals(unit.kindLabel())
                    ? "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị" : "Chuyên viên Phòng Kinh tế";
            return List.of(
                    new Post("Công chức Trung tâm Phục vụ hành chính công", Duty.RECEPTION, Desk.NONE, 3),
                    new Post("Công chức Tư pháp – Hộ tịch", Duty.SPECIALIST, Desk.JUSTICE, 2),
                    new Post("Công chức Địa chính – Xây dựng", Duty.SPECIALIST, Desk.LAND, 2),
                    new Post("Chuyên viên Phòng Văn hóa – Xã hội", Duty.SPECIALIST, Desk.SOCIAL, 2),
                    new Post(economy, Duty.SPECIALIST, Desk.ECONOMY, 2),
                    new Post("Chủ tịch UBND", Duty.LEADER, Desk.NONE, 1),
                    new Post("Phó Chủ tịch UBND", Duty.LEADER, Desk.NONE, 2));
        }
        return List.of();
    }

    static Desk deskOf(String fieldCode) {
        return switch (fieldCode) {
            case "HO_TICH", "CHUNG_THUC", "LY_LICH_TU_PHAP" -> Desk.JUSTICE;
            case "DAT_DAI", "XAY_DUNG", "MOI_TRUONG", "NONG_NGHIEP" -> Desk.LAND;
            case "HO_KINH_DOANH", "DOANH_NGHIEP", "CONG_THUONG", "DUONG_BO", "TAI_CHINH" -> Desk.ECONOMY;
            default -> Desk.SOCIAL;
        };
    }
}
