package io.ispflow.lead;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Leads and prospects: contact and billing data, zone visibility, timeline, history, search, import and export. */
@SpringBootApplication
@EnableConfigurationProperties(LeadProperties.class)
public class LeadApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadApplication.class, args);
    }
}
