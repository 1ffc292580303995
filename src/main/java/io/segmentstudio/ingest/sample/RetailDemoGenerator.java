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
import org.jdbi.v3.core.Handle;

/**
 * Fills an empty workspace with a synthetic retail customer base: profiles, their events and the demo
 * segments. The same spec gives the same data (see {@link SampleSpec}).
 *
 * <p>Profiles, events, segments and the audit entry are written in one transaction. The catalog
 * (attributes and event properties) is registered before it, because H2 commits DDL on its own; when
 * the generation is cancelled or fails, the transaction is rolled back and the catalog entries it
 * registered are removed again, leaving the workspace as it was.
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
            Written written = workspace.jdbi().inTransaction(handle -> write(handle, workspace, progress));
            return new SampleResult(written.profiles(), written.events(), segments.size(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            unregister(workspace, attributes, properties, e);
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

    private static void unregister(Workspace workspace, List<Attribute> attributes, List<Attribute> properties,
                                   RuntimeException cause) {
        try {
            attributes.forEach(attribute -> workspace.attributes().remove(attribute.name()));
            properties.forEach(property -> workspace.eventProperties().remove(property.name()));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private record Written(long profiles, long events) {
    }

    /** Everything that commits together. */
    private Written write(Handle handle, Workspace workspace, ProgressListener progress) {
        RetailPopulation population = new RetailPopulation(spec, config, workspace.timeZone());
        SampleWriter writer = new SampleWriter(handle, progress, 2L * population.size() + segments.size());
        long profiles = writer.writeProfiles(population);
        long events = writer.writeEvents(population);
        for (NewSegment segment : segments) {
            // SegmentCatalog opens its transaction on this thread's handle, so it joins this one
            workspace.segments().create(segment, AUTHOR);
            writer.step("Creating segments");
        }
        progress.checkCancelled();
        AuditLog.record(handle, AUTHOR, "sample.generated", "workspace", workspace.name(),
                details(profiles, events));
        return new Written(profiles, events);
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
