package dev.trustcenter.model;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country, validated once at load and trusted afterwards. */
public record Country(String code) implements Comparable<Country> {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

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

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }
}
