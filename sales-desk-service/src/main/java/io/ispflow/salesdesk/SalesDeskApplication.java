package io.ispflow.salesdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Sales desk: the create-ticket wizard, the ticket board and the ticket lifecycle driven by order and contract events. */
@SpringBootApplication
public class SalesDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesDeskApplication.class, args);
    }
}
