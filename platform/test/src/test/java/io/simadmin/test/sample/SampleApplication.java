package io.simadmin.test.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service the test annotations can start: web, JDBC, Kafka, config client, Eureka client. */
@SpringBootApplication
public class SampleApplication {
}
