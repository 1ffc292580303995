package io.segmentstudio.ingest.sample;

import io.segmentstudio.ingest.sample.Campaigns.Campaign;
import io.segmentstudio.ingest.sample.Customer.Habits;
import io.segmentstudio.ingest.sample.GeneratorConfig.Category;
import io.segmentstudio.ingest.sample.SampleEvent.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a customer's habits into their event history: site visits (page views, cart adds, purchases)
 * from signup to the end of their activity, and the campaign emails they received, opened and clicked.
 * Every event lies between the signup day and the end of the anchor day in the workspace time zone.
 */
final class BehaviourModel {
    private static final double DAYS_PER_MONTH = 30.44;
    /** Bounds the heaviest whales, so one customer cannot dominate the event table. */
    private static final int MAX_VISITS = 250;
    private static final int RECENT_DAYS = 30;
    private static final double OPEN_DELAY_MEAN_SECONDS = 5 * 3600;

    private final LocalDate anchor;
    private final ZoneId zone;
    private final Instant end;
    private final String currency;
    private final Assortment assortment;
    private final Seasonality seasonality = new Seasonality();
    private final List<Campaign> campaigns;

    BehaviourModel(LocalDate anchor, ZoneId zone, String currency, Assortment assortment) {
        this.anchor = anchor;
        this.zone = zone;
        this.end = anchor.plusDays(1).atStartOfDay(zone).toInstant();
        this.currency = currency;
        this.assortment = assortment;
        this.campaigns = Campaigns.calendar(anchor);
    }

    /** The customer's events in time order. */
    List<SampleEvent> events(Customer customer, SampleRandom random) {
        Habits habits = customer.habits();
        List<SampleEvent> events = new ArrayList<>();
        // the signup itself happened on a visit, often one that ends at the checkout
        visit(customer, random, startOn(customer.signupDate(), random), true, events);
        long activeDays = ChronoUnit.DAYS.between(customer.signupDate(), habits.activeUntil()) + 1;
        int visits = Math.min(MAX_VISITS, random.poisson(habits.visitsPerMonth() * activeDays / DAYS_PER_MONTH));
        for (int i = 0; i < visits; i++) {
            LocalDate day = seasonality.day(random, customer.signupDate(), habits.activeUntil());
            visit(customer, random, startOn(day, random), false, events);
        }
        if (habits.recentBurst()) {
            LocalDate from = max(customer.signupDate(), anchor.minusDays(RECENT_DAYS - 1L));
            for (int i = 1 + random.poisson(2.5); i > 0; i--) {
                visit(customer, random, startOn(seasonality.day(random, from, anchor), random), false, events);
            }
        }
        if (customer.emailConsent()) {
            emails(customer, random, events);
        }
        // visits late on the anchor day, and opens of its emails, would spill past the data set's end
        events.removeIf(event -> !event.at().isBefore(end));
        events.sort(Comparator.comparing(SampleEvent::at));
        return numberOrders(customer.key(), events);
    }

    private Instant startOn(LocalDate day, SampleRandom random) {
        return day.atTime(seasonality.timeOfDay(random)).atZone(zone).toInstant();
    }

    /** A session: a few page views, maybe cart adds, maybe a purchase, seconds to minutes apart. */
    private void visit(Customer customer, SampleRandom random, Instant start, boolean signup, List<SampleEvent> events) {
        Habits habits = customer.habits();
        Instant at = start;
        Category browsed = null;
        for (int page = 1 + random.poisson(0.8); page > 0; page--) {
            if (browsed == null && random.chance(0.35)) {
                events.add(SampleEvent.pageView(at, "/", null));
            } else {
                browsed = assortment.browse(random, customer.interests());
                String path = random.chance(0.5) ? "/c/" + browsed.name()
                        : "/p/" + browsed.name() + "/" + random.between(10_000, 99_999);
                events.add(SampleEvent.pageView(at, path, browsed.name()));
            }
            at = at.plusSeconds(random.between(15, 150));
        }
        double cartRate = signup ? Math.max(habits.cartRate(), 0.5) : habits.cartRate();
        if (!random.chance(cartRate)) {
            return;
        }
        Category first = browsed != null ? browsed : assortment.browse(random, customer.interests());
        int lines = 1 + (random.chance(0.35) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);
        int items = 0;
        long cents = 0;
        for (int line = 0; line < lines; line++) {
            Category category = line == 0 ? first : assortment.browse(random, customer.interests());
            int quantity = 1 + (random.chance(0.2) ? 1 : 0);
            events.add(SampleEvent.cartAdd(at, category.name(), quantity));
            items += quantity;
            cents += quantity * assortment.priceCents(random, category, habits.spendLevel());
            at = at.plusSeconds(random.between(20, 120));
        }
        double conversion = habits.conversion() * seasonality.conversionBoost(LocalDate.ofInstant(start, zone));
        if (random.chance(Math.min(0.95, conversion))) {
            events.add(SampleEvent.purchase(at.plusSeconds(random.between(60, 600)), first.name(), items,
                    BigDecimal.valueOf(cents, 2), currency));
        }
    }

    /**
     * Campaign emails after signup. Churned customers keep receiving them (they never unsubscribed)
     * but stop opening; a click leads to a visit.
     */
    private void emails(Customer customer, SampleRandom random, List<SampleEvent> events) {
        Habits habits = customer.habits();
        for (Campaign campaign : campaigns) {
            // from the day after signup: nobody gets the shop's email hours before signing up
            if (!campaign.sendDate().isAfter(customer.signupDate()) || !random.chance(campaign.reach())) {
                continue;
            }
            Instant sent = campaign.sendDate().atTime(campaign.hour(), random.below(60), random.below(60))
                    .atZone(zone).toInstant();
            events.add(SampleEvent.email(Type.EMAIL_SENT, sent, campaign.id()));
            boolean active = !campaign.sendDate().isAfter(habits.activeUntil());
            if (!active || !random.chance(Math.min(0.95, habits.openRate() * campaign.appeal()))) {
                continue;
            }
            Instant opened = sent.plusSeconds(60 + (long) random.exponential(OPEN_DELAY_MEAN_SECONDS));
            events.add(SampleEvent.email(Type.EMAIL_OPENED, opened, campaign.id()));
            if (random.chance(habits.clickRate())) {
                Instant clicked = opened.plusSeconds(random.between(5, 300));
                events.add(SampleEvent.email(Type.EMAIL_CLICKED, clicked, campaign.id()));
                visit(customer, random, clicked.plusSeconds(random.between(5, 60)), false, events);
            }
        }
    }

    /** Order ids in purchase order: "C000042-3" is customer C000042's third order. */
    private static List<SampleEvent> numberOrders(String key, List<SampleEvent> events) {
        int orders = 0;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).type() == Type.PURCHASE) {
                events.set(i, events.get(i).withOrderId(key + "-" + ++orders));
            }
        }
        return events;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
