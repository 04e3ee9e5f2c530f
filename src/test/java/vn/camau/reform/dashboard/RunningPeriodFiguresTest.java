package vn.camau.reform.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;

import java.time.LocalDate;
import java.time.YearMonth;

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
import vn.camau.reform.dossier.StatCounter;

/**
 * Issue 18, item 7: a running period's figures (and the trend and fields beside them) are kept between two
 * writes, and any committed write of a table they read makes the next request compute them again, with
 * what was written. Not in a test transaction: what is kept comes only from read-only transactions, so the
 * writes here commit, and each is undone by its opposite.
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
    }

    @Test
    void aCommittedWriteOfACounterIsShownOnTheNextRequest() {
        long before = received(overview());
        long version = versions.running().figures();
        try {
            // every counter row of the commune this year, one more received: whichever grain the sums read
            int rows = addReceived(1);
            assertThat(rows).isPositive();
            assertThat(versions.running().figures()).as("raised by the write itself").isGreaterThan(version);
            OverviewFigures after = overview();
            assertThat(received(after)).isGreaterThan(before);
            assertThat(after).isEqualTo(recounted());
        } finally {
            addReceived(-1);
        }
        assertThat(received(overview())).as("undone, and shown so").isEqualTo(before);
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
