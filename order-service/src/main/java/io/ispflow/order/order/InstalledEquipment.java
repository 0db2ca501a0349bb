package io.ispflow.order.order;

import io.ispflow.contracts.shared.Equipment;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A device the technician installed (or left) at the customer's place. */
@Embeddable
public class InstalledEquipment {

    @Column(name = "type")
    private String type;

    @Column(name = "model")
    private String model;

    @Column(name = "serial")
    private String serial;

    /** {@code AA:BB:CC:DD:EE:FF}, upper case. */
    @Column(name = "mac")
    private String mac;

    protected InstalledEquipment() {}

    public InstalledEquipment(String type, String model, String serial, String mac) {
        this.type = type;
        this.model = model;
        this.serial = serial;
        this.mac = mac;
    }

    public Equipment toEquipment() {
        return new Equipment(type, model, serial, mac);
    }
}
