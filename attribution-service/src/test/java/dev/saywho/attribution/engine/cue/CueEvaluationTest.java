package dev.saywho.attribution.engine.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The model's own figures on candidates whose answers are known by construction. */
class CueEvaluationTest {

    @Test
    void precisionRecallAndF1AtTheThreshold() {
        CueEvaluation e = new CueEvaluation(0.5);
        e.add(0.9, true); // taken, right
        e.add(0.6, false); // taken, wrong
        e.add(0.2, true); // missed
        e.add(0.1, false);
        assertThat(e.precision()).isEqualTo(0.5);
        assertThat(e.recall()).isEqualTo(0.5);
        assertThat(e.f1()).isEqualTo(0.5);
    }

    @Test
    void aCalibratedModelHasNoCalibrationErrorAndAnOverconfidentOneHasItsGap() {
        CueEvaluation calibrated = new CueEvaluation(0.5);
        for (int i = 0; i < 10; i++) {
            calibrated.add(0.75, i < 7);
        }
        // ten candidates at 0.75, seven right: the gap is 0.05
        assertThat(calibrated.expectedCalibrationError()).isCloseTo(0.05, within(1e-9));
        CueEvaluation overconfident = new CueEvaluation(0.5);
        overconfident.add(0.95, false);
        overconfident.add(0.95, true);
        assertThat(overconfident.expectedCalibrationError()).isCloseTo(0.45, within(1e-9));
        assertThat(overconfident.report()).contains("| 0.9-1.0 | 2 | 0.950 | 0.500 |");
    }
}
