package io.segmentstudio.ingest.sample;

// STAND-IN until helper/sample is merged.
public final class RetailDemoGenerator {
    public RetailDemoGenerator(SampleSpec spec) {
    }

    public SampleResult generate(io.segmentstudio.workspace.Workspace workspace,
                                 io.segmentstudio.domain.ProgressListener progress) {
        throw new UnsupportedOperationException("stand-in");
    }
}
