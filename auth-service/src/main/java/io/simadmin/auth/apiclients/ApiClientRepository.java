package io.simadmin.auth.apiclients;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

interface ApiClientRepository extends JpaRepository<ApiClient, UUID> {

    @Query("select c from ApiClient c where c.clientId = :clientId and c.revokedAt is null")
    Optional<ApiClient> findUsable(String clientId);

    @Query("select c from ApiClient c where c.revokedAt is null and (:resellerId is null or c.resellerId = :resellerId)")
    Page<ApiClient> findActive(UUID resellerId, Pageable pageable);

    @Query("select c from ApiClient c where (:resellerId is null or c.resellerId = :resellerId)")
    Page<ApiClient> findIncludingRevoked(UUID resellerId, Pageable pageable);

    @Transactional
    @Modifying
    @Query("update ApiClient c set c.lastUsedAt = :at where c.id = :id")
    void markUsed(UUID id, Instant at);
}
