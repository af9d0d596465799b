package io.simadmin.order;

import io.simadmin.test.EntityNewnessContract;
import io.simadmin.test.IntegrationTest;

/** This service's entities against {@link EntityNewnessContract}. */
@IntegrationTest
class EntityNewnessIntegrationTest implements EntityNewnessContract {
}
