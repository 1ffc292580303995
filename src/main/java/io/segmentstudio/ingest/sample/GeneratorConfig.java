package io.segmentstudio.ingest.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The retail demo's vocabulary, read from {@code generator.json}: countries with their share of
 * customers, cities, name pools and email domains, product categories and loyalty tiers. Behaviour
 * (how often people visit, buy and open email) is modelled in code; this file says what they are called.
 *
 * @param currency     ISO 4217 code of every purchase amount: the shop reports in one currency
 * @param nameGroups   first and last names by language, shared by countries that speak it
 * @param loyaltyTiers ascending revenue thresholds, the first at 0
 */
record GeneratorConfig(String currency, Map<String, NameGroup> nameGroups, List<Country> countries,
                       List<Category> categories, List<LoyaltyTier> loyaltyTiers) {
    private static final String RESOURCE = "/io/segmentstudio/samples/retail-demo/generator.json";

    GeneratorConfig {
        nameGroups = Map.copyOf(nameGroups);
        countries = List.copyOf(countries);
        categories = List.copyOf(categories);
        loyaltyTiers = List.copyOf(loyaltyTiers);
        for (Country country : countries) {
            if (!nameGroups.containsKey(country.names())) {
                throw new IllegalArgumentException("Country " + country.code() + " uses unknown names '"
                        + country.names() + "'");
            }
        }
        if (loyaltyTiers.isEmpty() || loyaltyTiers.get(0).minRevenue().signum() != 0) {
            throw new IllegalArgumentException("The first loyalty tier must start at revenue 0");
        }
        for (int i = 1; i < loyaltyTiers.size(); i++) {
            if (loyaltyTiers.get(i).minRevenue().compareTo(loyaltyTiers.get(i - 1).minRevenue()) <= 0) {
                throw new IllegalArgumentException("Loyalty tiers must have ascending thresholds");
            }
        }
    }

    record NameGroup(List<String> firstNames, List<String> lastNames) {
        NameGroup {
            firstNames = nonEmpty(firstNames, "firstNames");
            lastNames = nonEmpty(lastNames, "lastNames");
        }
    }

    record Weighted(String name, double weight) {
    }

    /** @param code ISO 3166-1 alpha-2; @param names key of a name group */
    record Country(String code, double weight, String names, List<Weighted> cities, List<Weighted> emailDomains) {
        Country {
            cities = nonEmpty(cities, code + " cities");
            emailDomains = nonEmpty(emailDomains, code + " emailDomains");
        }
    }

    /** @param unitPrice typical price of one item, in the shop currency */
    record Category(String name, double weight, double unitPrice) {
    }

    record LoyaltyTier(String name, BigDecimal minRevenue) {
    }

    static GeneratorConfig load() {
        try (InputStream in = GeneratorConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, GeneratorConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static <T> List<T> nonEmpty(List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return List.copyOf(list);
    }
}
