package org.coderise.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelTest {

    @Test
    void givesEachStageAndItsShareOfThePrevious() {
        Funnel funnel = Funnel.of(Map.of(FunnelStage.REGISTERED, 200L, FunnelStage.ENROLLED, 150L,
                FunnelStage.FIRST_PASS, 60L, FunnelStage.MODULE_COMPLETED, 30L,
                FunnelStage.COURSE_COMPLETED, 12L, FunnelStage.CERTIFIED, 4L), new SmallCellSuppression(10));

        assertThat(funnel.steps()).extracting(s -> s.stage()).containsExactly(FunnelStage.values());
        assertThat(funnel.steps().get(1).shareOfPrevious().getAsDouble()).isCloseTo(75.0, within(1e-9));
        assertThat(funnel.steps().get(0).shareOfPrevious()).isEmpty();
    }

    @Test
    void hidesASmallStageAndTheShareThatWouldReveal() {
        Funnel funnel = Funnel.of(Map.of(FunnelStage.REGISTERED, 200L, FunnelStage.ENROLLED, 150L,
                FunnelStage.FIRST_PASS, 60L, FunnelStage.MODULE_COMPLETED, 30L,
                FunnelStage.COURSE_COMPLETED, 12L, FunnelStage.CERTIFIED, 4L), new SmallCellSuppression(10));

        Funnel.Step certified = funnel.steps().get(5);
        assertThat(certified.learners().suppressed()).isTrue();
        assertThat(certified.shareOfPrevious()).isEmpty();
    }
}
