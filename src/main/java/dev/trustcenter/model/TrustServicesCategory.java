package dev.trustcenter.model;

/** The five SOC 2 categories. Security (the Common Criteria) is always in scope. */
public enum TrustServicesCategory {
    SECURITY("Security"),
    AVAILABILITY("Availability"),
    CONFIDENTIALITY("Confidentiality"),
    PROCESSING_INTEGRITY("Processing Integrity"),
    PRIVACY("Privacy");

    private final String label;

    TrustServicesCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
