package dev.trustcenter.model;

/** How personal data may lawfully leave its jurisdiction. */
public enum TransferMechanism {
    ADEQUACY("Adequacy decision"),
    SCC("Standard contractual clauses"),
    DPF("EU-U.S. Data Privacy Framework"),
    BCR("Binding corporate rules"),
    NONE("None"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    TransferMechanism(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
