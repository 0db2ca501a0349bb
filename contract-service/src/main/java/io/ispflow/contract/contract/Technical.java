package io.ispflow.contract.contract;

import io.ispflow.contracts.contract.TechnicalData;
import io.ispflow.contracts.shared.Equipment;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The technical part of a contract, the one thing back office fills in: the network node, the
 * connection mode, the IP address (canonical text), the PPPoE user and the customer's equipment (CPE).
 * Made only by {@link TechnicalPart}, which checks it against the catalog and the mode's rules.
 */
@Embeddable
public class Technical {

    @Column(nullable = false)
    private String node;

    @Enumerated(EnumType.STRING)
    @Column(name = "connection_mode", nullable = false)
    private ConnectionMode connectionMode;

    @Column(name = "ip_address")
    private String ipAddress;

    @Column(name = "pppoe_user")
    private String pppoeUser;

    @Column(name = "cpe_type")
    private String cpeType;

    @Column(name = "cpe_model")
    private String cpeModel;

    @Column(name = "cpe_serial")
    private String cpeSerial;

    @Column(name = "cpe_mac")
    private String cpeMac;

    protected Technical() {}

    Technical(String node, ConnectionMode connectionMode, String ipAddress, String pppoeUser, Equipment cpe) {
        this.node = node;
        this.connectionMode = connectionMode;
        this.ipAddress = ipAddress;
        this.pppoeUser = pppoeUser;
        if (cpe != null) {
            this.cpeType = cpe.type();
            this.cpeModel = cpe.model();
            this.cpeSerial = cpe.serial();
            this.cpeMac = cpe.mac();
        }
    }

    /** The same technical part without the PPPoE user, which names the customer (right to erasure). */
    Technical withoutPppoeUser() {
        return new Technical(node, connectionMode, ipAddress, null, cpe());
    }

    public String node() {
        return node;
    }

    public ConnectionMode connectionMode() {
        return connectionMode;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String pppoeUser() {
        return pppoeUser;
    }

    /** The CPE, or null when none was given. */
    public Equipment cpe() {
        if (cpeType == null && cpeModel == null && cpeSerial == null && cpeMac == null) {
            return null;
        }
        return new Equipment(cpeType, cpeModel, cpeSerial, cpeMac);
    }

    public TechnicalData toData() {
        return new TechnicalData(node, connectionMode.name(), ipAddress, pppoeUser, cpe());
    }
}
