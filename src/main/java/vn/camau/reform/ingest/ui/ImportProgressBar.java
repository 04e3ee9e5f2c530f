package vn.camau.reform.ingest.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.ingest.ImportProgress;

/**
 * How far a pass has come. The worker writes into a {@link Sink} as often as it likes; the screen
 * reads it at each poll, so a million rows cost a million field writes, not a million UI updates.
 */
class ImportProgressBar extends VerticalLayout {

    /** Filled by the worker thread, read under the session lock. */
    static final class Sink implements ImportProgress {
        private volatile double fraction = -1;
        private volatile int rows;
        private volatile Phase phase = Phase.VALIDATING;

        @Override
        public void update(Phase phase, double fraction, int rows) {
            this.phase = phase;
            this.fraction = fraction;
            this.rows = rows;
        }
    }

    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Span detail = new Span();
    private Sink sink;

    ImportProgressBar() {
        setPadding(false);
        setSpacing(false);
        bar.setMin(0);
        bar.setMax(1);
        add(status, bar, detail);
        setVisible(false);
    }

    Sink start(String text) {
        sink = new Sink();
        status.setText(text);
        detail.setText("");
        bar.setIndeterminate(true);
        setVisible(true);
        return sink;
    }

    void refresh() {
        if (sink == null) {
            return;
        }
        double f = sink.fraction;
        bar.setIndeterminate(f < 0);
        if (f >= 0) {
            bar.setValue(f);
        }
        detail.setText(getTranslation(sink.phase.labelKey(), VnFormats.count(sink.rows)));
    }

    void stop() {
        sink = null;
        setVisible(false);
    }
}
