package io.simadmin.messaging;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service with nothing but a database, Kafka and this library. */
@SpringBootApplication
public class MessagingTestApp {
}
