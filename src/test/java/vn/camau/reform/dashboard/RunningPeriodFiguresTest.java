package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.TestDossiers;

/**
 * Issue 18, item 7: a running period's figures (and the trend and fields beside them) are kept between two
 * writes, and any committed write of a table they read makes the next request compute them again, with
 * what was written. Not in a test transaction: what is kept comes only from read-only transactions, so the
 * writes here commit, and each is undone: the test dossier removed, a counter change reversed.
 */
@AppTest
class RunningPeriodFiguresTest {

    /** Phường An Xuyên: the demo's commune with most of its data. */
    private static final long AN_XUYEN = 100;
    private static final long PROVINCE = 1;

    @Autowired
    IndicatorService indicators;
    @Autowired
    RunningPeriodFigures kept;
    @Autowired
    ClosedFigures versions;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;

    Period year;

    @BeforeEach
    void signIn() {
        TestLogins.loginAs(users, "admin");
        LocalDate today = indicators.today();
        year = Period.custom(today.withDayOfYear(1), today);
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private OverviewFigures overview() {
        YearMonth month = YearMonth.from(indicators.today());
        return indicators.overview(PROVINCE, year, UnitStructure.CURRENT, month.minusMonths(11), month);
    }

    /** The same figures computed afresh: in a read-write transaction nothing is kept or taken. */
    private OverviewFigures recounted() {
        return new TransactionTemplate(transactions).execute(s -> overview());
    }

    private long received(OverviewFigures figures) {
        return figures.breakdown().total().get(StatCounter.RECEIVED);
    }

    @Test
    void betweenTwoWritesTheOverviewIsComputedOnceAndEqualsARecount() {
        OverviewFigures first = overview();
        long hits = kept.hits();
        long misses = kept.misses();
        OverviewFigures second = overview();
        assertThat(kept.misses()).as("nothing computed again").isEqualTo(misses);
        assertThat(kept.hits()).as("the figures, the trend and the fields from the store").isEqualTo(hits + 3);
        assertThat(second).isEqualTo(first).isEqualTo(recounted());
        assertThat(received(second)).as("the demo's dossiers are in the running year").isPositive();

        List<ProcedureRow> procedures = indicators.byProcedure(AN_XUYEN, year, UnitStructure.CURRENT);
        hits = kept.hits();
        assertThat(indicators.byProcedure(AN_XUYEN, year, UnitStructure.CURRENT)).isEqualTo(procedures)
                .isEqualTo(new TransactionTemplate(transactions)
                        .execute(s -> indicators.byProcedure(AN_XUYEN, year, UnitStructure.CURRENT)));
        assertThat(kept.hits()).as("a commune's procedures from the store").isEqualTo(hits + 1);
    }

    @Test
    void aDossierOfTodayIsCountedOnTheNextRequest() {
        testDossiers.reset();
        try {
            long before = received(overview());
            long beforeByProcedure = receivedByProcedure();
            long version = versions.running().figures();
            LocalDate today = indicators.today();
            writer.save(TestDossiers.dossier("T-RUNNING", TestDossiers.AGENCY, today, today.plusDays(14), null,
                    DossierState.PROCESSING, Channel.ONLINE, 0));
            assertThat(versions.running().figures()).as("raised by the write itself").isGreaterThan(version);
            OverviewFigures after = overview();
            assertThat(received(after)).isEqualTo(before + 1);
            assertThat(after).isEqualTo(recounted());
            assertThat(receivedByProcedure()).isEqualTo(beforeByProcedure + 1);
        } finally {
            testDossiers.removeAll();
        }
    }

    /** The test agency's procedures this year, received. */
    private long receivedByProcedure() {
        return indicators.byProcedure(TestDossiers.AGENCY, year, UnitStructure.CURRENT).stream()
                .mapToLong(r -> r.totals().get(StatCounter.RECEIVED)).sum();
    }

    private int addReceived(int n) {
        return dsl.update(DOSSIER_STAT).set(DOSSIER_STAT.RECEIVED, DOSSIER_STAT.RECEIVED.plus(n))
                .where(DOSSIER_STAT.UNIT_ID.eq(AN_XUYEN)).and(DOSSIER_STAT.PERIOD_START.ge(year.from()))
                .execute();
    }

    @Test
    void aWriteInATransactionRaisesOnceAtItsCommitAndARollbackNotAtAll() {
        long version = versions.running().figures();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            addReceived(1);
            addReceived(-1);
            assertThat(versions.running().figures()).as("not before the commit").isEqualTo(version);
        });
        assertThat(versions.running().figures()).isEqualTo(version + 1);

        tx.executeWithoutResult(s -> {
            addReceived(1);
            s.setRollbackOnly();
        });
        assertThat(versions.running().figures()).as("rolled back: nothing changed").isEqualTo(version + 1);
    }

    @Test
    void aWriteOfATableNoFigureReadsKeepsWhatIsKept() {
        overview();
        long version = versions.running().figures();
        long hits = kept.hits();
        dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ID, AUDIT_ENTRY.ID).where(AUDIT_ENTRY.ID.lt(0L)).execute();
        assertThat(versions.running().figures()).isEqualTo(version);
        overview();
        assertThat(kept.hits()).isEqualTo(hits + 3);
    }

    @Test
    void aReadInsideAWritingTransactionIsNeitherKeptNorTaken() {
        OverviewFigures before = overview();
        long hits = kept.hits();
        long misses = kept.misses();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            addReceived(1);
            assertThat(received(overview())).as("its own write").isGreaterThan(received(before));
            s.setRollbackOnly();
        });
        assertThat(kept.hits()).isEqualTo(hits);
        assertThat(kept.misses()).isEqualTo(misses);
        assertThat(overview()).as("the rolled-back write left nothing behind").isEqualTo(before);
    }
}
