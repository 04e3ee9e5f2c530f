package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

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
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        Thread test = Thread.currentThread();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (Thread.currentThread() == test) {
                    statements.add(ctx.sql());
                }
            }
        };
        ExecuteListenerProvider[] before = dsl.configuration().executeListenerProviders();
        ExecuteListenerProvider[] with = java.util.Arrays.copyOf(before, before.length + 1);
        with[before.length] = new DefaultExecuteListenerProvider(counter);
        dsl.configuration().set(with);
        try {
            // another test's or job's write in between would make a navigation read more: three tries
            for (int i = 0; i < 3; i++) {
                statements.clear();
                UI.getCurrent().navigate("overview", QueryParameters.fromString("tree=CURRENT&n=" + i));
                if (statements.stream().filter(sql -> sql.contains("`change_version`")).count() <= 1) {
                    break;
                }
            }
        } finally {
            dsl.configuration().set(before);
        }
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat(statements).as("the running figures' versions, read once").filteredOn(
                sql -> sql.contains("`change_version`")).hasSize(1);
        assertThat(statements).as("the unit list's check, read once").filteredOn(
                sql -> sql.contains("`admin_unit`") && sql.contains("max(")).hasSize(1);
    }
}
