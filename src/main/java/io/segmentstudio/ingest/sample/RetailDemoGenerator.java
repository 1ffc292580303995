package io.segmentstudio.ingest.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmentstudio.domain.Attribute;
import io.segmentstudio.domain.ProgressListener;
import io.segmentstudio.workspace.AuditLog;
import io.segmentstudio.workspace.SegmentCatalog.NewSegment;
import io.segmentstudio.workspace.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fills an empty workspace with a synthetic retail customer base: profiles, their events and the demo
 * segments. The same spec gives the same data (see {@link SampleSpec}).
 *
 * <p>Profiles and events are committed batch by batch: in H2 one transaction of half a million rows
 * costs as much again to commit as to insert and bloats the file fivefold, while the workspace is known
 * to be empty, so undoing is simply deleting every row. When the generation is cancelled or fails, the
 * rows and the catalog entries it added are removed again, leaving the workspace as it was. Segments and
 * the audit entry commit together at the end. A process that dies mid-way leaves a partial sample behind;
 * callers that fill a new file therefore build it with {@link io.segmentstudio.workspace.WorkspaceBuild}.
 */
public final class RetailDemoGenerator {
    private static final String AUTHOR = "sample";
    private final SampleSpec spec;
    private final GeneratorConfig config;
    private final List<NewSegment> segments;

    public RetailDemoGenerator(SampleSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.config = GeneratorConfig.load();
        this.segments = SegmentDefinitions.load();
    }

    /**
     * @throws IllegalStateException when the workspace has profiles or attributes of the same names
     * @throws ProgressListener.CancelledException when cancelled; nothing is left behind
     */
    public SampleResult generate(Workspace workspace, ProgressListener progress) {
        long started = System.nanoTime();
        requireEmpty(workspace);
        List<Attribute> attributes = new ArrayList<>();
        List<Attribute> properties = new ArrayList<>();
        try {
            register(workspace, attributes, properties);
            Written written = write(workspace, progress);
            return new SampleResult(written.profiles(), written.events(), segments.size(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            undo(workspace, attributes, properties, e);
            throw e;
        }
    }

    private static void requireEmpty(Workspace workspace) {
        long profiles = workspace.profiles().count();
        if (profiles > 0) {
            throw new IllegalStateException("The retail demo needs an empty workspace; " + workspace.name()
                    + " has " + profiles + " profiles");
        }
        List<String> taken = new ArrayList<>();
        workspace.attributes().list().stream().map(Attribute::name)
                .filter(name -> RetailCatalog.profileAttributes().stream().anyMatch(a -> a.name().equals(name)))
                .forEach(taken::add);
        workspace.eventProperties().list().stream().map(Attribute::name)
                .filter(name -> RetailCatalog.eventProperties().stream().anyMatch(p -> p.name().equals(name)))
                .forEach(name -> taken.add("event property " + name));
        if (!taken.isEmpty()) {
            throw new IllegalStateException("The retail demo needs an empty workspace; " + workspace.name()
                    + " already defines " + String.join(", ", taken));
        }
    }

    /** Adds the catalog, recording each entry as it is added so that a failure can take back exactly those. */
    private static void register(Workspace workspace, List<Attribute> attributes, List<Attribute> properties) {
        workspace.attributes().addAll(RetailCatalog.profileAttributes());
        attributes.addAll(RetailCatalog.profileAttributes());
        for (Attribute property : RetailCatalog.eventProperties()) {
            workspace.eventProperties().add(property);
            properties.add(property);
        }
    }

    /** Deletes every row written (the workspace was empty) and the catalog entries added. */
    private static void undo(Workspace workspace, List<Attribute> attributes, List<Attribute> properties,
                             RuntimeException cause) {
        try {
            workspace.jdbi().useTransaction(handle -> {
                handle.execute("DELETE FROM event");
                handle.execute("DELETE FROM profile");
            });
            attributes.forEach(attribute -> workspace.attributes().remove(attribute.name()));
            properties.forEach(property -> workspace.eventProperties().remove(property.name()));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private record Written(long profiles, long events) {
    }

    /** Rows in self-committing batches, then the segments and the audit entry in one transaction. */
    private Written write(Workspace workspace, ProgressListener progress) {
        RetailPopulation population = new RetailPopulation(spec, config, workspace.timeZone());
        return workspace.jdbi().withHandle(handle -> {
            SampleWriter writer = new SampleWriter(handle, progress, (long) population.size() + segments.size());
            writer.write(population);
            long profiles = writer.profiles();
            long events = writer.events();
            handle.useTransaction(transaction -> {
                for (NewSegment segment : segments) {
                    // SegmentCatalog opens its transaction on this thread's handle, so it joins this one
                    workspace.segments().create(segment, AUTHOR);
                    writer.step("Creating segments");
                }
                progress.checkCancelled();
                AuditLog.record(transaction, AUTHOR, "sample.generated", "workspace", workspace.name(),
                        details(profiles, events));
            });
            return new Written(profiles, events);
        });
    }

    private String details(long profiles, long events) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sample", "retail-demo");
        details.put("seed", spec.seed());
        details.put("profiles", profiles);
        details.put("events", events);
        details.put("segments", segments.size());
        details.put("anchorDate", spec.anchorDate().toString());
        try {
            return new ObjectMapper().writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
