package vn.camau.reform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The SQL statements jOOQ sends from the thread that opened the log, while it is open: to count what one
 * request or one navigation reads (another thread's job or request is left out). Closing it restores the
 * configuration's listeners as they were.
 */
public final class StatementLog implements AutoCloseable {

    private final DSLContext dsl;
    private final ExecuteListenerProvider[] before;
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    private StatementLog(DSLContext dsl) {
        this.dsl = dsl;
        Thread owner = Thread.currentThread();
        ExecuteListener log = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (Thread.currentThread() == owner) {
                    statements.add(ctx.sql());
                }
            }
        };
        before = dsl.configuration().executeListenerProviders();
        ExecuteListenerProvider[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = new DefaultExecuteListenerProvider(log);
        dsl.configuration().set(with);
    }

    /** Starts logging this thread's statements on {@code dsl}'s configuration. */
    public static StatementLog of(DSLContext dsl) {
        return new StatementLog(dsl);
    }

    /** The statements sent since the log was opened or last cleared, in order. */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    public void clear() {
        statements.clear();
    }

    @Override
    public void close() {
        dsl.configuration().set(before);
    }
}
