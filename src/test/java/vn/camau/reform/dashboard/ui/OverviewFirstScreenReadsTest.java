package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.StatementLog;
import vn.camau.reform.ui.KaribuTest;

/**
 * The overview's first screen reads in one read-only transaction (OverviewReads): between two writes, a
 * navigation reads the running figures' version counters and the unit list's check once each, not once per
 * service the screen calls (the unit list, the figures, the at-risk count each read both in a transaction of
 * their own before).
 */
class OverviewFirstScreenReadsTest extends KaribuTest {

    @Autowired
    DSLContext dsl;

    @Test
    void betweenTwoWritesTheFirstScreenReadsEachFreshnessCheckOnce() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("overview"); // computes and keeps the figures
        List<String> statements;
        try (StatementLog log = StatementLog.of(dsl)) {
            // another test's or job's write in between would make a navigation read more: three tries
            for (int i = 0; i < 3; i++) {
                log.clear();
                UI.getCurrent().navigate("overview", QueryParameters.fromString("tree=CURRENT&n=" + i));
                if (log.statements().stream().filter(sql -> sql.contains("`change_version`")).count() <= 1) {
                    break;
                }
            }
            statements = log.statements();
        }
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat(statements).as("the running figures' versions, read once").filteredOn(
                sql -> sql.contains("`change_version`")).hasSize(1);
        assertThat(statements).as("the unit list's check, read once").filteredOn(
                sql -> sql.contains("`admin_unit`") && sql.contains("max(")).hasSize(1);
    }
}
