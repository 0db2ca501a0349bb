package io.ispflow.contract.privacy;

import io.ispflow.contract.contract.ContractView;
import io.ispflow.contract.contract.ContractsOfLead;
import io.ispflow.contract.customer.CustomerService;
import io.ispflow.contract.installation.InstallationOrders;
import io.ispflow.platform.security.Caller;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right of access: everything the service holds about a lead, read in one transaction. Zone
 * visibility applies as everywhere (an administrator without zones, the usual one, sees everything).
 */
@Service
class PersonalDataExporter {

    private final CustomerService customers;
    private final ContractsOfLead contracts;
    private final InstallationOrders installationOrders;
    private final String service;
    private final Clock clock;

    PersonalDataExporter(
            CustomerService customers,
            ContractsOfLead contracts,
            InstallationOrders installationOrders,
            @Value("${spring.application.name}") String service,
            Clock clock) {
        this.customers = customers;
        this.contracts = contracts;
        this.installationOrders = installationOrders;
        this.service = service;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PersonalDataExport export(String leadId, Caller caller) {
        return new PersonalDataExport(
                service,
                leadId,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS),
                customers.ofLead(leadId).stream()
                        .filter(customer -> caller.canSee(customer.getZone()))
                        .map(PersonalDataExport.CustomerRecord::of)
                        .toList(),
                contracts.of(leadId).stream()
                        .filter(contract -> caller.canSee(contract.getZone()))
                        .map(ContractView::detail)
                        .toList(),
                installationOrders.ofLead(leadId).stream()
                        .filter(order -> caller.canSee(order.getZone()))
                        .map(PersonalDataExport.InstallationRecord::of)
                        .toList());
    }
}
