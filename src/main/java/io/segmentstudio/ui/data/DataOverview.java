package io.segmentstudio.ui.data;

import io.segmentstudio.domain.AttributeStats;
import io.segmentstudio.domain.EventTypeCount;
import io.segmentstudio.workspace.ImportLog.ImportRun;
import io.segmentstudio.workspace.Workspace;
import java.util.List;

/** What the Data page shows, read in one background task. */
record DataOverview(long profiles, long events, List<AttributeStats> attributes, List<EventTypeCount> eventTypes,
                    List<ImportRun> imports) {
    static DataOverview read(Workspace workspace) {
        List<AttributeStats> stats = workspace.profiles().stats();
        long profiles = stats.isEmpty() ? workspace.profiles().count() : stats.get(0).profiles();
        List<EventTypeCount> eventTypes = workspace.events().countsByType();
        long events = eventTypes.stream().mapToLong(EventTypeCount::count).sum();
        return new DataOverview(profiles, events, stats, eventTypes, workspace.imports().runs());
    }
}
