package io.segmentstudio.ingest.sample;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * All generated customers with their events, streamed rather than held: half a million events need
 * not sit in memory. Each customer comes from its own random stream, split from the seed in customer
 * order, so every pass over the population sees the same customers.
 */
final class RetailPopulation {
    private final SampleSpec spec;
    private final GeneratorConfig config;
    private final ZoneId zone;
    private final CustomerFactory customers;
    private final BehaviourModel behaviour;

    /** A customer and their events in time order. */
    record Member(Customer customer, List<SampleEvent> events) {
    }

    RetailPopulation(SampleSpec spec, GeneratorConfig config, ZoneId zone) {
        this.spec = spec;
        this.config = config;
        this.zone = zone;
        Assortment assortment = new Assortment(config.categories());
        this.customers = new CustomerFactory(spec.anchorDate(), config, assortment);
        this.behaviour = new BehaviourModel(spec.anchorDate(), zone, config.currency(), assortment);
    }

    int size() {
        return spec.profiles();
    }

    /**
     * Gives every member in order to {@code action} on this thread, generating ahead on another one;
     * every call yields the same members.
     */
    void forEach(Consumer<Member> action) {
        new Prefetched<Member>(this::generate).forEach(action);
    }

    private void generate(Consumer<Member> sink) {
        SampleRandom streams = new SampleRandom(spec.seed());
        for (int index = 0; index < spec.profiles(); index++) {
            SampleRandom random = streams.split();
            Customer customer = customers.create(index, random);
            sink.accept(new Member(customer, behaviour.events(customer, random)));
        }
    }

    ProfileFacts facts(Member member) {
        return ProfileFacts.of(member.events(), zone, config.loyaltyTiers());
    }
}
