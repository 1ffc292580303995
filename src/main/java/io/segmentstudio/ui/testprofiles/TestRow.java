package io.segmentstudio.ui.testprofiles;

import io.segmentstudio.domain.TestProfile;
import io.segmentstudio.workspace.TestProfileRunner.TestResult;

/**
 * One test as the list shows it: the saved test and, once run, its last result.
 *
 * @param result null until the test has been run
 */
public record TestRow(TestProfile test, TestResult result) {
    /** What the status mark shows. */
    public enum Status { NOT_RUN, PASSED, FAILED }

    /**
     * Judged against the test as it is now: flipping what a test expects changes its status without running
     * it again, because the profile's membership did not change.
     */
    public Status status() {
        if (result == null) {
            return Status.NOT_RUN;
        }
        if (result.error() != null) {
            return Status.FAILED;
        }
        return result.member() == test.expectMember() ? Status.PASSED : Status.FAILED;
    }
}
