package io.simadmin.reseller.credit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

interface CreditEntryRepository extends JpaRepository<CreditEntry, UUID>, JpaSpecificationExecutor<CreditEntry> {

    boolean existsByResellerId(UUID resellerId);
}
