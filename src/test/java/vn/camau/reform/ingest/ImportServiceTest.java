package vn.camau.reform.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.APP_USER_ROLE;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.LimitUnit;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.repository.UserRepository;

/**
 * File imports through the service the screen uses, against the real database: a valid file creates
 * and updates rows and a second import changes nothing; every kind of malformed input is named in
 * the preview, and a file with any error writes nothing.
 */
@AppTest
class ImportServiceTest {

    static final String PREFIX = "TEST-IMP-";
    static final List<String> PROCEDURE_HEADER = List.of("Mã thủ tục", "Tên thủ tục", "Mã lĩnh vực",
            "Cấp thực hiện", "Thời hạn theo quy định", "Thời hạn rút ngắn", "Đơn vị thời gian", "Lệ phí (đồng)",
            "Trực tuyến toàn trình", "Giải quyết trong ngày", "Đang áp dụng");
    static final List<String> OFFICER_HEADER = List.of("Mã cán bộ", "Họ và tên", "Mã đơn vị", "Chức vụ",
            "Bộ phận một cửa", "Đang công tác", "Mã cán bộ quản lý");

    @Autowired
    ImportService imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserRepository userRepository;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        testDossiers.reset();
    }

    // explicit cleanup: an import logs its run in a transaction of its own (REQUIRES_NEW) and writes its batches READ COMMITTED
    @AfterEach
    void cleanUp() {
        TestLogins.logout();
        cleanUp(dsl, testDossiers);
        var testUsers = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.startsWith("test.imp."));
        dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.USER_ID.in(testUsers)).execute();
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.in(testUsers)).execute();
        dsl.deleteFrom(APP_USER).where(APP_USER.USERNAME.startsWith("test.imp.")).execute();
    }

    /** Removes what the import tests create: their dossiers, officers, procedures and history lines. */
    static void cleanUp(DSLContext dsl, TestDossiers testDossiers) {
        testDossiers.reset();
        dsl.deleteFrom(DOSSIER).where(DOSSIER.CODE.startsWith(PREFIX)).execute();
        dsl.update(OFFICER).setNull(OFFICER.MANAGER_OFFICER_ID).where(OFFICER.CODE.startsWith(PREFIX)).execute();
        dsl.deleteFrom(OFFICER).where(OFFICER.CODE.startsWith(PREFIX)).execute();
        dsl.deleteFrom(CATALOG_PROCEDURE).where(CATALOG_PROCEDURE.CODE.startsWith(PREFIX)).execute();
        dsl.deleteFrom(IMPORT_RUN).where(IMPORT_RUN.FILE_NAME.startsWith("test-imp")).execute();
        testDossiers.removeAll();
    }

    private <T> T as(String username, Supplier<T> action) {
        TestLogins.loginAs(users, username);
        try {
            return action.get();
        } finally {
            TestLogins.logout();
        }
    }

    private ImportPreview validate(String user, ImportKind kind, Path file) {
        return as(user, () -> imports.validate(kind, file, file.getFileName().toString(), ImportProgress.NONE));
    }

    private ImportOutcome importFile(String user, ImportKind kind, Path file) {
        return as(user, () -> imports.importFile(kind, file, file.getFileName().toString(), ImportProgress.NONE));
    }

    static List<String> procedure(String code, String name, String statutory, String reduced) {
        return List.of(PREFIX + code, name, "HO_TICH", "Xã", statutory, reduced, "Ngày làm việc", "1.000.000",
                "có", "không", "có");
    }

    private static List<List<String>> rows(List<String> header, List<List<String>> data) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(data);
        return all;
    }

    private static List<String> messages(ImportPreview preview) {
        return preview.rowErrors().stream().map(e -> e.index() + " " + e.field() + " " + e.messageKey() + " "
                + e.args()).toList();
    }

    @Test
    void aValidProcedureFileCreatesThenUpdatesAndASecondImportChangesNothing() throws IOException {
        Path file = ImportFiles.csv(dir, "test-imp-procedures.csv", rows(PROCEDURE_HEADER, List.of(
                procedure("A", "Đăng ký thử A", "5", "3"),
                procedure("B", "Đăng ký thử B", "10", ""))));

        ImportPreview preview = validate("admin", ImportKind.PROCEDURES, file);
        assertThat(preview.valid()).as(messages(preview).toString()).isTrue();
        assertThat(preview.planned()).isEqualTo(new ImportCounts(2, 0, 0));
        assertThat(dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.startsWith(PREFIX))).isZero();

        ImportOutcome first = importFile("admin", ImportKind.PROCEDURES, file);
        assertThat(first.result()).isEqualTo(ImportResult.SUCCEEDED);
        assertThat(first.counts()).isEqualTo(new ImportCounts(2, 0, 0));
        var a = dsl.selectFrom(CATALOG_PROCEDURE).where(CATALOG_PROCEDURE.CODE.eq(PREFIX + "A")).fetchSingle();
        assertThat(a.getSearchName()).isEqualTo("dang ky thu a");
        assertThat(a.getResolvingLevel()).isEqualTo("COMMUNE");
        assertThat(a.getReducedLimit()).isEqualTo(3);
        assertThat(a.getFee()).isEqualTo(1_000_000L);
        assertThat(a.getFullyOnline()).isTrue();
        assertThat(a.getSameDay()).isFalse();

        ImportOutcome again = importFile("admin", ImportKind.PROCEDURES, file);
        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 0, 2));

        Path changed = ImportFiles.csv(dir, "test-imp-procedures-2.csv", rows(PROCEDURE_HEADER, List.of(
                procedure("A", "Đăng ký thử A", "5", "4"),
                procedure("B", "Đăng ký thử B", "10", ""),
                procedure("C", "Đăng ký thử C", "1", ""))));
        assertThat(validate("admin", ImportKind.PROCEDURES, changed).planned()).isEqualTo(new ImportCounts(1, 1, 1));
        assertThat(importFile("admin", ImportKind.PROCEDURES, changed).counts()).isEqualTo(new ImportCounts(1, 1, 1));
        assertThat(dsl.select(CATALOG_PROCEDURE.REDUCED_LIMIT).from(CATALOG_PROCEDURE)
                .where(CATALOG_PROCEDURE.CODE.eq(PREFIX + "A")).fetchSingle().value1()).isEqualTo(4);

        var history = dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.FILE_NAME.eq("test-imp-procedures.csv"))
                .orderBy(IMPORT_RUN.ID).fetch();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getResult()).isEqualTo(ImportResult.SUCCEEDED);
        assertThat(history.get(0).getSource()).isEqualTo(ImportSource.FILE);
        assertThat(history.get(0).getUsername()).isEqualTo("admin");
        assertThat(history.get(1).getUnchangedCount()).isEqualTo(2);
        assertThat(as("admin", () -> imports.history(0, 50)).stream().map(ImportRun::fileName))
                .contains("test-imp-procedures.csv");
    }

    /** Issue 18: the template's example and the refusal named ONLINE and SATISFIED, not the words people write. */
    @Test
    void theDossierTemplateAndItsErrorsSpeakVietnamese() throws IOException {
        TestLogins.loginAs(users, "admin");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        imports.writeTemplate(ImportKind.DOSSIERS, ImportFormat.CSV, out);
        String template = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(template).contains("Trực tuyến", "Hài lòng").doesNotContain("ONLINE", "SATISFIED");
        assertThat(Enums.accepted(vn.camau.reform.dossier.Channel.class))
                .isEqualTo("Trực tiếp, Trực tuyến, Bưu chính (IN_PERSON, ONLINE, POSTAL)");
        assertThat(Enums.accepted(vn.camau.reform.dossier.Rating.class))
                .startsWith("Rất hài lòng, Hài lòng, Không hài lòng (");
    }

    @Test
    void malformedValuesAreNamedByRowAndColumnAndNothingIsWritten() throws IOException {
        List<List<String>> data = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            data.add(procedure("OK" + i, "Thủ tục tốt " + i, "5", ""));
        }
        data.add(procedure("BAD1", "Sai kiểu", "năm", ""));                      // row 52
        data.add(List.of(PREFIX + "BAD2", "Lĩnh vực lạ", "KHONG_CO", "Xã", "5", "", "", "", "", "", ""));
        data.add(List.of(PREFIX + "BAD3", "Cấp lạ", "HO_TICH", "Thôn", "5", "", "", "", "", "", ""));
        data.add(procedure("BAD4", "Rút ngắn dài hơn", "5", "7"));
        data.add(procedure("OK3", "Trùng mã", "5", ""));                          // row 56 repeats row 5
        data.add(List.of(PREFIX + "BAD5", "Cờ lạ", "HO_TICH", "Tỉnh", "5", "", "", "", "có lẽ", "", ""));
        Path file = ImportFiles.csv(dir, "test-imp-bad.csv", rows(PROCEDURE_HEADER, data));

        ImportPreview preview = validate("admin", ImportKind.PROCEDURES, file);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.rows()).isEqualTo(56);
        assertThat(messages(preview)).containsExactlyInAnyOrder(
                "52 statutoryLimit intake.error.notWholeNumber [năm]",
                "53 fieldCode intake.error.unknownCode [KHONG_CO]",
                "54 resolvingLevel intake.error.notOneOf [Thôn, Tỉnh, Huyện, Xã (PROVINCE, DISTRICT, COMMUNE)]",
                "55 reducedLimit import.error.reducedAboveStatutory [7, 5]",
                "56 code intake.error.duplicateCode [" + PREFIX + "OK3, 5]",
                "57 fullyOnline intake.error.notBoolean [có lẽ]");

        ImportOutcome outcome = importFile("admin", ImportKind.PROCEDURES, file);
        assertThat(outcome.result()).isEqualTo(ImportResult.REFUSED);
        assertThat(dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.startsWith(PREFIX))).isZero();
        var run = dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(outcome.runId())).fetchSingle();
        assertThat(run.getResult()).isEqualTo(ImportResult.REFUSED);
        assertThat(run.getErrorCount()).isPositive();
        assertThat(run.getFinishedAt()).isNotNull();
    }

    @Test
    void fileLevelProblemsAreReportedBeforeAnyRow() throws IOException {
        Path missing = ImportFiles.csv(dir, "test-imp-missing.csv", List.of(
                List.of("Mã thủ tục", "Tên thủ tục", "Cột lạ"), List.of(PREFIX + "X", "Tên", "?")));
        assertThat(validate("admin", ImportKind.PROCEDURES, missing).problems()).extracting(ImportProblem::messageKey)
                .containsExactlyInAnyOrder("import.file.unknownHeader", "import.file.missingHeader",
                        "import.file.missingHeader", "import.file.missingHeader");

        Path empty = dir.resolve("test-imp-empty.csv");
        Files.write(empty, new byte[0]);
        assertThat(validate("admin", ImportKind.PROCEDURES, empty).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.file.empty");

        Path headerOnly = ImportFiles.csv(dir, "test-imp-header.csv", List.of(PROCEDURE_HEADER));
        assertThat(validate("admin", ImportKind.PROCEDURES, headerOnly).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.noRows");

        Path text = dir.resolve("test-imp.txt");
        Files.writeString(text, "a,b");
        assertThat(validate("admin", ImportKind.PROCEDURES, text).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.file.wrongExtension");

        Path fakeXlsx = dir.resolve("test-imp-fake.xlsx");
        Files.writeString(fakeXlsx, String.join(",", PROCEDURE_HEADER));
        assertThat(validate("admin", ImportKind.PROCEDURES, fakeXlsx).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.notXlsx");

        Path zipAsXlsx = dir.resolve("test-imp-zip.xlsx");
        Files.write(zipAsXlsx, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(validate("admin", ImportKind.PROCEDURES, zipAsXlsx).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.notXlsx");

        Path binaryCsv = dir.resolve("test-imp-binary.csv");
        Files.write(binaryCsv, new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        assertThat(validate("admin", ImportKind.PROCEDURES, binaryCsv).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.notCsv");

        Path latin1 = dir.resolve("test-imp-latin1.csv");
        Files.write(latin1, (String.join(",", PROCEDURE_HEADER) + "\nX,Caf\u00e9,HO_TICH,Xa,1,,,,,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(validate("admin", ImportKind.PROCEDURES, latin1).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.notUtf8");
    }

    @Test
    void headersAreAcceptedInAnyOrderCaseAndWithoutDiacriticsAndSemicolonsToo() throws IOException {
        Path file = dir.resolve("test-imp-loose.csv");
        Files.writeString(file, "TEN THU TUC;ma thu tuc;Thoi han theo quy dinh *;CAP THUC HIEN;Ma linh vuc\n"
                + "Thủ tục lỏng;" + PREFIX + "LOOSE;3;province;CHUNG_THUC\n");
        ImportPreview preview = validate("admin", ImportKind.PROCEDURES, file);
        assertThat(preview.valid()).as(preview.problems() + " " + messages(preview)).isTrue();
        importFile("admin", ImportKind.PROCEDURES, file);
        var p = dsl.selectFrom(CATALOG_PROCEDURE).where(CATALOG_PROCEDURE.CODE.eq(PREFIX + "LOOSE")).fetchSingle();
        assertThat(p.getResolvingLevel()).isEqualTo("PROVINCE");
        assertThat(p.getTimeUnit()).isEqualTo(LimitUnit.WORKING_DAY);
        assertThat(p.getActive()).isTrue();
    }

    @Test
    void officersFromAnXlsxWithAManagerBelowThemAndASecondImportChangesNothing() throws IOException {
        List<List<Object>> rows = List.of(
                new ArrayList<>(OFFICER_HEADER),
                List.of(PREFIX + "O1", "Nguyễn Văn Một", "96.TEST", "Chuyên viên", "có", "có", PREFIX + "O2"),
                List.of(PREFIX + "O2", "Trần Thị Hai", 32002, "Trưởng phòng", "không", "TRUE", ""));
        Path file = ImportFiles.xlsx(dir, "test-imp-officers.xlsx", rows);

        ImportPreview preview = validate("admin", ImportKind.OFFICERS, file);
        assertThat(preview.valid()).as(preview.problems() + " " + messages(preview)).isTrue();
        assertThat(importFile("admin", ImportKind.OFFICERS, file).counts()).isEqualTo(new ImportCounts(2, 0, 0));

        var one = dsl.selectFrom(OFFICER).where(OFFICER.CODE.eq(PREFIX + "O1")).fetchSingle();
        var two = dsl.selectFrom(OFFICER).where(OFFICER.CODE.eq(PREFIX + "O2")).fetchSingle();
        assertThat(one.getManagerOfficerId()).isEqualTo(two.getId());
        assertThat(one.getOneStopDesk()).isTrue();
        assertThat(one.getSearchName()).isEqualTo("nguyen van mot");
        assertThat(two.getManagerOfficerId()).isNull();
        assertThat(dsl.fetchValue("select code from admin_unit where id = ?", two.getUnitId())).isEqualTo("32002");

        assertThat(importFile("admin", ImportKind.OFFICERS, file).counts()).isEqualTo(new ImportCounts(0, 0, 2));
    }

    @Test
    void officerErrorsUnknownUnitUnknownManagerOwnManagerAndDuplicates() throws IOException {
        Path file = ImportFiles.csv(dir, "test-imp-officers-bad.csv", rows(OFFICER_HEADER, List.of(
                List.of(PREFIX + "E1", "Cán bộ một", "99999", "Chuyên viên", "", "", ""),
                List.of(PREFIX + "E2", "Cán bộ hai", "96.TEST.CU", "Chuyên viên", "", "", ""),
                List.of(PREFIX + "E3", "Cán bộ ba", "96.TEST", "Chuyên viên", "", "", PREFIX + "NOBODY"),
                List.of(PREFIX + "E4", "Cán bộ bốn", "96.TEST", "Chuyên viên", "", "", PREFIX + "E4"),
                List.of(PREFIX + "E1", "Cán bộ một lần hai", "96.TEST", "", "", "", ""))));
        ImportPreview preview = validate("admin", ImportKind.OFFICERS, file);
        assertThat(messages(preview)).containsExactlyInAnyOrder(
                "2 unitCode import.error.unknownCurrentUnit [99999]",
                "3 unitCode import.error.unknownCurrentUnit [96.TEST.CU]",
                "4 managerCode intake.error.unknownOfficer [" + PREFIX + "NOBODY]",
                "5 managerCode import.error.ownManager []",
                "6 code intake.error.duplicateCode [" + PREFIX + "E1, 2]",
                "6 position intake.error.required []");
    }

    @Test
    void aUnitAdministratorCannotTouchAnotherUnitsOfficersNorTheProvinceCatalogue() throws IOException {
        long anXuyen = dsl.select(org.jooq.impl.DSL.field("id", Long.class)).from("admin_unit")
                .where("code = '32002' and valid_to is null").fetchSingle().value1();
        userRepository.insert("test.imp.admin", "{noop}x", "Quản trị phường", anXuyen, Set.of(Role.ADMIN));
        importFile("admin", ImportKind.OFFICERS, ImportFiles.csv(dir, "test-imp-seed.csv", rows(OFFICER_HEADER,
                List.of(List.of(PREFIX + "S1", "Cán bộ sở", "96.TEST", "Chuyên viên", "", "", "")))));

        Path file = ImportFiles.csv(dir, "test-imp-scope.csv", rows(OFFICER_HEADER, List.of(
                List.of(PREFIX + "S1", "Cán bộ sở đổi tên", "32002", "Chuyên viên", "", "", ""),
                List.of(PREFIX + "S2", "Cán bộ mới", "96.TEST", "Chuyên viên", "", "", ""),
                List.of(PREFIX + "S3", "Cán bộ phường", "32002", "Chuyên viên", "", "", ""))));
        ImportPreview preview = validate("test.imp.admin", ImportKind.OFFICERS, file);
        assertThat(messages(preview)).containsExactlyInAnyOrder(
                "2 code import.error.officerOutOfScope [" + PREFIX + "S1]",
                "3 unitCode intake.error.unitOutOfScope [96.TEST]");
        assertThat(importFile("test.imp.admin", ImportKind.OFFICERS, file).result()).isEqualTo(ImportResult.REFUSED);
        assertThat(dsl.fetchValue("select full_name from officer where code = ?", PREFIX + "S1"))
                .isEqualTo("Cán bộ sở");
        assertThat(dsl.fetchCount(OFFICER, OFFICER.CODE.in(PREFIX + "S2", PREFIX + "S3"))).isZero();

        Path procedures = ImportFiles.csv(dir, "test-imp-p.csv", rows(PROCEDURE_HEADER,
                List.of(procedure("P", "Thủ tục", "5", ""))));
        assertThat(validate("test.imp.admin", ImportKind.PROCEDURES, procedures).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.file.provinceOnly");
    }

    @Test
    void onlyAdministratorsMayImport() throws IOException {
        Path file = ImportFiles.csv(dir, "test-imp-denied.csv", rows(PROCEDURE_HEADER,
                List.of(procedure("D", "Thủ tục", "5", ""))));
        for (String user : List.of("lanhdao.tinh", "nhansu", "motcua.anxuyen")) {
            assertThatThrownBy(() -> validate(user, ImportKind.PROCEDURES, file)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> importFile(user, ImportKind.PROCEDURES, file)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(dsl.fetchCount(CATALOG_PROCEDURE, CATALOG_PROCEDURE.CODE.startsWith(PREFIX))).isZero();
    }

    static final List<String> DOSSIER_HEADER = List.of("Mã hồ sơ", "Mã thủ tục", "Mã đơn vị tiếp nhận",
            "Mã đơn vị giải quyết", "Hình thức nộp", "Trạng thái", "Thời điểm tiếp nhận", "Ngày hẹn trả",
            "Người nộp", "Thời điểm cập nhật", "Thời điểm giải quyết xong", "Có phí, lệ phí");

    static List<String> dossier(String code, String state, String received, String appointment, String resolved) {
        return List.of(PREFIX + code, "9.999999", "96.TEST", "96.TEST", "ONLINE", state, received, appointment,
                "Nguyễn Văn Thử", received, resolved, "có");
    }

    @Test
    void dossiersAreImportedThroughTheIntakeRulesAndASecondImportChangesNothing() throws IOException {
        Path file = ImportFiles.csv(dir, "test-imp-dossiers.csv", rows(DOSSIER_HEADER, List.of(
                dossier("D1", "4", "02/03/2026 08:00", "06/03/2026", ""),
                dossier("D2", "9", "2026-03-02 08:30", "2026-03-06", "05/03/2026 16:00"))));
        ImportPreview preview = validate("admin", ImportKind.DOSSIERS, file);
        assertThat(preview.valid()).as(preview.problems() + " " + messages(preview)).isTrue();
        assertThat(preview.planned().created()).isEqualTo(2);

        assertThat(importFile("admin", ImportKind.DOSSIERS, file).counts()).isEqualTo(new ImportCounts(2, 0, 0));
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith(PREFIX))).isEqualTo(2);
        assertThat(importFile("admin", ImportKind.DOSSIERS, file).counts()).isEqualTo(new ImportCounts(0, 0, 2));
    }

    @Test
    void aFileIsHeldToTheSameBoundsAndCharactersAsTheApi() throws IOException {
        List<String> reversed = new ArrayList<>(dossier("H2", "4", "02/03/2026 08:00", "06/03/2026", ""));
        reversed.set(8, "\u202eửhT năV nễyugN");
        List<String> escape = new ArrayList<>(dossier("H3", "4", "02/03/2026 08:00", "06/03/2026", ""));
        escape.set(0, PREFIX + "H\u001b3");
        Path file = ImportFiles.csv(dir, "test-imp-hostile.csv", rows(DOSSIER_HEADER, List.of(
                dossier("H1", "4", "01/01/0001 00:00", "06/03/2026", ""),
                reversed, escape,
                dossier("H4", "4", "02/03/2026 08:00", "31/12/9999", ""))));
        ImportPreview preview = validate("admin", ImportKind.DOSSIERS, file);
        assertThat(preview.valid()).isFalse();
        assertThat(preview.rowErrors()).extracting(e -> e.index() + " " + e.field() + " " + e.messageKey())
                .containsExactlyInAnyOrder("2 receivedAt intake.error.beforeReports",
                        "3 applicantName intake.error.badCharacter", "4 code intake.error.badCharacter",
                        "5 appointmentDate intake.error.tooFarAfterReceipt");
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith(PREFIX))).isZero();
    }

    @Test
    void dossiersFromAnXlsxWithRealDateAndNumberCells() throws IOException {
        java.time.LocalDateTime received = java.time.LocalDateTime.of(2026, 3, 2, 8, 0);
        List<List<Object>> rows = List.of(new ArrayList<>(DOSSIER_HEADER),
                List.of(PREFIX + "X1", "9.999999", "96.TEST", "96.TEST", "ONLINE", 9, received,
                        java.time.LocalDate.of(2026, 3, 6), "Nguyễn Văn Thử", received.plusDays(3),
                        received.plusDays(3), "TRUE"));
        Path file = ImportFiles.xlsx(dir, "test-imp-dossiers.xlsx", rows);
        ImportPreview preview = validate("admin", ImportKind.DOSSIERS, file);
        assertThat(preview.valid()).as(preview.problems() + " " + messages(preview)).isTrue();
        assertThat(importFile("admin", ImportKind.DOSSIERS, file).counts()).isEqualTo(new ImportCounts(1, 0, 0));
        var d = dsl.selectFrom(DOSSIER).where(DOSSIER.CODE.eq(PREFIX + "X1")).fetchSingle();
        assertThat(d.getReceivedAt()).isEqualTo(received);
        assertThat(d.getAppointmentDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 6));
        assertThat(d.getState()).isEqualTo(DossierState.RESOLVED);
    }

    @Test
    void dossierDatesInAnotherFormatUnknownCodesAndDuplicatesAreRowErrors() throws IOException {
        List<String> unknownProcedure = new ArrayList<>(dossier("D3", "4", "02/03/2026 08:00", "06/03/2026", ""));
        unknownProcedure.set(1, "0.000000");
        Path file = ImportFiles.csv(dir, "test-imp-dossiers-bad.csv", rows(DOSSIER_HEADER, List.of(
                dossier("D1", "4", "2026/25/11 08:00", "06/03/2026", ""),
                dossier("D2", "4", "02/03/2026 08:00", "2026/25/11", ""),
                unknownProcedure,
                dossier("D1", "4", "02/03/2026 08:00", "06/03/2026", ""))));
        ImportPreview preview = validate("admin", ImportKind.DOSSIERS, file);
        assertThat(preview.rowErrors()).extracting(e -> e.index() + " " + e.field() + " " + e.messageKey())
                .contains("2 receivedAt intake.error.notDateTimeText", "3 appointmentDate intake.error.notDateText",
                        "4 procedureCode intake.error.unknownCode", "5 code intake.error.duplicateCode");
        assertThat(importFile("admin", ImportKind.DOSSIERS, file).result()).isEqualTo(ImportResult.REFUSED);
        assertThat(dsl.fetchCount(DOSSIER, DOSSIER.CODE.startsWith(PREFIX))).isZero();
    }
}
