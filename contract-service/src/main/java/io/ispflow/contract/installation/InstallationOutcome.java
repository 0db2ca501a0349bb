package io.ispflow.contract.installation;

/** How the technician closed an installation order. */
public enum InstallationOutcome {
    SUCCESS,
    FAILED;

    /** The outcome named by an {@code OrderCompleted} event; null for a value this version does not know. */
    public static InstallationOutcome of(String value) {
        if (value == null) {
            return null;
        }
        for (InstallationOutcome outcome : values()) {
            if (outcome.name().equals(value)) {
                return outcome;
            }
        }
        return null;
    }
}
