package vn.camau.reform.base.cluster;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * One line instead of a stack when the scheduled jobs' lock table is missing (a database restored
 * from before the upgrade, or migrations switched off and not run by hand): the jobs would otherwise
 * be skipped on every node without a word.
 */
public class LockTableFailureAnalyzer extends AbstractFailureAnalyzer<LockTableMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LockTableMissingException cause) {
        return new FailureAnalysis("The scheduled jobs' lock table '" + cause.table()
                + "' is missing from the database (migration V12 has not run): the morning digests could not run.",
                "Apply the database migrations (start one node with spring.flyway.enabled=true, the default) or "
                        + "restore a backup taken after the upgrade.", cause);
    }
}
