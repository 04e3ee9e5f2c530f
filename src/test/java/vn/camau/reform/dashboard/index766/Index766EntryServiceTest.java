package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;
import static vn.camau.reform.jooq.Tables.INDEX766_MANUAL_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.security.audit.AuditAction;

/**
 * Figures entered by hand for the sub-indicators this system cannot compute: who may, what is refused
 * (and that nothing is saved then), and how an entry reaches the score through the one scoring seam.
 */
@AppTest
@Transactional // each test rolls back its entries and audit rows
class Index766EntryServiceTest {

    static final long PROVINCE = 1;
    static final Period MARCH_2025 = Period.month(YearMonth.of(2025, 3));

    @Autowired
    Index766EntryService entries;
    @Autowired
    Index766Service index;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    Today today;

    @BeforeEach
    void login() {
        TestLogins.loginAs(users, "admin");
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    private static IndexEntryForm percent(String code, String percent) {
        return IndexEntryForm.percent(PROVINCE, MARCH_2025, code, new BigDecimal(percent), "Báo cáo Cổng DVCQG tháng 3/2025");
    }

    private int rows() {
        return dsl.fetchCount(INDEX766_MANUAL_ENTRY);
    }

    private void refused(String key, Supplier<IndexEntryForm> form) {
        int before = rows();
        int audited = dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.INDEX_FIGURE_ENTERED));
        assertThatThrownBy(() -> entries.save(form.get())).as(key).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(key);
        assertThat(rows()).as("nothing saved after " + key).isEqualTo(before);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.INDEX_FIGURE_ENTERED)))
                .as("nothing audited after " + key).isEqualTo(audited);
    }

    @Test
    void anEnteredFigureCountsInTheTotalAndTheMaximumAndSaysWhoAndWhy() {
        Indicators figures = indicators.breakdown(PROVINCE, MARCH_2025, UnitStructure.CURRENT).total();
        UnitIndex without = index.score(PROVINCE, MARCH_2025, figures);
        SubIndicatorScore published = indicator(without, "PUBLISHED_ON_TIME");
        assertThat(published.source()).isEqualTo(FigureSource.NOT_COMPUTABLE);
        assertThat(published.scored()).isFalse();

        entries.save(percent("PUBLISHED_ON_TIME", "95.5"));
        entries.save(IndexEntryForm.counts(PROVINCE, MARCH_2025, "SYNCHRONISED", 90L, 100L, "Thống kê đồng bộ của Văn phòng"));

        // the 3-argument seam every screen uses reads the entries itself
        UnitIndex with = index.score(PROVINCE, MARCH_2025, figures);
        SubIndicatorScore entered = indicator(with, "PUBLISHED_ON_TIME");
        assertThat(entered.source()).isEqualTo(FigureSource.ENTERED);
        assertThat(entered.score()).isEqualByComparingTo("5.73"); // 6 × 95.5%
        assertThat(entered.ratioValue()).isEqualTo(0.955);
        assertThat(entered.note()).isEqualTo("Báo cáo Cổng DVCQG tháng 3/2025");
        assertThat(entered.enteredBy()).isEqualTo("admin");
        assertThat(entered.computable()).isFalse();
        SubIndicatorScore synced = indicator(with, "SYNCHRONISED");
        assertThat(synced.score()).isEqualByComparingTo("5.40"); // 6 × 90 ÷ 100
        assertThat(with.total()).isEqualByComparingTo(without.total().add(new BigDecimal("11.13")));
        assertThat(with.max()).isEqualByComparingTo(without.max().add(new BigDecimal("12")));
        assertThat(with.groups().getFirst().max()).isEqualByComparingTo("12");
        // the other sub-indicators are unchanged, and say so
        assertThat(indicator(with, "RESOLVED_ON_TIME").source()).isEqualTo(FigureSource.COMPUTED);
        assertThat(indicator(with, "UPDATED_ON_TIME").source()).isEqualTo(FigureSource.NOT_COMPUTABLE);

        // read once for a ranking: the same result; another unit or period does not get them
        IndexEntries march = index.entriesFor(MARCH_2025);
        assertThat(index.score(PROVINCE, MARCH_2025, figures, march)).isEqualTo(with);
        assertThat(march.forUnit(2)).isEmpty();
        assertThat(index.entriesFor(Period.month(YearMonth.of(2025, 4))).isEmpty()).isTrue();
        assertThat(index.entriesFor(Period.custom(MARCH_2025.from(), MARCH_2025.to())).isEmpty()).isTrue();
        // the focus-unit seam (breakdown read inside) as well
        assertThat(index.score(PROVINCE, MARCH_2025, UnitStructure.CURRENT).total()).isEqualByComparingTo(with.total());
    }

    @Test
    void aSecondEntryReplacesTheFirstAndTheAuditKeepsTheOldFigure() {
        entries.save(percent("PUBLISHED_ON_TIME", "80"));
        entries.save(percent("PUBLISHED_ON_TIME", "100"));
        assertThat(entries.list(MARCH_2025)).singleElement().satisfies(e -> {
            assertThat(e.percent()).isEqualByComparingTo("100");
            assertThat(e.unitName()).isNotBlank();
        });
        var last = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq(AuditAction.INDEX_FIGURE_ENTERED))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne();
        assertThat(last.getBeforeState()).contains("80");
        assertThat(last.getAfterState()).contains("100");

        entries.delete(PROVINCE, MARCH_2025, "PUBLISHED_ON_TIME");
        assertThat(entries.list(MARCH_2025)).isEmpty();
        assertThat(indicator(index.score(PROVINCE, MARCH_2025, UnitStructure.CURRENT), "PUBLISHED_ON_TIME").source())
                .isEqualTo(FigureSource.NOT_COMPUTABLE);
    }

    @Test
    void theEdgesOfARateAreAcceptedAndBeyondThemNothingIsSaved() {
        entries.save(percent("PUBLISHED_ON_TIME", "0"));
        entries.save(percent("UPDATED_ON_TIME", "100"));
        entries.save(IndexEntryForm.counts(PROVINCE, MARCH_2025, "FULL_CONTENT", 0L, 1L, "x"));
        entries.save(IndexEntryForm.counts(PROVINCE, MARCH_2025, "SYNCHRONISED", 7L, 7L, "x"));
        assertThat(entries.list(MARCH_2025)).hasSize(4);

        refused("index766.entry.percent-out-of-range", () -> percent("CERTIFIED_COPIES", "100.01"));
        refused("index766.entry.percent-out-of-range", () -> percent("CERTIFIED_COPIES", "-0.01"));
        refused("index766.entry.percent-decimals", () -> percent("CERTIFIED_COPIES", "50.005"));
        refused("index766.entry.counts-out-of-range",
                () -> IndexEntryForm.counts(PROVINCE, MARCH_2025, "CERTIFIED_COPIES", 5L, 4L, "x"));
        refused("index766.entry.counts-out-of-range",
                () -> IndexEntryForm.counts(PROVINCE, MARCH_2025, "CERTIFIED_COPIES", 0L, 0L, "x"));
        refused("index766.entry.counts-out-of-range",
                () -> IndexEntryForm.counts(PROVINCE, MARCH_2025, "CERTIFIED_COPIES", -1L, 4L, "x"));
        refused("index766.entry.counts-incomplete",
                () -> IndexEntryForm.counts(PROVINCE, MARCH_2025, "CERTIFIED_COPIES", 3L, null, "x"));
        refused("index766.entry.value-required",
                () -> IndexEntryForm.counts(PROVINCE, MARCH_2025, "CERTIFIED_COPIES", null, null, "x"));
        refused("index766.entry.value-twice", () -> new IndexEntryForm(PROVINCE, MARCH_2025, "CERTIFIED_COPIES",
                BigDecimal.TEN, 1L, 10L, "x"));
        refused("index766.entry.note-required", () -> IndexEntryForm.percent(PROVINCE, MARCH_2025,
                "CERTIFIED_COPIES", BigDecimal.TEN, "   "));
        refused("index766.entry.note-too-long", () -> IndexEntryForm.percent(PROVINCE, MARCH_2025,
                "CERTIFIED_COPIES", BigDecimal.TEN, "x".repeat(501)));
        // a replacement that is refused leaves the figure it would have replaced
        refused("index766.entry.percent-out-of-range", () -> percent("PUBLISHED_ON_TIME", "101"));
        assertThat(entries.list(MARCH_2025)).filteredOn(e -> e.indicatorCode().equals("PUBLISHED_ON_TIME"))
                .singleElement().satisfies(e -> assertThat(e.percent()).isEqualByComparingTo("0"));
    }

    @Test
    void onlyANotComputableSubIndicatorOfTheRulesInForceIsEntered() {
        refused("index766.entry.indicator-computable", () -> percent("RESOLVED_ON_TIME", "90"));
        refused("index766.entry.indicator-computable", () -> percent("HOTLINE_ON_TIME", "90"));
        refused("index766.entry.indicator-unknown", () -> percent("NO_SUCH_INDICATOR", "90"));
        refused("index766.entry.indicator-required", () -> percent(" ", "90"));
        assertThat(entries.enterable(MARCH_2025)).extracting(SubIndicatorRule::code)
                .contains("PUBLISHED_ON_TIME", "SYNCHRONISED", "CERTIFIED_COPIES")
                .doesNotContain("RESOLVED_ON_TIME", "PAID_ONLINE", "HOTLINE_ON_TIME");
    }

    @Test
    void thePeriodIsAMonthQuarterOrYearFrom2023UpToNowAndTheUnitInScope() {
        YearMonth now = YearMonth.from(today.date());
        entries.save(IndexEntryForm.percent(PROVINCE, Period.month(YearMonth.of(2023, 1)), "SYNCHRONISED",
                BigDecimal.ONE, "x"));
        entries.save(IndexEntryForm.percent(PROVINCE, Period.month(now), "SYNCHRONISED", BigDecimal.ONE, "x"));
        entries.save(IndexEntryForm.percent(PROVINCE, Period.quarter(2024, 2), "SYNCHRONISED", BigDecimal.ONE, "x"));
        entries.save(IndexEntryForm.percent(PROVINCE, Period.year(2024), "SYNCHRONISED", BigDecimal.ONE, "x"));

        refused("index766.entry.period-too-early", () -> IndexEntryForm.percent(PROVINCE,
                Period.month(YearMonth.of(2022, 12)), "SYNCHRONISED", BigDecimal.ONE, "x"));
        refused("index766.entry.period-in-future", () -> IndexEntryForm.percent(PROVINCE,
                Period.month(now.plusMonths(1)), "SYNCHRONISED", BigDecimal.ONE, "x"));
        refused("index766.entry.period-kind", () -> IndexEntryForm.percent(PROVINCE,
                Period.custom(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)), "SYNCHRONISED", BigDecimal.ONE, "x"));
        refused("index766.entry.period-required", () -> IndexEntryForm.percent(PROVINCE, null, "SYNCHRONISED",
                BigDecimal.ONE, "x"));
        refused("index766.entry.unit-out-of-scope", () -> IndexEntryForm.percent(987_654_321L, MARCH_2025,
                "SYNCHRONISED", BigDecimal.ONE, "x"));
    }

    @Test
    void onlyAnAdministratorEntersFigures() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        int before = rows();
        assertThatThrownBy(() -> entries.save(percent("PUBLISHED_ON_TIME", "90")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entries.list(MARCH_2025)).isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isEqualTo(before);
    }

    private static SubIndicatorScore indicator(UnitIndex idx, String code) {
        return idx.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(s -> s.rule().code().equals(code)).findFirst().orElseThrow();
    }
}
