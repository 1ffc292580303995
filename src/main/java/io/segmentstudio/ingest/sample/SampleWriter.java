package io.segmentstudio.ingest.sample;

import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.ingest.sample.RetailCatalog.ProfileRow;
import io.segmentstudio.ingest.sample.RetailPopulation.Member;
import io.segmentstudio.workspace.EventRows;
import io.segmentstudio.workspace.ProfileRows;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Writes the population on the caller's handle in one pass, a chunk of customers at a time: their
 * profiles (attributes computed from their events), then their events under the profile ids just
 * given. Each batch commits on its own when the handle is in auto-commit mode. Reports progress and
 * honours cancellation every few hundred customers.
 */
final class SampleWriter {
    private static final int CHECK_EVERY = 500;
    private static final int CHUNK = 1_000;
    private final Handle handle;
    private final ProgressListener progress;
    private final long totalSteps;
    private long done;
    private long profiles;
    private long events;

    /** @param totalSteps the steps of the whole generation, of which each customer written is one */
    SampleWriter(Handle handle, ProgressListener progress, long totalSteps) {
        this.handle = handle;
        this.progress = progress;
        this.totalSteps = totalSteps;
    }

    /**
     * Writes every member with their events. The events' profile ids come from the profiles just
     * written, hence are known to exist. Every field of a sample event has a catalogued column, so no
     * event carries an extra JSON payload.
     */
    void write(RetailPopulation population) {
        EmailAddresses emails = new EmailAddresses();
        List<Member> chunk = new ArrayList<>(CHUNK);
        try (ProfileRows profileRows = ProfileRows.prepareKeepingIds(handle, RetailCatalog.profileAttributes());
             EventRows eventRows = EventRows.prepareForKnownProfiles(handle, RetailCatalog.eventProperties())) {
            population.forEach(member -> {
                chunk.add(member);
                if (chunk.size() == CHUNK) {
                    write(chunk, population, emails, profileRows, eventRows);
                }
            });
            write(chunk, population, emails, profileRows, eventRows);
            events = eventRows.flush();
        }
    }

    private void write(List<Member> chunk, RetailPopulation population, EmailAddresses emails,
                       ProfileRows profileRows, EventRows eventRows) {
        for (Member member : chunk) {
            Customer customer = member.customer();
            ProfileRow row = new ProfileRow(customer, emails.claim(customer.preferredEmail()),
                    population.facts(member));
            profileRows.add(customer.key(), RetailCatalog.profileValues(row));
        }
        long[] ids = profileRows.takeIds();
        profiles += ids.length;
        for (int i = 0; i < ids.length; i++) {
            for (SampleEvent event : chunk.get(i).events()) {
                eventRows.add(ids[i], event.type().wireName(), event.at(), RetailCatalog.SOURCE, null,
                        RetailCatalog.eventValues(event));
            }
            step("Writing customers and their events");
        }
        chunk.clear();
    }

    long profiles() {
        return profiles;
    }

    long events() {
        return events;
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
