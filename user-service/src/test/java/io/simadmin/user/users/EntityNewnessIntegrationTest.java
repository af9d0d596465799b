package io.simadmin.user.users;

import io.simadmin.test.EntityNewnessContract;

/** This service's entities against {@link EntityNewnessContract}. */
class EntityNewnessIntegrationTest extends UserIntegrationTestBase implements EntityNewnessContract {
}
