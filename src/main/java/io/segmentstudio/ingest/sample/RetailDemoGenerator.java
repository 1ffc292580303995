package io.segmentstudio.ingest.sample;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.Workspace;
import java.time.Duration;

/**
 * STAND-IN so that helper/cli compiles; the real generator comes from helper/sample. Delete at merge.
 * It writes nothing and reports the requested profile count, which is what the CLI test checks.
 */
public final class RetailDemoGenerator {
    private final SampleSpec spec;

    public RetailDemoGenerator(SampleSpec spec) {
        this.spec = spec;
    }

    public SampleResult generate(Workspace ws, ProgressListener p) {
        return new SampleResult(spec.profiles(), 0, 0, Duration.ZERO);
    }
}
