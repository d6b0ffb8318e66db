package dev.trustcenter.model;

import java.util.Locale;

/** The status a publisher writes in compliance.yaml. What a reader sees is derived from it and the dates. */
public enum DeclaredStatus {
    PLANNED, IN_PROGRESS, ISSUED, CERTIFIED, SUSPENDED, WITHDRAWN, COMPLIANT, ALIGNED, NOT_APPLICABLE;

    public String yaml() {
        return name().toLowerCase(Locale.ROOT);
    }
}
