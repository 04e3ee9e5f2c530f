package vn.camau.reform.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The state a dossier ends in depends on its events' times, never on the order they arrived in. */
class DossierTimelineTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private static final DossierRecord SNAPSHOT = TestDossiers.dossier("T", 1, RECEIVED, RECEIVED.plusDays(4), null,
            DossierState.RECEIVED, Channel.ONLINE, 0);
    private static final LocalDateTime AS_OF = RECEIVED.atTime(9, 0);

    private static DossierEventRecord event(int day, int hour, DossierState state) {
        return new DossierEventRecord(LocalDateTime.of(2026, 3, day, hour, 0), state, "step", 1, null, null, null,
                day + "-" + hour);
    }

    @Test
    void theLatestEventGivesTheStateAndTheFirstResolutionItsTime() {
        DossierRecord r = DossierTimeline.fold(SNAPSHOT, AS_OF, List.of(event(3, 9, DossierState.PROCESSING),
                event(5, 15, DossierState.RESOLVED), event(6, 8, DossierState.RETURNED)));
        assertThat(r.state()).isEqualTo(DossierState.RETURNED);
        assertThat(r.resolvedAt()).isEqualTo("2026-03-05T15:00");
        assertThat(r.returnedAt()).isEqualTo("2026-03-06T08:00");
        assertThat(r.finishedAt()).isEqualTo("2026-03-05T15:00");
    }

    @Test
    void eventsAtOrBeforeTheSnapshotAreAlreadyInIt() {
        DossierRecord r = DossierTimeline.fold(SNAPSHOT, AS_OF, List.of(event(2, 9, DossierState.RESOLVED)));
        assertThat(r.state()).isEqualTo(DossierState.RECEIVED);
        assertThat(r.resolvedAt()).isNull();
    }

    @Test
    void reopeningClearsTheResolutionAndAWithdrawalFinishesWithoutOne() {
        DossierRecord reopened = DossierTimeline.fold(SNAPSHOT, AS_OF, List.of(event(4, 9, DossierState.RESOLVED),
                event(5, 9, DossierState.PROCESSING)));
        assertThat(reopened.state()).isEqualTo(DossierState.PROCESSING);
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.finishedAt()).isNull();

        DossierRecord withdrawn = DossierTimeline.fold(SNAPSHOT, AS_OF, List.of(event(4, 9, DossierState.WITHDRAWN)));
        assertThat(withdrawn.state()).isEqualTo(DossierState.WITHDRAWN);
        assertThat(withdrawn.resolvedAt()).isNull();
        assertThat(withdrawn.finishedAt()).isEqualTo("2026-03-04T09:00");
    }
}
