package io.segmentstudio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembershipStoreTest {
    @TempDir
    Path dir;

    @Test
    void recordsWhoEnteredAndWhoExitedBetweenEvaluations() {
        try (Workspace workspace = Workspace.create(dir.resolve("m"), ZoneId.of("UTC"))) {
            workspace.jdbi().useTransaction(handle -> {
                try (ProfileRows rows = ProfileRows.prepare(handle, List.of(), false)) {
                    for (String key : List.of("a", "b", "c", "d")) {
                        rows.add(key);
                    }
                }
            });
            Map<String, Long> ids = workspace.jdbi().withHandle(ProfileStore::idsByKey);
            long segment = workspace.segments().create(new SegmentCatalog.NewSegment("S", "", "", List.of(), "{}"), "ana");
            Instant first = Instant.parse("2026-11-01T10:00:00Z");
            Instant second = Instant.parse("2026-11-02T10:00:00Z");

            MembershipStore store = workspace.memberships();
            assertThat(store.replace(segment, 1, new long[] {ids.get("b"), ids.get("a")}, first, first))
                    .isEqualTo(new MembershipStore.Change(2, 2, 0));
            assertThat(store.replace(segment, 1, new long[] {ids.get("c"), ids.get("b")}, second, second))
                    .isEqualTo(new MembershipStore.Change(2, 1, 1));

            assertThat(store.members(segment)).containsExactly(ids.get("b"), ids.get("c"));
            assertThat(store.history(segment)).extracting(MembershipStore.HistoryEntry::profileKey,
                    MembershipStore.HistoryEntry::change, MembershipStore.HistoryEntry::at).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("a", "ENTERED", first),
                    org.assertj.core.groups.Tuple.tuple("b", "ENTERED", first),
                    org.assertj.core.groups.Tuple.tuple("c", "ENTERED", second),
                    org.assertj.core.groups.Tuple.tuple("a", "EXITED", second));
            assertThat(workspace.segments().list().get(0).members()).isEqualTo(2);
            assertThat(workspace.segments().list().get(0).lastEvaluated()).isEqualTo(second);
        }
    }

    @Test
    void differenceOfSortedArrays() {
        assertThat(MembershipStore.difference(new long[] {1, 3, 5, 7}, new long[] {2, 3, 7, 9})).containsExactly(1, 5);
        assertThat(MembershipStore.difference(new long[] {}, new long[] {1})).isEmpty();
        assertThat(MembershipStore.difference(new long[] {4}, new long[] {})).containsExactly(4);
    }
}
