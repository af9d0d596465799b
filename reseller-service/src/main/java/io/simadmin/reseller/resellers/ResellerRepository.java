package io.simadmin.reseller.resellers;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface ResellerRepository extends JpaRepository<Reseller, UUID>, JpaSpecificationExecutor<Reseller> {

    @Query("select r from Reseller r where r.id = :id and r.deletedAt is null")
    Optional<Reseller> findLive(UUID id);

    @Query("select count(r) > 0 from Reseller r where lower(r.email) = lower(:email) and r.deletedAt is null and r.id <> :exceptId")
    boolean emailTakenByAnother(String email, UUID exceptId);
}
