package vn.camau.reform.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read-only transactions of this service (or method) may read from the MariaDB replica, when one
 * is configured and not lagging (README "More than one node"): figures that may be a few seconds
 * behind the primary, such as the indicators. Anything a user has just changed and expects to see
 * again (settings, the hotline log, the user's own work) reads from the primary: leave it unmarked.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReplicaReads {
}
