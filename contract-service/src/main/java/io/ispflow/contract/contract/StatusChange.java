package io.ispflow.contract.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;

/** One step of a contract's history: the status it moved to, why, who moved it and when. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContractStatus status;

    private String reason;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected StatusChange() {}

    StatusChange(ContractStatus status, String reason, String changedBy, OffsetDateTime changedAt) {
        this.status = status;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The same step without its reason (free text about the customer), for the right to erasure. */
    StatusChange withoutReason() {
        return new StatusChange(status, null, changedBy, changedAt);
    }

    public ContractStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
