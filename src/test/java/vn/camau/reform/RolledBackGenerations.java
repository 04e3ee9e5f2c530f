package vn.camau.reform;

import static vn.camau.reform.jooq.Tables.CHANGE_VERSION;

import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * After a test's transaction rolls back, moves the change counters past every value the test saw. The
 * node keeps closed periods' figures in memory under the generation it read with them
 * (dashboard.ClosedPeriodFigures) and only forgets them for a newer one: figures computed inside a
 * rolled-back transaction (the test's dossiers, the test units) would otherwise be served again once
 * the committed counter reaches the same number. Registered in META-INF/spring.factories; runs twice
 * around Spring's TransactionalTestExecutionListener (order 4000): once inside the transaction to read
 * the counters, once after the rollback to write them.
 */
public final class RolledBackGenerations {

    private static final String SEEN = RolledBackGenerations.class.getName() + ".seen";

    private RolledBackGenerations() {
    }

    /** Reads the counters as the test's transaction sees them, before it rolls back. */
    public static final class Read implements TestExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return 4100; // after-methods run in reverse order: this one before the rollback
        }

        @Override
        public void afterTestMethod(TestContext context) {
            if (TestTransaction.isActive() && TestTransaction.isFlaggedForRollback()) {
                DSLContext dsl = context.getApplicationContext().getBean(DSLContext.class);
                context.setAttribute(SEEN, dsl.select(CHANGE_VERSION.NAME, CHANGE_VERSION.VERSION)
                        .from(CHANGE_VERSION).fetchMap(CHANGE_VERSION.NAME, CHANGE_VERSION.VERSION));
            }
        }
    }

    /** Commits each counter one past the larger of the committed value and the one the test saw. */
    public static final class Raise implements TestExecutionListener, Ordered {

        @Override
        public int getOrder() {
            return 3900; // after the rollback
        }

        @Override
        @SuppressWarnings("unchecked")
        public void afterTestMethod(TestContext context) {
            Map<String, Long> seen = (Map<String, Long>) context.removeAttribute(SEEN);
            if (seen == null) {
                return;
            }
            DSLContext dsl = context.getApplicationContext().getBean(DSLContext.class);
            // inserted when missing: a counter the rolled-back test created starts again at one otherwise
            seen.forEach((name, version) -> dsl.insertInto(CHANGE_VERSION)
                    .set(CHANGE_VERSION.NAME, name).set(CHANGE_VERSION.VERSION, version + 1)
                    .onDuplicateKeyUpdate()
                    .set(CHANGE_VERSION.VERSION, DSL.greatest(CHANGE_VERSION.VERSION, DSL.val(version)).plus(1))
                    .execute());
        }
    }
}
