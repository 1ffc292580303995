package io.segmentstudio.workspace;

import java.util.Set;

/**
 * What a profile writer committed, for {@link WorkspaceImage} to replay: the data stamp it set and the
 * keys it wrote, or no keys when there were too many to be worth replaying one by one.
 */
public record WrittenProfiles(String stamp, Set<String> keys) {
    public boolean replayable() {
        return keys != null;
    }
}
