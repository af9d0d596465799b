package io.simadmin.reseller;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ResellerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResellerServiceApplication.class, args);
    }
}
