package vn.camau.reform.base.cluster;

import org.springframework.dao.DataAccessException;

/** The scheduled jobs' lock table cannot be read: see {@link LockTableFailureAnalyzer}. */
public class LockTableMissingException extends IllegalStateException {

    private final String table;

    LockTableMissingException(String table, DataAccessException cause) {
        super("The lock table '" + table + "' cannot be read: " + cause.getMostSpecificCause().getMessage(), cause);
        this.table = table;
    }

    public String table() {
        return table;
    }
}
