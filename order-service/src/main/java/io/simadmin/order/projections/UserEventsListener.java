package io.simadmin.order.projections;

import io.simadmin.events.Topics;
import io.simadmin.order.KnownEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** simadmin.users → the user projection. One listener per topic, so a stuck record on one topic holds up no other. */
@Component
class UserEventsListener {

    private final UserProjection projection;

    UserEventsListener(UserProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.USERS, groupId = "order-service")
    void on(ConsumerRecord<String, String> record) {
        KnownEvents.read(record).ifPresent(projection::handle);
    }
}
