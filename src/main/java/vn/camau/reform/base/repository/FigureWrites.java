package vn.camau.reform.base.repository;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jooq.Configuration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.camau.reform.jooq.DefaultSchema;

/**
 * Raises the running figures' version ({@link ClosedFigures#running()}) for every transaction that writes a
 * table a figure may read, just before it commits, so a node that keeps a running period's figures computes
 * them again on its next request, and no writer has to remember to. A jOOQ listener: it sees every
 * statement the application sends through jOOQ; the bulk loads that write around it raise the version
 * through {@link ClosedFigures#raise} themselves.
 *
 * <p>Raised in the writer's own transaction, so a reader sees the new rows and the new version together or
 * neither; last, just before the commit, so the counter's row lock is held only for the commit. A statement
 * outside a transaction has committed when it ends, and the version is raised after it. Only tables that
 * never feed a figure are left out ({@link #NEVER_FIGURES}): a new table raises until it is classified there.
 */
@Component
public class FigureWrites implements ExecuteListener, ExecuteListenerProvider {

    /**
     * Tables no kept figure reads: accounts, sessions, audit, jobs' locks, the replica's heartbeat (written
     * every second), evaluations, imports' logs, reports' files, the late-risk model's cells (its scores
     * are counted on every overview), the version itself.
     */
    static final Set<String> NEVER_FIGURES = Set.of("api_token", "app_user", "app_user_role", "audit_entry",
            "change_version", "evaluation", "evaluation_cycle", "evaluation_rule_set", "evaluation_step",
            "hotline_attachment", "hotline_reveal", "import_error", "import_run", "intake_rate_bucket",
            "late_risk_cell", "monthly_report", "officer_discipline", "replication_heartbeat",
            "shedlock", "user_notification", "user_session");

    /** A statement that changes rows: what it starts with once comments are skipped. */
    private static final Pattern WRITE = Pattern.compile(
            "^(?:\\s|/\\*.*?\\*/|--[^\\n]*\\n)*(?:insert|update|delete|replace|merge|load|truncate)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Pattern figureTable;

    public FigureWrites() {
        this(DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName).collect(Collectors.toSet()));
    }

    FigureWrites(Set<String> tables) {
        String names = tables.stream().filter(t -> !NEVER_FIGURES.contains(t.toLowerCase()))
                .map(Pattern::quote).sorted().collect(Collectors.joining("|"));
        // a whole name: `dossier` is not `dossier_event` (an underscore is part of a word)
        this.figureTable = Pattern.compile("\\b(?:" + names + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Boot's jOOQ configuration takes every {@link ExecuteListenerProvider} bean. */
    @Override
    public ExecuteListener provide() {
        return this;
    }

    /** Whether {@code sql} writes rows and names a table some figure reads. */
    boolean changesFigures(String sql) {
        return sql != null && WRITE.matcher(sql).find() && figureTable.matcher(sql).find();
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        boolean changes = changesFigures(ctx.sql());
        if (!changes && ctx.batchSQL() != null) {
            changes = Arrays.stream(ctx.batchSQL()).filter(Objects::nonNull).anyMatch(this::changesFigures);
        }
        if (changes) {
            raiseRunning(ctx.configuration());
        }
    }

    /** Raises the running version as the current transaction commits, or at once outside a transaction. */
    static void raiseRunning(Configuration configuration) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            ClosedFigures.raiseRunning(DSL.using(configuration)); // the statement has committed already
            return;
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return; // the database refuses the write itself
        }
        // once per transaction: the synchronizations listed are this transaction's own (an inner
        // REQUIRES_NEW one has a list of its own, and registers its own raise)
        boolean registered = TransactionSynchronizationManager.getSynchronizations().stream()
                .anyMatch(RaiseBeforeCommit.class::isInstance);
        if (!registered) {
            TransactionSynchronizationManager.registerSynchronization(new RaiseBeforeCommit(configuration));
        }
    }

    private record RaiseBeforeCommit(Configuration configuration) implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            ClosedFigures.raiseRunning(DSL.using(configuration));
        }
    }
}
