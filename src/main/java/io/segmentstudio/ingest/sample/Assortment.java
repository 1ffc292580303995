package io.segmentstudio.ingest.sample;

import io.segmentstudio.ingest.sample.GeneratorConfig.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The shop's product categories: what customers are interested in, browse and buy, and at what price. */
final class Assortment {
    /** Share of browsing that follows a customer's stated interests; the rest is drawn from the whole shop. */
    private static final double INTEREST_FOCUS = 0.7;
    private final List<Category> categories;
    private final WeightedChoice<Category> popularity;
    private final Map<String, Category> byName;

    Assortment(List<Category> categories) {
        this.categories = List.copyOf(categories);
        this.popularity = new WeightedChoice<>(categories, Category::weight);
        this.byName = categories.stream().collect(Collectors.toUnmodifiableMap(Category::name, Function.identity()));
    }

    /** One to three distinct categories, popular ones more often, in the shop's category order. */
    List<String> interests(SampleRandom random) {
        int wanted = 1 + (random.chance(0.5) ? 1 : 0) + (random.chance(0.2) ? 1 : 0);
        List<Category> chosen = new ArrayList<>();
        while (chosen.size() < wanted) {
            Category next = popularity.pick(random);
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return categories.stream().filter(chosen::contains).map(Category::name).toList();
    }

    /** The category of a page or cart line: mostly one the customer is interested in. */
    Category browse(SampleRandom random, List<String> interests) {
        return random.chance(INTEREST_FOCUS) ? byName.get(random.pick(interests)) : popularity.pick(random);
    }

    /**
     * Price of one item in cents, ending in .99: the category's typical price scaled by how much the
     * customer tends to spend, with log-normal spread between products.
     */
    long priceCents(SampleRandom random, Category category, double spendLevel) {
        double dollars = category.unitPrice() * spendLevel * random.logNormal(1, 0.3);
        return Math.max(1, Math.round(dollars)) * 100 - 1;
    }
}
