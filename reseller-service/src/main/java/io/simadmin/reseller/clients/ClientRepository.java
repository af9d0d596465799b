package io.simadmin.reseller.clients;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

interface ClientRepository extends JpaRepository<ResellerClient, UUID>, JpaSpecificationExecutor<ResellerClient> {

    boolean existsByResellerId(UUID resellerId);
}
