package vn.camau.reform.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.repository.KeptBetweenWrites;

/**
 * The figures of a period still running (and the trend and fields beside them), kept between two writes
 * ({@link KeptBetweenWrites}): fifty leaders opening the province overview read them once.
 */
@Component
class RunningPeriodFigures extends KeptBetweenWrites {

    RunningPeriodFigures(@Value("${app.indicators.running-figures-kept:500}") int capacity) {
        super(capacity);
    }
}
