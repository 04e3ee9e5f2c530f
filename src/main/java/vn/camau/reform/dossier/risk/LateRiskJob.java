package vn.camau.reform.dossier.risk;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.camau.reform.base.cluster.ClusterJobs;
import vn.camau.reform.dossier.DossierEventsArrived;
import vn.camau.reform.dossier.risk.query.LateRiskQuery;

/**
 * Keeps the early warning fresh: each night (once across the nodes) the model learns the 12 months
 * before the day and every open dossier is scored; on start, when the model was never trained; and
 * when a batch of events commits, its dossiers are scored again from the stored model.
 */
@Component
public class LateRiskJob {

    private static final Logger log = LoggerFactory.getLogger(LateRiskJob.class);
    static final String LOCK = "late-risk-refresh";

    private final LateRiskScoring scoring;
    private final LateRiskQuery query;
    private final ClusterJobs jobs;

    LateRiskJob(LateRiskScoring scoring, LateRiskQuery query, ClusterJobs jobs) {
        this.scoring = scoring;
        this.query = query;
        this.jobs = jobs;
    }

    /** Before the morning digest (7:00), after the day's last events. */
    @Scheduled(cron = "${app.risk.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    public void nightly() {
        refreshOnce(scoring.today());
    }

    /** A fresh installation (or the demo) gets its model at once, not the next night. */
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        if (!query.anyCells()) {
            refreshOnce(scoring.today());
        }
    }

    /** @return true when it ran on this node */
    public boolean refreshOnce(LocalDate day) {
        return jobs.runOnce(LOCK, () -> {
            long start = System.nanoTime();
            LateRiskScoring.Outcome o = scoring.refresh(day);
            log.info("Late-risk model for {}: {} dossiers learned, {} cells, {} open dossiers scored ({} with a figure) in {} ms",
                    day, o.dossiersLearned(), o.cells(), o.scored(), o.withFigure(), (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** After the batch commits: a failure here must not undo, nor fail, what the sender delivered. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void eventsArrived(DossierEventsArrived arrived) {
        try {
            scoring.rescore(arrived.dossierIds());
        } catch (RuntimeException e) {
            log.warn("Late-risk rescore of {} dossiers failed; the nightly run will score them", arrived.dossierIds().size(), e);
        }
    }
}
