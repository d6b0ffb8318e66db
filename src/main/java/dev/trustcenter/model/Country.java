package dev.trustcenter.model;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country, validated once at load and trusted afterwards. */
public record Country(String code) implements Comparable<Country> {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    /** The 27 member states of the European Union (since 1 February 2020). */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    public Country {
        if (!isValid(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code);
        }
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** The English short name, for example "United Arab Emirates" for AE. */
    public String name() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    /** Whether the country is a member state of the European Union: where the EU AI Act counts as established. */
    public boolean inEuropeanUnion() {
        return EU.contains(code);
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }
}
