package io.segmentstudio.ingest.sample;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailCatalog.ProfileRow;
import io.segmentstudio.workspace.EventRows;
import io.segmentstudio.workspace.ProfileRows;
import io.segmentstudio.workspace.ProfileStore;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Writes the population inside the caller's transaction: all profiles first (events need their row
 * ids), then all events. Reports progress and honours cancellation every few hundred customers.
 */
final class SampleWriter {
    private static final int CHECK_EVERY = 500;
    private final Handle handle;
    private final ProgressListener progress;
    private final long totalSteps;
    private long done;

    /** @param totalSteps the steps of the whole generation, of which each customer written is one */
    SampleWriter(Handle handle, ProgressListener progress, long totalSteps) {
        this.handle = handle;
        this.progress = progress;
        this.totalSteps = totalSteps;
    }

    /** Writes one profile per member, with attributes computed from its events; returns the count. */
    long writeProfiles(RetailPopulation population) {
        EmailAddresses emails = new EmailAddresses();
        try (ProfileRows rows = ProfileRows.prepare(handle, RetailCatalog.profileAttributes(), false)) {
            population.forEach(member -> {
                Customer customer = member.customer();
                ProfileRow row = new ProfileRow(customer, emails.claim(customer.preferredEmail()),
                        population.facts(member));
                rows.add(customer.key(), RetailCatalog.profileValues(row));
                step("Writing profiles");
            });
            return rows.flush();
        }
    }

    /** Writes every member's events against the profiles written before; returns the count. */
    long writeEvents(RetailPopulation population) {
        Map<String, Long> ids = ProfileStore.idsByKey(handle);
        EventPayloads payloads = new EventPayloads();
        try (EventRows rows = EventRows.prepare(handle, RetailCatalog.eventProperties())) {
            population.forEach(member -> {
                long profileId = ids.get(member.customer().key());
                for (SampleEvent event : member.events()) {
                    rows.add(profileId, event.type().wireName(), event.at(), RetailCatalog.SOURCE,
                            payloads.json(event), RetailCatalog.eventValues(event));
                }
                step("Writing events");
            });
            return rows.flush();
        }
    }

    /**
     * Counts one step (a customer written, a segment created); every few hundred steps and at the last
     * one, checks for cancellation and reports progress.
     */
    void step(String message) {
        done++;
        if (done % CHECK_EVERY == 0 || done == totalSteps) {
            progress.checkCancelled();
            progress.progress(done, totalSteps, message);
        }
    }
}
