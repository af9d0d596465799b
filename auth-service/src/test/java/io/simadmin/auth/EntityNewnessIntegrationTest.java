package io.simadmin.auth;

import io.simadmin.test.EntityNewnessContract;

/** This service's entities against {@link EntityNewnessContract}. */
class EntityNewnessIntegrationTest extends AuthIntegrationTestBase implements EntityNewnessContract {
}
