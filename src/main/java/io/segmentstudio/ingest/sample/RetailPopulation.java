package io.segmentstudio.ingest.sample;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * All generated customers with their events. Each customer comes from its own random stream, split
 * from the seed in customer order, so the population can be replayed: the profiles pass and the events
 * pass see the same customers without holding half a million events in memory.
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

    /** Generates every member in order; every call yields the same members. */
    void forEach(Consumer<Member> action) {
        SampleRandom streams = new SampleRandom(spec.seed());
        for (int index = 0; index < spec.profiles(); index++) {
            SampleRandom random = streams.split();
            Customer customer = customers.create(index, random);
            action.accept(new Member(customer, behaviour.events(customer, random)));
        }
    }

    ProfileFacts facts(Member member) {
        return ProfileFacts.of(member.events(), zone, config.loyaltyTiers());
    }
}
